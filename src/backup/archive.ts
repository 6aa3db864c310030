import { createHash, type Hash } from 'node:crypto';

/**
 * The backup archive: gzip around a sequence of frames, each a kind byte, a 4-byte big-endian
 * length and that many bytes. Streamed both ways, so memory stays flat in the database's size:
 *   H {format, version, createdAt, migrations}      once, first
 *   T {table, columns}                              then the table's COPY text in
 *   D <bytes>                                       chunks, then
 *   E {rows, sha256}                                its row count and the SHA-256 of its bytes
 *   M {tables: [{table, rows, sha256}]}             once, last: the manifest
 */
export const ARCHIVE_FORMAT = 'rpa-readiness-backup';
export const ARCHIVE_VERSION = 1;

export type FrameKind = 'H' | 'T' | 'D' | 'E' | 'M';

export interface ArchiveHeader {
  format: typeof ARCHIVE_FORMAT;
  version: number;
  createdAt: string;
  /** The migrations applied to the database backed up, in order: the schema its rows fit. */
  migrations: string[];
}

export interface TableStart {
  table: string;
  columns: string[];
}

export interface TableEnd {
  rows: number;
  sha256: string;
}

export interface Manifest {
  tables: ({ table: string } & TableEnd)[];
}

export class DamagedArchiveError extends Error {
  constructor(reason: string) {
    super(`the archive is damaged or not a backup of rpa-readiness: ${reason}; nothing was written`);
    this.name = 'DamagedArchiveError';
  }
}

export function frame(kind: FrameKind, payload: Buffer | object): Buffer {
  const body = Buffer.isBuffer(payload) ? payload : Buffer.from(JSON.stringify(payload), 'utf8');
  const head = Buffer.alloc(5);
  head.write(kind, 0, 'latin1');
  head.writeUInt32BE(body.length, 1);
  return Buffer.concat([head, body]);
}

/** Reads frames from a byte stream (already gunzipped), holding at most one frame in memory. */
export async function* readFrames(bytes: AsyncIterable<Buffer>): AsyncGenerator<{ kind: FrameKind; body: Buffer }> {
  let pending: Buffer = Buffer.alloc(0);
  for await (const chunk of bytes) {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    while (pending.length >= 5) {
      const kind = pending.toString('latin1', 0, 1);
      if (!'HTDEM'.includes(kind)) throw new DamagedArchiveError(`unknown frame kind ${JSON.stringify(kind)}`);
      const length = pending.readUInt32BE(1);
      if (pending.length < 5 + length) break;
      yield { kind: kind as FrameKind, body: pending.subarray(5, 5 + length) };
      pending = pending.subarray(5 + length);
    }
  }
  if (pending.length > 0) throw new DamagedArchiveError('it ends in the middle of a frame');
}

export function parseFrame<T>(body: Buffer, what: string): T {
  try {
    return JSON.parse(body.toString('utf8')) as T;
  } catch {
    throw new DamagedArchiveError(`its ${what} is not readable`);
  }
}

/** Rows and SHA-256 of a table's COPY text as it passes (one row per unescaped newline). */
export class TableDigest {
  private readonly hash: Hash = createHash('sha256');
  rows = 0;

  add(chunk: Buffer): void {
    this.hash.update(chunk);
    for (let index = chunk.indexOf(10); index >= 0; index = chunk.indexOf(10, index + 1)) this.rows += 1;
  }

  finish(): TableEnd {
    return { rows: this.rows, sha256: this.hash.digest('hex') };
  }
}
