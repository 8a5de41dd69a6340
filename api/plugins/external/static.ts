import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { AppOptions } from '../../config.ts';

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>ICS money and beds</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; line-height: 1.5">
<h1>ICS money and beds</h1>
<p>The API is running, but the user interface has not been built.</p>
<p>Run <code>npm run build:ui</code> (or <code>npm start</code>, which builds it), then reload this page.</p>
<p>The API is documented at <a href="/docs">/docs</a>.</p>
</body></html>
`;

/**
 * The built UI from ui/dist at /. Any GET for an unknown path outside /api
 * gets index.html, so the UI's client-side routes survive a reload; unknown
 * /api paths get a JSON 404. Without a build, a page says how to make one.
 */
export default fp(
  async function staticPlugin(fastify: FastifyInstance, options: AppOptions) {
    const built = existsSync(join(options.uiDistDir, 'index.html'));
    if (built) {
      await fastify.register(fastifyStatic, { root: options.uiDistDir, prefix: '/', wildcard: true, index: ['index.html'] });
    }
    fastify.setNotFoundHandler(async (request: FastifyRequest, reply: FastifyReply) => {
      const path = request.url.split('?')[0];
      const isFile = /\.[A-Za-z0-9]+$/.test(path);
      const wantsPage = (request.method === 'GET' || request.method === 'HEAD') && !isFile && !path.startsWith('/api/') && path !== '/api' && !path.startsWith('/docs');
      if (!wantsPage) {
        const error = `no route ${request.method} ${path}`;
        return reply.code(404).send({ error, issues: [{ path: 'url', message: error }] });
      }
      if (!built) return reply.code(200).type('text/html; charset=utf-8').send(NOT_BUILT);
      return reply.sendFile('index.html');
    });
  },
  { name: 'static' },
);
