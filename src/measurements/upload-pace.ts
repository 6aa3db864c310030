import { performance } from 'node:perf_hooks';
import type { Readable } from 'node:stream';
import { DomainError, ErrorCode } from '../common/errors/domain-error.js';

/** How fast an upload must arrive. */
export interface UploadPace {
  /** Bytes a second, averaged over `windowMs` of waiting for the body. */
  minBytesPerSecond: number;
  /** Longest wait for the next bytes. */
  idleMs: number;
  /** Waiting time over which the rate is measured. */
  windowMs: number;
}

export const PACE_WINDOW_MS = 20_000;

/** The upload stopped or crawled: its connection is not worth keeping. */
export class UploadTooSlowError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.UPLOAD_TOO_SLOW, `${message}; nothing was written, send the file again`);
  }
}

/** Waits until the body has bytes, ends or fails, or `ms` pass; true when it became readable. */
function readableWithin(body: Readable, ms: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const settle = (outcome: boolean | Error) => {
      clearTimeout(timer);
      body.off('readable', onReadable);
      body.off('end', onReadable);
      body.off('close', onReadable);
      body.off('error', onError);
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const onReadable = () => settle(true);
    const onError = (error: Error) => settle(error);
    const timer = setTimeout(() => settle(false), ms);
    body.on('readable', onReadable);
    body.on('end', onReadable);
    body.on('close', onReadable);
    body.on('error', onError);
  });
}

/**
 * The body's chunks as they arrive, stopped with UploadTooSlowError when nothing arrives for
 * `idleMs`, or when fewer than `minBytesPerSecond` arrive over `windowMs` of waiting. Only the
 * time spent waiting for the client counts: while the database is slow to take what was sent,
 * the client is held back (back-pressure) and is not to blame. The body is not destroyed, so
 * that the refusal can still be answered.
 */
export async function* pacedChunks(body: Readable, pace: UploadPace): AsyncGenerator<Buffer> {
  const minimumPerWindow = (pace.minBytesPerSecond * pace.windowMs) / 1000;
  let waitedInWindow = 0;
  let bytesInWindow = 0;
  let idle = 0;
  for (;;) {
    const chunk = body.read() as Buffer | null;
    if (chunk !== null) {
      bytesInWindow += chunk.length;
      idle = 0;
      yield chunk;
      continue;
    }
    if (body.readableEnded) return;
    // A client gone before the end: what arrived is not the whole file.
    if (body.destroyed) throw body.errored ?? new UploadTooSlowError('the upload was cut off before the end of the file');
    const started = performance.now();
    const readable = await readableWithin(body, Math.max(1, Math.min(pace.idleMs - idle, pace.windowMs - waitedInWindow)));
    const waited = performance.now() - started;
    idle += waited;
    waitedInWindow += waited;
    if (!readable && idle >= pace.idleMs) {
      throw new UploadTooSlowError(`the upload sent nothing for ${pace.idleMs / 1000} s`);
    }
    if (waitedInWindow >= pace.windowMs) {
      if (bytesInWindow < minimumPerWindow) {
        throw new UploadTooSlowError(
          `the upload arrived at ${Math.round((bytesInWindow * 1000) / waitedInWindow)} bytes a second, below the server's minimum of ${pace.minBytesPerSecond} (UPLOAD_MIN_BYTES_PER_SECOND)`,
        );
      }
      waitedInWindow = 0;
      bytesInWindow = 0;
    }
  }
}
