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

/**
 * The most bytes one frame may hold; a reader refuses a frame declaring more before reading it,
 * so a hand-made header declaring 4 GiB costs nothing. The writer's largest frames are its row
 * chunks, what COPY output one socket read brings (125 KiB at most in the test suite's archive;
 * header and manifest a few KiB): 16 MiB leaves 128 times that, and a restore can hold it.
 */
export const MAX_FRAME_BYTES = 16 * 1024 * 1024;

export function frame(kind: FrameKind, payload: Buffer | object): Buffer {
  const body = Buffer.isBuffer(payload) ? payload : Buffer.from(JSON.stringify(payload), 'utf8');
  // A backup that would not restore fails now, not on the day it is needed.
  if (body.length > MAX_FRAME_BYTES) throw new Error(`a ${kind} frame of ${body.length} bytes is over the ${MAX_FRAME_BYTES} a frame may hold`);
  const head = Buffer.alloc(5);
  head.write(kind, 0, 'latin1');
  head.writeUInt32BE(body.length, 1);
  return Buffer.concat([head, body]);
}

/**
 * Reads frames from a byte stream (already gunzipped), holding at most one frame in memory. A
 * frame's declared length is checked as soon as its 5 header bytes are in, before its body is
 * awaited; its chunks are joined once, when it is whole, so reading is linear in the archive's
 * size (joining at every chunk copied a frame's bytes once per chunk: quadratic).
 */
export async function* readFrames(bytes: AsyncIterable<Buffer>): AsyncGenerator<{ kind: FrameKind; body: Buffer }> {
  /** Bytes received and not yet yielded: the tail of the last chunk joined, then later chunks. */
  let chunks: Buffer[] = [];
  let buffered = 0;
  /** Where the first buffered byte is in the unpacked archive, and its frame's number from 1. */
  let offset = 0;
  let number = 1;
  const joined = (): Buffer => {
    const whole = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, buffered);
    chunks = [whole];
    return whole;
  };
  for await (const chunk of bytes) {
    chunks.push(chunk);
    buffered += chunk.length;
    while (buffered >= 5) {
      // Header bytes split across chunks are joined once; those chunks are then one buffer.
      const head = chunks[0].length >= 5 ? chunks[0] : joined();
      const kind = head.toString('latin1', 0, 1);
      if (!'HTDEM'.includes(kind)) throw new DamagedArchiveError(`unknown frame kind ${JSON.stringify(kind)}`);
      const length = head.readUInt32BE(1);
      if (length > MAX_FRAME_BYTES) {
        throw new DamagedArchiveError(`frame ${number} (at byte ${offset} of the unpacked archive) declares ${length} bytes, more than the ${MAX_FRAME_BYTES} a frame may hold`);
      }
      if (buffered < 5 + length) break;
      const whole = joined();
      yield { kind: kind as FrameKind, body: whole.subarray(5, 5 + length) };
      const rest = whole.subarray(5 + length);
      chunks = rest.length > 0 ? [rest] : [];
      buffered = rest.length;
      offset += 5 + length;
      number += 1;
    }
  }
  if (buffered > 0) throw new DamagedArchiveError('it ends in the middle of a frame');
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
