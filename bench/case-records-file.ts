import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

const HEADER = 'case_ref,received_at,started_at,completed_at,handling_minutes,errors,rework,channel\n';
const CHANNELS = ['KSeF', 'ePUAP', 'email', 'paper'];

/**
 * Deterministic synthetic invoices as a case-record CSV: one year, 5-15 minutes each, ~4% with
 * errors. Returns the handling minutes' exact total, in hundredths, for checking imported figures.
 */
export async function writeCaseRecordsCsv(file: string, rows: number): Promise<{ handlingHundredths: number }> {
  let state = 20261122;
  const random = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const start = Date.UTC(2025, 0, 1);
  let handlingHundredths = 0;
  function* lines(): Generator<string> {
    yield HEADER;
    let chunk = '';
    for (let i = 0; i < rows; i += 1) {
      // Within 2025 in Warsaw time (the period is read in the office's time zone): UTC 00:00 on 1 January to 22:00 on 31 December.
      const received = start + Math.floor(random() * (365 * 86_400_000 - 2 * 3_600_000));
      const started = received + Math.floor(random() * 3 * 86_400_000);
      const completed = started + Math.floor(random() * 5 * 86_400_000);
      const minutes = (5 + random() * 10).toFixed(2);
      handlingHundredths += Math.round(Number(minutes) * 100);
      chunk += `FV/${i},${new Date(received).toISOString()},${new Date(started).toISOString()},${new Date(completed).toISOString()},${minutes},${random() < 0.04 ? 1 : 0},${random() < 0.02 ? 1 : 0},${CHANNELS[i % 4]}\n`;
      if (chunk.length > 1 << 16) {
        yield chunk;
        chunk = '';
      }
    }
    yield chunk;
  }
  await pipeline(Readable.from(lines()), createWriteStream(file));
  return { handlingHundredths };
}

/**
 * The product's import command line in a process of its own, as an office runs it, streaming
 * `file` to the server at `url`; resolves with its output and duration once it succeeded.
 */
export async function importWithCli(file: string, target: { processId: string; periodId: string; url: string; token: string }): Promise<{ output: string; seconds: number }> {
  const started = performance.now();
  const cli = spawn(
    process.execPath,
    [path.join(import.meta.dirname, '..', 'src', 'measurements', 'import.cli.js'), file, '--process', target.processId, '--period', target.periodId, '--url', target.url, '--token', target.token],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  cli.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [exitCode] = (await once(cli, 'exit')) as [number];
  if (exitCode !== 0) throw new Error(`the import failed: ${output}`);
  return { output, seconds: (performance.now() - started) / 1000 };
}
