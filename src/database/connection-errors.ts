import type { EventEmitter } from 'node:events';

/**
 * A pg Pool or Client emits 'error' when its server goes away while a connection is idle (a
 * restart, a failover, `pg_terminate_backend`, `idle_session_timeout`); an emitter without a
 * listener throws it and the process dies. Every pool and client we create is given one here:
 * the failure is reported, and the next query opens a new connection (a pool) or fails with
 * the reason (a client).
 */
export function reportConnectionErrors(connection: EventEmitter, report: (error: Error) => void): void {
  connection.on('error', report);
}
