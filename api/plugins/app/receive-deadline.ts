import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { AppOptions } from '../../config.ts';

/**
 * A request's body must arrive within BODY_TIMEOUT_MS of its headers. A
 * client that stalls part way (or trickles bytes) is answered 408 and its
 * connection closed, so that half-sent bodies cannot hold the server's
 * memory and connections. Node's own requestTimeout does not cover a body
 * whose headers have been read.
 */
export default fp(
  async function receiveDeadlinePlugin(fastify: FastifyInstance, options: AppOptions) {
    fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      const raw = request.raw;
      if (raw.complete) return;
      const timer = setTimeout(() => {
        if (raw.complete || reply.sent) return;
        const message = `body did not arrive within ${options.bodyTimeoutMs / 1000} s; send the whole request at once`;
        request.log.info({ received: raw.readableLength }, 'request body timed out');
        reply.raw.once('finish', () => raw.socket?.destroy());
        void reply
          .code(408)
          .header('connection', 'close')
          .send({ error: message, issues: [{ path: 'body', message }] });
      }, options.bodyTimeoutMs);
      timer.unref();
      const clear = () => clearTimeout(timer);
      raw.once('end', clear);
      raw.once('close', clear);
      reply.raw.once('close', clear);
    });
  },
  { name: 'receive-deadline' },
);
