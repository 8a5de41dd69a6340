import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'engine', include: ['tests/engine/**/*.test.ts'], environment: 'node' } },
      // Golden snapshots of every preset's results and exports at a fixed seed.
      { test: { name: 'snapshots', include: ['tests/snapshots/**/*.test.ts'], environment: 'node', testTimeout: 120_000 } },
      // hookTimeout: building the app reads the presets, England's among them (a second or more on a busy machine).
      { test: { name: 'api', include: ['tests/api/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000 } },
      // The UI's plain logic (formatting, result shaping, paths, readings): no browser needed.
      { test: { name: 'ui', include: ['tests/ui/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          // Builds ui/dist when stale and starts the real server on a free port with a temporary DATA_DIR.
          globalSetup: ['tests/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
