import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/**
 * The scenario builder: `npm run build:ui` writes ui/dist, which the Fastify
 * server serves at /. In development (`npx vite --config ui/vite.config.ts`)
 * /api is proxied to a running server (API_URL, default http://localhost:3000).
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [svelte()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The classroom worker carries the whole engine (mathjs included); it is
    // loaded only on the classroom page, so the limit applies to it alone.
    chunkSizeWarningLimit: 900,
  },
  worker: { format: 'es' },
  server: {
    proxy: { '/api': { target: process.env.API_URL ?? 'http://localhost:3000', changeOrigin: true } },
  },
});
