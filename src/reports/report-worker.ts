import { parentPort } from 'node:worker_threads';
import { renderReport, type RenderJob } from './report-render.js';

/**
 * A worker thread that makes reports (ReportRenderer starts it): PDF drawing, font subsetting,
 * the portfolio's simulations and workbook zipping run here, never on the server's event loop.
 */
const port = parentPort;
if (!port) throw new Error('report-worker runs as a worker thread');
port.on('message', ({ id, job }: { id: number; job: RenderJob }) => {
  renderReport(job).then(
    (bytes) => {
      // Handed over, not copied; a view into a larger (pooled) buffer is copied out first.
      const owned = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
      port.postMessage({ id, bytes: owned }, [owned.buffer as ArrayBuffer]);
    },
    (error: unknown) => port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
