import { appendFileSync, existsSync, renameSync, statSync } from 'node:fs';

/**
 * A log file that never grows past `maxBytes`: when the next write would, the file becomes
 * `<file>.1` (replacing the older one) and a new file starts. At most twice `maxBytes` on disk.
 * Written synchronously: PostgreSQL's output is a few lines at a time.
 */
export class RotatingLog {
  private size: number;
  /** Bytes that could not be written since the last write that could, and why. */
  private lost = { bytes: 0, reason: '' };

  /** `onLoss` hears once when lines start being lost (a full disk), until a write succeeds again. */
  constructor(
    readonly file: string,
    private readonly maxBytes: number,
    private readonly onLoss: (message: string) => void = () => undefined,
  ) {
    this.size = existsSync(file) ? statSync(file).size : 0;
  }

  /**
   * Never throws: the log lies beside the database, and a full disk (ENOSPC), which PostgreSQL
   * reports through this very log, must not end the server that supervises it.
   */
  write(text: string): void {
    const gap = this.lost.bytes > 0 ? `[rpa-readiness: ${this.lost.bytes} bytes of PostgreSQL's output could not be written here (${this.lost.reason})]\n` : '';
    try {
      const bytes = Buffer.byteLength(gap + text);
      if (this.size > 0 && this.size + bytes > this.maxBytes) {
        renameSync(this.file, `${this.file}.1`);
        this.size = 0;
      }
      appendFileSync(this.file, gap + text, { mode: 0o600 });
      this.size += bytes;
      this.lost = { bytes: 0, reason: '' };
    } catch (error) {
      // By shape: fs errors come from another realm under jest, where instanceof Error fails.
      const reason = typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
      if (this.lost.bytes === 0) this.onLoss(`PostgreSQL's log ${this.file} cannot be written (${reason}): its lines are lost until it can be`);
      this.lost = { bytes: this.lost.bytes + Buffer.byteLength(text), reason };
    }
  }
}
