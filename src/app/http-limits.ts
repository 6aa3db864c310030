import type { Server } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/app-config.js';

// What one connection may hold (docs/security.md): every limit known in advance, so that a
// flood of idle or trickling connections ends before descriptors or memory do.

/** Request headers must arrive within this, checked every CONNECTIONS_CHECK_MS. */
export const HEADERS_TIMEOUT_MS = 10_000;
export const CONNECTIONS_CHECK_MS = 1_000;
/**
 * An idle kept-alive connection is closed after this: longer than browsers and proxies keep
 * one idle, so that they close it first. A shorter one (5 s was tried) races a browser's
 * reuse of the connection, and a POST sent on a connection the server is closing fails.
 * Fastify's default; idle connections count towards MAX_CONNECTIONS.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 72_000;
/** A request body (GraphQL, at most 1 MiB) must arrive within this; uploads are paced instead. */
export const BODY_TIMEOUT_MS = 30_000;

/** A route's `config` says so when it reads its body as a stream under its own pace rules. */
export interface StreamedBodyConfig {
  streamsBody?: boolean;
}

/** Options for the Node HTTP server Fastify creates (only settable at creation). */
export function httpServerOptions(config: AppConfig) {
  return {
    keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
    // The whole request, an upload included: as long as an import may last.
    requestTimeout: config.database.importTimeoutMs,
    http: { headersTimeout: HEADERS_TIMEOUT_MS, connectionsCheckingInterval: CONNECTIONS_CHECK_MS },
  };
}

/** Connections beyond the limit are closed as they are accepted. */
export function limitConnections(server: Server, config: AppConfig): void {
  server.maxConnections = config.http.maxConnections;
}

/**
 * An onRequest hook: a body not received within BODY_TIMEOUT_MS closes its connection. Node's
 * own requestTimeout must allow a long upload, so the short limit for everything else is here.
 */
export function bodyTimeoutHook(request: FastifyRequest, reply: FastifyReply, done: () => void): void {
  if ((request.routeOptions.config as StreamedBodyConfig | undefined)?.streamsBody || request.raw.complete) {
    done();
    return;
  }
  const timer = setTimeout(() => {
    if (!request.raw.complete) request.raw.socket.destroy();
  }, BODY_TIMEOUT_MS);
  timer.unref();
  const clear = () => clearTimeout(timer);
  request.raw.once('end', clear);
  reply.raw.once('close', clear);
  done();
}
