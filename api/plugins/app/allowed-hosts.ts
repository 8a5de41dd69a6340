import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { AppOptions } from '../../config.ts';

/**
 * The Host header must name this server (ALLOWED_HOSTS; localhost by
 * default). A page on another site that points its own name at 127.0.0.1
 * (DNS rebinding) sends its own name as Host and is refused with 421, before
 * any route runs. `*` allows any host, for a server behind a proxy that checks.
 */
export default fp(
  async function allowedHostsPlugin(fastify: FastifyInstance, options: AppOptions) {
    if (options.allowedHosts.includes('*')) return;
    const allowed = new Set(options.allowedHosts.map((host) => host.toLowerCase()));
    fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      const host = hostName(request.headers.host);
      if (host !== undefined && allowed.has(host)) return;
      const message = `host ${host === undefined ? '(none)' : `"${host}"`} is not served here; this server answers to ${options.allowedHosts.join(', ')} (set ALLOWED_HOSTS to add its name)`;
      return reply.code(421).send({ error: message, issues: [{ path: 'headers/host', message }] });
    });
  },
  { name: 'allowed-hosts' },
);

/** The host name of a Host header, without its port, lower case: `[::1]:3000` → `[::1]`. */
export function hostName(header: string | undefined): string | undefined {
  if (header === undefined || header === '') return undefined;
  const name = header.startsWith('[') ? header.slice(0, header.indexOf(']') + 1) : header.split(':')[0];
  return name === '' ? undefined : name.toLowerCase();
}
