import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DomainError, ErrorCode } from '../common/errors/domain-error.js';
import type { RenderJob } from './report-render.js';

/** Reports waiting for a worker beyond this are refused (429): a burst costs bounded memory. */
const MAX_WAITING = 64;

interface Pending {
  id: number;
  job: RenderJob;
  resolve: (bytes: Buffer) => void;
  reject: (error: Error) => void;
}

/**
 * The worker thread's module. Compiled, it sits next to this file; under the test runner this
 * file is TypeScript, and the worker runs the compiled module from dist/ (the test setup builds
 * it when its sources changed), so tests and production run the same worker code.
 */
function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.js')) return path.join(path.dirname(here), 'report-worker.js');
  const sourceRoot = path.resolve(path.dirname(here), '..', '..');
  return path.join(sourceRoot, 'dist', path.relative(sourceRoot, path.dirname(here)), 'report-worker.js');
}

/**
 * Makes reports on worker threads, first come first served, so that drawing a PDF never holds the
 * event loop that answers GraphQL and /health. One worker per spare core (at least one): on an
 * office's two-core PC the other core stays with the server and PostgreSQL. Workers start on
 * the first report and are replaced if one fails.
 */
@Injectable()
export class ReportRenderer implements OnModuleDestroy {
  /** Worker threads at most. */
  readonly size = Math.max(1, Math.min(4, os.availableParallelism() - 1));
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly waiting: Pending[] = [];
  private started = 0;
  private nextId = 0;
  private closed = false;

  render(job: RenderJob): Promise<Buffer> {
    if (this.closed) return Promise.reject(new Error('the server is stopping'));
    if (this.waiting.length >= MAX_WAITING) {
      return Promise.reject(new DomainError(ErrorCode.RATE_LIMITED, 'too many reports are being made at once; try again in a minute'));
    }
    return new Promise((resolve, reject) => {
      this.waiting.push({ id: (this.nextId += 1), job, resolve, reject });
      this.dispatch();
    });
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    const stopping = new Error('the server is stopping');
    for (const pending of this.waiting.splice(0)) pending.reject(stopping);
    // Reports being made end too, so that their requests answer and the server can close.
    for (const pending of this.busy.values()) pending.reject(stopping);
    const workers = [...this.idle, ...this.busy.keys()];
    this.busy.clear();
    this.idle.length = 0;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.waiting.length > 0 && !this.closed) {
      const worker = this.idle.pop() ?? (this.started < this.size ? this.spawn() : undefined);
      if (!worker) return;
      const pending = this.waiting.shift()!;
      this.busy.set(worker, pending);
      worker.postMessage({ id: pending.id, job: pending.job });
    }
  }

  private spawn(): Worker {
    this.started += 1;
    const worker = new Worker(workerFile());
    worker.on('message', (message: { id: number; bytes?: Uint8Array; error?: string }) => {
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      this.idle.push(worker);
      if (pending?.id === message.id) {
        if (message.bytes) pending.resolve(Buffer.from(message.bytes.buffer, message.bytes.byteOffset, message.bytes.byteLength));
        else pending.reject(new Error(`the report could not be made: ${message.error ?? 'no reason given'}`));
      }
      this.dispatch();
    });
    // A worker that dies takes its report with it; the next report gets a new worker.
    const lost = (error: Error) => {
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      const index = this.idle.indexOf(worker);
      if (index >= 0) this.idle.splice(index, 1);
      this.started -= 1;
      pending?.reject(error);
      this.dispatch();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => {
      if (!this.closed && (this.busy.has(worker) || this.idle.includes(worker))) lost(new Error(`the report worker stopped (exit code ${code})`));
    });
    // Idle workers do not keep the process alive (tests and a stopping server end without them).
    worker.unref();
    return worker;
  }
}
