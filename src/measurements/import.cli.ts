#!/usr/bin/env node
import { SingleBar } from 'cli-progress';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';

const USAGE = `usage: npm run import -- <file> --process <id> --period <id> [--format csv|monthly-csv|event-csv|xes]
                       [--map column=field ...] [--replace] [--keep-outside-period] [--delimiter ,|;|tab]
                       [--encoding utf-8|windows-1250] [--url http://localhost:3000] [--token <API token>]
Without --format, .xes files are read as XES and others by their first line (event log, monthly totals or case records).
The API token (createApiToken) may also come from RPA_API_TOKEN, the URL from RPA_API_URL.`;

/** XES by its extension; anything else is left to the server, which reads the first line. */
function formatOf(file: string): string | undefined {
  const name = file.toLowerCase().replace(/\.gz$/, '');
  return name.endsWith('.xes') ? 'xes' : undefined;
}

interface Summary {
  importId: string;
  rows: number;
  cases: number;
  seconds: number;
  rowsPerSecond: number;
  refreshSeconds: number;
  replacedImportId: string | null;
  format: string;
  warnings: string[];
}

interface ErrorBody {
  errors: { message: string; extensions: { code: string; fields?: { path: string; message: string }[] } }[];
}

/**
 * Streams a file to the server's upload endpoint, so a command-line import passes the same
 * sign-in, roles, validation and transaction as every other way in.
 */
async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      process: { type: 'string' },
      period: { type: 'string' },
      format: { type: 'string' },
      map: { type: 'string', multiple: true },
      replace: { type: 'boolean', default: false },
      'keep-outside-period': { type: 'boolean', default: false },
      delimiter: { type: 'string' },
      encoding: { type: 'string' },
      url: { type: 'string' },
      token: { type: 'string' },
    },
  });
  const [file] = positionals;
  const token = values.token ?? process.env.RPA_API_TOKEN;
  if (!file || !values.process || !values.period || !token) {
    console.error(USAGE);
    return 2;
  }
  const base = values.url ?? process.env.RPA_API_URL ?? 'http://localhost:3000';
  const query = new URLSearchParams({
    periodId: values.period,
    processId: values.process,
    fileName: path.basename(file),
    replace: String(values.replace),
    keepOutsidePeriod: String(values['keep-outside-period']),
  });
  const format = values.format ?? formatOf(file);
  if (format !== undefined) query.set('format', format);
  if (values.delimiter !== undefined) query.set('delimiter', values.delimiter);
  if (values.encoding !== undefined) query.set('encoding', values.encoding);
  for (const pair of values.map ?? []) query.append('map', pair);

  const size = (await stat(file)).size;
  const bar = new SingleBar({ format: 'importing [{bar}] {percentage}% | {value}/{total} MB | {eta}s left', hideCursor: true });
  const megabytes = (bytes: number) => Math.round(bytes / 1e5) / 10;
  bar.start(megabytes(size), 0);
  let sent = 0;
  let shown = 0;
  const progress = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      sent += chunk.length;
      // Redraw per megabyte, not per chunk: the bar must not cost the import its speed.
      if (sent - shown >= 1e6 || sent === size) {
        shown = sent;
        bar.update(megabytes(sent));
      }
      callback(null, chunk);
    },
  });
  const started = performance.now();
  // node:http rather than fetch: fetch's web streams cost this process seconds per 100 MB.
  const url = new URL(`${base}/imports?${query.toString()}`);
  const request = (url.protocol === 'https:' ? https : http).request(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
  });
  const response = new Promise<http.IncomingMessage>((resolve, reject) => {
    request.once('response', resolve);
    request.once('error', reject);
  });
  await pipeline(createReadStream(file, { highWaterMark: 1 << 20 }), progress, request);
  const answer = await response;
  let text = '';
  for await (const chunk of answer) text += (chunk as Buffer).toString();
  bar.stop();
  const body = JSON.parse(text) as Summary | ErrorBody;
  const seconds = (performance.now() - started) / 1000;
  const ok = answer.statusCode !== undefined && answer.statusCode >= 200 && answer.statusCode < 300;
  if (!ok || 'errors' in body) {
    const error = (body as ErrorBody).errors[0];
    console.error(`import refused (${error.extensions.code}): ${error.message}`);
    for (const field of error.extensions.fields ?? []) console.error(`  ${field.path}: ${field.message}`);
    return 1;
  }
  console.log(
    `imported ${body.rows} rows (${body.cases} cases) in ${seconds.toFixed(2)} s: ${Math.round(body.rows / seconds)} rows/s` +
      ` (server ${body.seconds.toFixed(2)} s, baseline refresh ${body.refreshSeconds.toFixed(2)} s)` +
      (body.replacedImportId ? `; replaced import ${body.replacedImportId}` : '') +
      `\nimport id: ${body.importId} (read as ${body.format})`,
  );
  for (const warning of body.warnings) console.log(`warning: ${warning}`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
