import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * CSRF: credentials travel in the Authorization header, never in cookies, so a foreign page
 * cannot borrow a session. On top of that, state can only change through POST with a JSON body,
 * which a browser will not send cross-site without a CORS preflight (that we do not grant); a
 * form-encoded or text/plain POST, the only kinds a page can forge, is refused here.
 */
export async function refuseNonJsonGraphqlPost(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (request.method !== 'POST' || !request.url.startsWith('/graphql')) return;
  const contentType = request.headers['content-type'] ?? '';
  if (!/^application\/(graphql-response\+)?json\b/i.test(contentType)) {
    await reply.code(415).send({
      errors: [{ message: 'POST /graphql needs content-type: application/json', extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }],
    });
  }
}
