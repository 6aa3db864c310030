import { Readable, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { FORMATS } from '../domain/import-format.js';
import type { RowValidationError } from '../domain/row-validation.js';
import { ImportFormat } from '../domain/measurement.enums.js';
import { csvRowStream, type RowBatch } from '../row-sources.js';

const HEADER = 'case_ref,received_at,started_at,completed_at,handling_minutes,errors,rework,channel';

/** Reads a CSV text (in chunks of `chunkSize` bytes) and returns its rows or the error. */
async function read(text: string, chunkSize = 64 * 1024): Promise<{ rows: RowBatch; error?: RowValidationError }> {
  const bytes = Buffer.from(text);
  const chunks = Array.from({ length: Math.ceil(bytes.length / chunkSize) }, (_, i) => bytes.subarray(i * chunkSize, (i + 1) * chunkSize));
  const rows: RowBatch = [];
  const [source, reader] = csvRowStream(Readable.from(chunks, { objectMode: false }), FORMATS[ImportFormat.CASE_CSV], {}, []);
  try {
    await pipeline(source, reader as Transform, async (batches: AsyncIterable<RowBatch>) => {
      for await (const batch of batches) rows.push(...batch);
    });
    return { rows };
  } catch (error) {
    return { rows, error: error as RowValidationError };
  }
}

describe('the CSV reader', () => {
  it('reads a quoted field that spans lines, with doubled quotes inside', async () => {
    const { rows, error } = await read(`${HEADER}\n"A ""1""\nsecond line",2026-03-02T08:00,,2026-03-02T09:00,1,0,0,x\n`);
    expect(error).toBeUndefined();
    expect(rows.map((row) => [row.line, row.values.case_ref])).toEqual([[2, 'A "1"\nsecond line']]);
  });

  it('reads an unclosed quote followed by many lines in linear time, and stops at a bounded record size', async () => {
    // 200 000 lines after a lone quote (3.4 MB): quadratic re-counting took minutes here.
    const lines = Array.from({ length: 200_000 }, (_, i) => `C${i},2026-03-02T08:00,,,1,0,0,x`);
    const { error } = await read(`${HEADER}\n"open,${lines.join('\n')}\n`);
    expect(error?.problem).toMatchObject({ line: 2, column: '(row)' });
    expect(error?.problem.message).toMatch(/quoted field opened here is still open after 1048576 characters/);
  });

  it('reports an unclosed quote at the end of the file where it opened', async () => {
    const { error } = await read(`${HEADER}\nA,2026-03-02T08:00,,,1,0,0,x\n"B,2026-03-02T08:00,,,1,0,0,x\nC\n`);
    expect(error?.problem).toMatchObject({ line: 3, message: 'malformed CSV: a quoted field is never closed' });
  });

  it('refuses a file without line breaks once a line exceeds the record bound, without rescanning it', async () => {
    const { error } = await read(`${HEADER},${'x'.repeat(2 * 1024 * 1024)}`, 1024);
    expect(error?.problem.message).toMatch(/a line is longer than 1048576 characters/);
  });

  it('refuses a NUL byte with its line', async () => {
    const { error } = await read(`${HEADER}\nA,2026-03-02T08:00,,,1,0,0,x\nB\u0000,2026-03-02T08:00,,,1,0,0,x\n`);
    expect(error?.problem).toMatchObject({ line: 3, message: expect.stringMatching(/NUL character/) as unknown });
  });
});
