import { jest } from '@jest/globals';
import { setImmediate } from 'node:timers/promises';
import { DamagedArchiveError, frame, type FrameKind, MAX_FRAME_BYTES, readFrames } from '../archive.js';

/** A byte stream handing out `bytes` in chunks of `size`, counting the chunks taken from it. */
function chunked(bytes: Buffer, size: number): { stream: AsyncIterable<Buffer>; taken: () => number } {
  let taken = 0;
  async function* stream(): AsyncGenerator<Buffer> {
    for (let start = 0; start < bytes.length; start += size) {
      // Each chunk on a later turn of the event loop, as a file or a socket delivers them.
      await setImmediate();
      taken += 1;
      yield bytes.subarray(start, start + size);
    }
  }
  return { stream: stream(), taken: () => taken };
}

async function readAll(stream: AsyncIterable<Buffer>): Promise<{ kind: FrameKind; body: string }[]> {
  const frames: { kind: FrameKind; body: string }[] = [];
  for await (const { kind, body } of readFrames(stream)) frames.push({ kind, body: body.toString('utf8') });
  return frames;
}

/** The 5 header bytes of a frame declaring `length`, with no body after them. */
function declaring(kind: FrameKind, length: number): Buffer {
  const head = Buffer.alloc(5);
  head.write(kind, 0, 'latin1');
  head.writeUInt32BE(length, 1);
  return head;
}

describe('readFrames', () => {
  it('reads the same frames however the stream is cut, headers split across chunks included', async () => {
    const frames = [
      { kind: 'H' as const, body: '{"format":"x"}' },
      { kind: 'D' as const, body: '' },
      { kind: 'D' as const, body: 'a\tb\n'.repeat(50) },
      { kind: 'E' as const, body: '{"rows":50}' },
    ];
    const bytes = Buffer.concat(frames.map(({ kind, body }) => frame(kind, Buffer.from(body))));
    for (let size = 1; size <= bytes.length; size += 1) {
      expect({ size, frames: await readAll(chunked(bytes, size).stream) }).toEqual({ size, frames });
    }
  });

  it('joins a frame of many chunks once: bytes copied stay proportional to the bytes read', async () => {
    const body = Buffer.alloc(1024 * 1024, 7);
    const bytes = Buffer.concat([frame('D', body), frame('E', { rows: 0 })]);
    const concat = jest.spyOn(Buffer, 'concat');
    try {
      let read = 0;
      for await (const { body: part } of readFrames(chunked(bytes, 1024).stream)) read += part.length;
      expect(read).toBe(body.length + JSON.stringify({ rows: 0 }).length);
      const copied = concat.mock.results.reduce((sum, result) => sum + (result.value as Buffer).length, 0);
      // Joined once per frame (and once for a header split across chunks); joining at every one of
      // the 1 025 chunks, as before, copied about 512 times the frame.
      expect(copied).toBeLessThanOrEqual(2 * bytes.length);
    } finally {
      concat.mockRestore();
    }
  });

  it('refuses a frame declaring more than a frame may hold at its header, reading no further', async () => {
    const header = frame('H', { format: 'x' });
    // 4 MiB follow the declaration: a reader waiting for the 4 GiB would take all 65 chunks.
    const { stream, taken } = chunked(Buffer.concat([header, declaring('D', 0xffffffff), Buffer.alloc(4 * 1024 * 1024 - 5 - header.length)]), 64 * 1024);
    const error = await readAll(stream).then(() => null, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(DamagedArchiveError);
    expect((error as Error).message).toBe(
      `the archive is damaged or not a backup of rpa-readiness: frame 2 (at byte ${header.length} of the unpacked archive) declares 4294967295 bytes, more than the ${MAX_FRAME_BYTES} a frame may hold; nothing was written`,
    );
    expect(taken()).toBe(1);
  });

  it('takes a frame of exactly the most a frame may hold, and refuses one byte more', async () => {
    const largest = Buffer.concat([declaring('D', MAX_FRAME_BYTES), Buffer.alloc(MAX_FRAME_BYTES)]);
    let read = 0;
    for await (const { body } of readFrames(chunked(largest, 64 * 1024).stream)) read += body.length;
    expect(read).toBe(MAX_FRAME_BYTES);
    const over = chunked(Buffer.concat([declaring('D', MAX_FRAME_BYTES + 1), Buffer.alloc(1024 * 1024)]), 64 * 1024);
    await expect(readAll(over.stream)).rejects.toThrow(/frame 1 \(at byte 0 of the unpacked archive\) declares 16777217 bytes/);
    expect(over.taken()).toBe(1);
  });

  it('is never handed a frame over the limit by the writer', () => {
    expect(() => frame('D', Buffer.alloc(MAX_FRAME_BYTES + 1))).toThrow(/over the 16777216 a frame may hold/);
  });
});
