import { appendFileSync, existsSync, renameSync, statSync } from 'node:fs';

/**
 * A log file that never grows past `maxBytes`: when the next write would, the file becomes
 * `<file>.1` (replacing the older one) and a new file starts. At most twice `maxBytes` on disk.
 * Written synchronously: PostgreSQL's output is a few lines at a time.
 */
export class RotatingLog {
  private size: number;

  constructor(
    readonly file: string,
    private readonly maxBytes: number,
  ) {
    this.size = existsSync(file) ? statSync(file).size : 0;
  }

  write(text: string): void {
    const bytes = Buffer.byteLength(text);
    if (this.size > 0 && this.size + bytes > this.maxBytes) {
      renameSync(this.file, `${this.file}.1`);
      this.size = 0;
    }
    appendFileSync(this.file, text, { mode: 0o600 });
    this.size += bytes;
  }
}
