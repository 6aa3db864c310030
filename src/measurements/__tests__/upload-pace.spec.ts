import { PassThrough } from 'node:stream';
import { pacedChunks, UploadTooSlowError } from '../upload-pace.js';

async function read(body: PassThrough, pace: Parameters<typeof pacedChunks>[1]): Promise<{ bytes: number; error?: unknown }> {
  let bytes = 0;
  try {
    for await (const chunk of pacedChunks(body, pace)) bytes += chunk.length;
  } catch (error) {
    return { bytes, error };
  }
  return { bytes };
}

describe('pacedChunks', () => {
  it('passes a body that arrives in time through whole', async () => {
    const body = new PassThrough();
    const reading = read(body, { minBytesPerSecond: 1000, idleMs: 1000, windowMs: 200 });
    for (let i = 0; i < 5; i += 1) {
      body.write(Buffer.alloc(500));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    body.end();
    expect(await reading).toEqual({ bytes: 2500 });
  });

  it('stops a body that keeps sending, but slower than the minimum, and says how slow', async () => {
    const body = new PassThrough();
    const trickle = setInterval(() => body.write(Buffer.alloc(10)), 20);
    const result = await read(body, { minBytesPerSecond: 10_000, idleMs: 5000, windowMs: 300 });
    clearInterval(trickle);
    expect(result.error).toBeInstanceOf(UploadTooSlowError);
    expect(String((result.error as Error).message)).toMatch(/arrived at \d+ bytes a second, below the server's minimum of 10000/);
    expect(body.destroyed).toBe(false);
  });

  it('stops a body that stops sending', async () => {
    const body = new PassThrough();
    body.write('a');
    const result = await read(body, { minBytesPerSecond: 1, idleMs: 100, windowMs: 10_000 });
    expect((result.error as Error).message).toContain('the upload sent nothing for 0.1 s');
  });

  it('does not count the time its reader spends elsewhere against the client', async () => {
    const body = new PassThrough();
    body.end(Buffer.alloc(100));
    let bytes = 0;
    for await (const chunk of pacedChunks(body, { minBytesPerSecond: 1_000_000, idleMs: 50, windowMs: 50 })) {
      bytes += chunk.length;
      // A slow database: the client's bytes were all there, waiting.
      await new Promise((resolve) => setTimeout(resolve, 120));
    }
    expect(bytes).toBe(100);
  });

  it('refuses a body cut off before its end instead of taking it as the whole file', async () => {
    const body = new PassThrough();
    body.write('a');
    setTimeout(() => body.destroy(), 20);
    const result = await read(body, { minBytesPerSecond: 1, idleMs: 5000, windowMs: 10_000 });
    expect(result.error).toBeInstanceOf(Error);
    expect(result.bytes).toBe(1);
  });
});
