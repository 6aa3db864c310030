import { Inject, Injectable } from '@nestjs/common';
import { createHash, type Hash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Readable, Transform, type TransformCallback, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager } from 'typeorm';
import { AuditLogEntity } from '../audit/audit-log.entity.js';
import { authorizeProcessOwner } from '../auth/access.js';
import { type Actor, memberScope } from '../auth/domain/actor.js';
import { BadInputError, ConflictError, DomainError, ErrorCode, type FieldError, NotFoundError } from '../common/errors/domain-error.js';
import { TenantDatabase } from '../common/tenancy/tenant-database.service.js';
import type { AppConfig } from '../config/app-config.js';
import { Metrics } from '../observability/metrics.service.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import { RateLimiter } from '../auth/domain/rate-limiter.js';
import { isRecordId } from '../common/validation/uuid.js';
import { ProcessEntity } from '../processes/process.entity.js';
import { ScoreRefresher } from '../scoring/score-refresher.service.js';
import { refreshBaseline, useOfficeTimeZone } from './baseline.calculator.js';
import { detectFormat, FORMATS, type FormatSpec } from './domain/import-format.js';
import type { TextEncoding } from './domain/text-decoding.js';
import { logEventCopyFields } from './domain/log-event-row.js';
import { repeatedCaseMessage } from './domain/case-record-row.js';
import { monthlyTotalCopyFields } from './domain/monthly-total-row.js';
import { type RowProblem, RowValidationError } from './domain/row-validation.js';
import { EvidenceGrade, ImportFormat } from './domain/measurement.enums.js';
import { MeasurementImportEntity } from './measurement-import.entity.js';
import { MeasurementPeriodEntity } from './measurement-period.entity.js';
import { CaseRecordBinaryEncoder } from './case-record-copy.js';
import { ZoneOffsetsLoader } from './zone-offsets.loader.js';
import { csvRowStream, type RowBatch, type SourceRow, xesRowStream } from './row-sources.js';
import { ImportAdmission, type ImportSlot, isImportRefusal } from './domain/import-admission.js';
import type { ImportLimits } from '../config/app-config.js';

/** An import stops after this many bad rows: enough to fix a file, without reading it all twice. */
export const MAX_REPORTED_PROBLEMS = 10;
/** The format label of a file refused before its kind was read from its first line. */
const UNDETECTED = 'undetected';

/** COPY data is sent in chunks of about this many characters. */
const COPY_CHUNK = 256 * 1024;
/**
 * A file is read this far (or to its end, if smaller) before the import takes a database
 * connection: an upload that crawls is stopped while it holds nothing but this buffer.
 */
const PREFETCH_BYTES = 256 * 1024;

export interface ImportRequest {
  periodId: string;
  /** When given (command line), the period must belong to this process. */
  processId?: string;
  format: ImportFormat;
  fileName?: string | null;
  /** File column -> field, for files whose columns have other names. */
  mapping?: Record<string, string>;
  /** Replace an earlier import of the identical content into the same period. */
  replace?: boolean;
  /** Keep cases or events dated outside the period (refused otherwise). */
  keepOutsidePeriod?: boolean;
  /** CSV files: the delimiter, when not the one the header shows; the encoding, when not UTF-8 or detected. */
  delimiter?: string;
  encoding?: TextEncoding;
}

export interface ImportSummary {
  importId: string;
  periodId: string;
  grade: EvidenceGrade;
  rows: number;
  cases: number;
  contentHash: string;
  replacedImportId: string | null;
  seconds: number;
  rowsPerSecond: number;
  refreshSeconds: number;
  format: ImportFormat;
  warnings: string[];
}

/** A refused import: every problem found (up to MAX_REPORTED_PROBLEMS), nothing written. */
export class ImportRejectedError extends DomainError {
  constructor(readonly problems: RowProblem[]) {
    super(
      ErrorCode.BAD_USER_INPUT,
      `import refused, nothing was written: ${problems
        .slice(0, 3)
        .map((problem) => `line ${problem.line}, ${problem.column}: ${problem.message}`)
        .join('; ')}${problems.length > 3 ? `; and ${problems.length - 3} more` : ''}`,
      problems.map(
        (problem): FieldError => ({
          path: `line ${problem.line}, ${problem.column}`,
          message: problem.message,
          line: problem.line,
          column: problem.column,
        }),
      ),
    );
  }
}

type RowEncoder = (row: SourceRow) => string[];

/**
 * A fresh encoder per import: monthly totals remember their months (at most 12 a year). Case
 * records are written in binary by CaseRecordBinaryEncoder.
 */
const ROW_ENCODERS: Record<Exclude<FormatSpec['table'], 'case_record'>, () => RowEncoder> = {
  monthly_total: () => {
    const lineOfMonth = new Map<string, number>();
    return (row) => {
      const fields = monthlyTotalCopyFields(row.values, row.line, row.columnOf);
      const earlier = lineOfMonth.get(fields[0]);
      if (earlier !== undefined) {
        throw new RowValidationError({ line: row.line, column: row.columnOf('month'), message: `${fields[0].slice(0, 7)} is already on line ${earlier}` });
      }
      lineOfMonth.set(fields[0], row.line);
      return fields;
    };
  },
  log_event: () => (row) => logEventCopyFields(row.values, row.line, row.columnOf),
};

/** The sentence for rows dated outside their period; null when none are. */
function outsideSentence(what: string, period: MeasurementPeriodEntity, outside: { count: number; first: string; last: string } | null): string | null {
  if (outside === null) return null;
  return `${outside.count} ${what} fall outside the period ${period.startsOn} to ${period.endsOn} (from ${outside.first} to ${outside.last})`;
}

/** zlib's errors carry a `Z_...` code (checked by shape: they may come from another realm). */
function isZlibError(error: unknown): error is { code: string; message: string } {
  return typeof error === 'object' && error !== null && 'code' in error && String(error.code).startsWith('Z_');
}

/** The bytes before the first line break (at most 64 KiB), and every byte again. */
async function peekHead(chunks: AsyncIterable<Buffer>): Promise<{ head: string; chunks: AsyncIterable<Buffer> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const seen: Buffer[] = [];
  let size = 0;
  while (size < 64 * 1024) {
    const next = await iterator.next();
    if (next.done) break;
    seen.push(next.value);
    size += next.value.length;
    if (next.value.includes(0x0a)) break;
  }
  return { head: Buffer.concat(seen).toString('utf8').split('\n')[0], chunks: withHead(seen, iterator) };
}

/** Chunks already read from an iterator, then the rest of it: a stream read ahead but not lost. */
async function* withHead(head: Buffer[], rest: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  yield* head;
  // Delegating (not looping) passes an early return on to the iterator, so its source closes.
  yield* { [Symbol.asyncIterator]: () => rest };
}

/** The first `bytes` of a body (all of a smaller one) read ahead, then the rest as it comes. */
async function prefetch(body: AsyncIterable<Buffer>, bytes: number): Promise<AsyncIterable<Buffer>> {
  const iterator = body[Symbol.asyncIterator]();
  const seen: Buffer[] = [];
  let size = 0;
  while (size < bytes) {
    const next = await iterator.next();
    if (next.done) break;
    seen.push(next.value);
    size += next.value.length;
  }
  return withHead(seen, iterator);
}

/** A file beyond a limit of the server, named in the message; nothing was written. */
export class FileTooLargeError extends DomainError {
  constructor(what: string, setting: string) {
    super(ErrorCode.FILE_TOO_LARGE, `import refused, nothing was written: the file ${what} (${setting}); split it into smaller files`, [
      { path: 'file', message: `the file ${what} (${setting})` },
    ]);
  }
}

/** The bytes of a file (as read: decompressed), refused once they pass `limit`. */
async function* atMost(chunks: AsyncIterable<Buffer>, limit: number): AsyncGenerator<Buffer> {
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size > limit) throw new FileTooLargeError(`is larger than ${limit} bytes once decompressed`, 'MAX_IMPORT_BYTES');
    yield chunk;
  }
}

/** Passes batches of rows on, refusing the import at the first row beyond `limit`. */
class RowLimit extends Transform {
  private rows = 0;

  constructor(private readonly limit: number) {
    super({ objectMode: true, highWaterMark: 2 });
  }

  override _transform(batch: RowBatch, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.rows += batch.length;
    if (this.rows > this.limit) {
      callback(new FileTooLargeError(`has more than ${this.limit} data rows`, 'MAX_IMPORT_ROWS'));
      return;
    }
    callback(null, batch);
  }
}

/** A compressed body that cannot be inflated: damaged, truncated or not gzip after all. */
export class DamagedFileError extends BadInputError {
  constructor(cause: unknown) {
    const detail = isZlibError(cause) ? ` (${cause.code}: ${cause.message})` : '';
    super([
      {
        path: 'file',
        message: `the file starts like a gzip file but cannot be decompressed: it is damaged or truncated${detail}; compress it again or send it uncompressed`,
      },
    ]);
  }
}

async function* hashed(body: AsyncIterable<Buffer>, hash: Hash): AsyncGenerator<Buffer> {
  for await (const chunk of body) {
    hash.update(chunk);
    yield chunk;
  }
}

/**
 * Hashes the bytes as received and inflates gzip (recognised by its magic bytes). Every
 * failure of the inflating stream (damaged data, a truncated end) becomes a DamagedFileError,
 * a 400 naming the problem; none is left to crash the process as an unhandled 'error' event.
 */
async function* receivedBytes(body: AsyncIterable<Buffer>, hash: Hash): AsyncGenerator<Buffer> {
  const chunks = hashed(body, hash)[Symbol.asyncIterator]();
  const first = await chunks.next();
  if (first.done) return;
  if (!(first.value.length >= 2 && first.value[0] === 0x1f && first.value[1] === 0x8b)) {
    yield* withHead([first.value], chunks);
    return;
  }
  const compressed = Readable.from(withHead([first.value], chunks), { objectMode: false });
  const gunzip = createGunzip();
  // pipeline owns both streams: an error in either destroys both and reaches the loop below.
  const inflating = pipeline(compressed, gunzip);
  // A reader that stops early (a refused row, a limit) ends the pipeline with an AbortError that
  // nobody awaits: handled here, while the loop below still sees every failure of inflation.
  inflating.catch(() => undefined);
  try {
    for await (const inflated of gunzip) yield inflated as Buffer;
    await inflating;
  } catch (error) {
    throw isZlibError(error) ? new DamagedFileError(error) : error;
  } finally {
    compressed.destroy();
    gunzip.destroy();
  }
}

/**
 * Validates rows and encodes them for COPY (FORMAT csv), in chunks. A row whose record is
 * already in that form (SourceRow.raw) is passed through as written when validation stored
 * every value as it came (no day-first date rewritten, no month completed to its first day):
 * one comparison per field instead of building the line again. Bad rows are collected (not
 * written) up to MAX_REPORTED_PROBLEMS; a structural error (header, XML) fails the stream.
 */
class CopyEncoder extends Transform {
  readonly problems: RowProblem[] = [];
  private chunk = '';

  constructor(
    private readonly encode: RowEncoder,
    /** The encoded fields' names, in COPY's column order. */
    private readonly fieldNames: readonly string[],
  ) {
    super({ writableObjectMode: true, readableObjectMode: false });
  }

  /** Whether every encoded field is the value as written (a missing value is written empty). */
  private storedAsWritten(fields: string[], row: SourceRow): boolean {
    for (let i = 0; i < fields.length; i += 1) {
      if (fields[i] !== (row.values[this.fieldNames[i]] ?? '')) return false;
    }
    return true;
  }

  override _transform(batch: RowBatch, _encoding: BufferEncoding, callback: TransformCallback): void {
    for (const row of batch) {
      try {
        const fields = this.encode(row);
        const line = `${row.line},${row.raw !== undefined && this.storedAsWritten(fields, row) ? row.raw : fields.join(',')}\n`;
        if (this.problems.length === 0) this.chunk += line;
      } catch (error) {
        if (!(error instanceof RowValidationError)) {
          callback(error as Error);
          return;
        }
        this.problems.push(error.problem);
        if (this.problems.length >= MAX_REPORTED_PROBLEMS) {
          callback(new ImportRejectedError(this.problems));
          return;
        }
      }
    }
    if (this.chunk.length >= COPY_CHUNK) {
      this.push(this.chunk);
      this.chunk = '';
    }
    callback();
  }

  override _flush(callback: TransformCallback): void {
    if (this.problems.length > 0) {
      callback(new ImportRejectedError(this.problems));
      return;
    }
    if (this.chunk) this.push(this.chunk);
    callback();
  }
}

/**
 * Imports measurements into a period as one transaction: stream -> validate -> COPY, then
 * (event logs) derive cases, refresh the period's baseline and record the import in the audit
 * trail. Any failure rolls everything back.
 */
@Injectable()
export class MeasurementImporter {
  /** Imports are the expensive operation: bounded per user (IMPORTS_PER_MINUTE), whatever the way in. */
  private readonly limiter: RateLimiter;
  private readonly importTimeoutMs: number;
  private readonly limits: ImportLimits;
  private readonly admission: ImportAdmission;

  constructor(
    private readonly database: TenantDatabase,
    private readonly scores: ScoreRefresher,
    private readonly metrics: Metrics,
    private readonly zoneOffsets: ZoneOffsetsLoader,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.limiter = new RateLimiter(config.auth.importsPerMinute, 60_000);
    this.importTimeoutMs = config.database.importTimeoutMs;
    this.limits = config.imports;
    this.admission = new ImportAdmission(config.imports);
  }

  /**
   * A place among the imports running now, or a refusal naming the full limit. The period's
   * office is read first (one short statement, nothing held): the office's own count applies.
   */
  private async slotFor(actor: Actor, periodId: string, format: string): Promise<ImportSlot> {
    const [period] = isRecordId(periodId)
      ? await this.database.readOnce<{ organization_id: string }>(memberScope(actor), 'SELECT organization_id FROM measurement_period WHERE id = $1', [periodId])
      : [];
    if (!period) throw new NotFoundError('measurement period', periodId, 'periodId');
    const entry = this.admission.enter(actor.userId, period.organization_id);
    if (!isImportRefusal(entry)) return entry;
    this.metrics.importRefused(format);
    const sentences = {
      user: `an import of yours is still running (at most ${this.limits.atOncePerUser} at once per user, IMPORTS_AT_ONCE_PER_USER); wait for it to finish`,
      organization: `${entry.running} imports of this office are running (at most ${this.limits.atOncePerOrganization} at once per office, IMPORTS_AT_ONCE_PER_ORGANIZATION); try again when one has finished`,
      server: `the server is running ${entry.running} imports, as many as it runs at once (IMPORTS_AT_ONCE); try again in a minute`,
    };
    throw new DomainError(ErrorCode.RATE_LIMITED, sentences[entry.limit]);
  }

  /** Counts an import against its user's budget before any of it is read. */
  /** Counted as refused under `format` (`undetected` before a streamed file's first line is read). */
  private admit(actor: Actor, format: string): void {
    const wait = this.limiter.hit(actor.userId);
    if (wait > 0) {
      this.metrics.importRefused(format);
      throw new DomainError(ErrorCode.RATE_LIMITED, `too many imports; retry in ${wait} s`);
    }
  }

  /**
   * A file streamed into a period. Without a format, the format is read from the file's first
   * line (detectFormat): XML is XES, a process-mining header an event log, and so on.
   */
  async importStream(
    actor: Actor,
    request: Omit<ImportRequest, 'format'> & { format?: Exclude<ImportFormat, ImportFormat.GRAPHQL> },
    body: AsyncIterable<Buffer>,
  ): Promise<ImportSummary> {
    this.admit(actor, request.format ?? UNDETECTED);
    const slot = await this.slotFor(actor, request.periodId, request.format ?? UNDETECTED);
    try {
      const hash = createHash('sha256');
      let chunks: AsyncIterable<Buffer> = atMost(receivedBytes(await prefetch(body, PREFETCH_BYTES), hash), this.limits.maxBytes);
      let format = request.format;
      if (format === undefined) {
        try {
          const peeked = await peekHead(chunks);
          format = detectFormat(peeked.head, request.delimiter);
          chunks = peeked.chunks;
        } catch (error) {
          if (error instanceof DomainError) this.metrics.importRefused(UNDETECTED);
          throw error;
        }
      }
      const spec = FORMATS[format];
      const bytes = Readable.from(chunks, { objectMode: false });
      const warnings: string[] = [];
      const rows = format === ImportFormat.XES ? xesRowStream(bytes) : csvRowStream(bytes, spec, request.mapping ?? {}, warnings, { delimiter: request.delimiter, encoding: request.encoding });
      return await this.run(actor, { ...request, format }, spec, rows, () => hash.digest('hex'), warnings);
    } finally {
      slot.release();
    }
  }

  /** Rows already structured (GraphQL batches); the hash is over their canonical JSON. */
  async importRows(actor: Actor, request: ImportRequest, spec: FormatSpec, rows: SourceRow[]): Promise<ImportSummary> {
    this.admit(actor, request.format);
    const slot = await this.slotFor(actor, request.periodId, request.format);
    try {
      const hash = createHash('sha256').update(JSON.stringify(rows.map((row) => row.values))).digest('hex');
      return await this.run(actor, request, spec, [Readable.from([rows], { objectMode: true })], () => hash, []);
    } finally {
      slot.release();
    }
  }

  private async run(
    actor: Actor,
    request: ImportRequest,
    spec: FormatSpec,
    rows: Readable[],
    contentHash: () => string,
    warnings: string[],
  ): Promise<ImportSummary> {
    try {
      const summary = await this.write(actor, request, spec, rows, contentHash, warnings);
      this.metrics.importWritten(request.format, summary.rows, summary.seconds);
      return summary;
    } catch (error) {
      if (error instanceof DomainError) this.metrics.importRefused(request.format);
      throw error;
    }
  }

  private write(
    actor: Actor,
    request: ImportRequest,
    spec: FormatSpec,
    rows: Readable[],
    contentHash: () => string,
    warnings: string[],
  ): Promise<ImportSummary> {
    const started = performance.now();
    return this.database.run(memberScope(actor), async (manager) => {
      // The COPY lasts as long as the upload: the usual statement timeout would cut slow ones.
      await manager.query("SELECT set_config('statement_timeout', $1, true)", [String(this.importTimeoutMs)]);
      const period = await this.periodForOwner(manager, actor, request.periodId, request.processId);
      // Timestamps without an offset are the office's local time.
      const zone = await useOfficeTimeZone(manager, period.organizationId);
      const record = await manager.save(
        MeasurementImportEntity,
        manager.create(MeasurementImportEntity, {
          organizationId: period.organizationId,
          periodId: period.id,
          grade: spec.grade,
          format: request.format,
          fileName: request.fileName ?? null,
          createdBy: actor.userId,
        }),
      );

      // Case records go to COPY in binary, their figures summed on the way; other rows as CSV text.
      const encoder =
        spec.table === 'case_record'
          ? new CaseRecordBinaryEncoder(period, (years) => this.zoneOffsets.offsets(zone, years), MAX_REPORTED_PROBLEMS, (problems) => new ImportRejectedError(problems))
          : new CopyEncoder(ROW_ENCODERS[spec.table](), spec.fields);
      let written: number;
      try {
        written = await this.copy(manager, spec, period, record.id, [...rows, new RowLimit(this.limits.maxRows), encoder]);
      } catch (error) {
        if (error instanceof ImportRejectedError) throw error;
        if (error instanceof RowValidationError) throw new ImportRejectedError([...encoder.problems, error.problem]);
        throw error;
      }
      if (written === 0) {
        throw new ImportRejectedError([{ line: 1, column: '(file)', message: 'the file has no data rows' }]);
      }

      if (spec.table === 'case_record') await this.refuseRepeatedCases(manager, period.id, record.id);
      const hash = contentHash();
      const replacedImportId = await this.handleDuplicate(manager, period, hash, request.replace ?? false);
      if (spec.table === 'monthly_total') await this.refuseOverlappingMonths(manager, period.id, record.id);
      const cases = spec.table === 'log_event' ? await this.deriveCases(manager, period, record.id) : spec.table === 'case_record' ? written : 0;
      const table = spec.table;
      const outside =
        table === 'case_record'
          ? outsideSentence('cases', period, encoder instanceof CaseRecordBinaryEncoder ? encoder.outsidePeriod() : null)
          : await this.outsidePeriod(manager, table, period, record.id);
      if (outside) {
        if (!request.keepOutsidePeriod) {
          throw new DomainError(ErrorCode.BAD_USER_INPUT, `import refused, nothing was written: ${outside}; correct the period's dates, or import with keepOutsidePeriod to keep them`, [
            { path: 'keepOutsidePeriod', message: outside },
          ]);
        }
        warnings.push(`${outside}; kept as asked (keepOutsidePeriod)`);
      }
      await manager.update(MeasurementImportEntity, { id: record.id }, { contentHash: hash, rowCount: written });

      const refreshStarted = performance.now();
      // Summed figures are finished (their quantiles selected) only when they are the ones used.
      const summed = encoder instanceof CaseRecordBinaryEncoder ? encoder.summedFigures() : undefined;
      await refreshBaseline(manager, period, summed && { importId: record.id, figures: () => summed.figures(period) });
      const refreshSeconds = (performance.now() - refreshStarted) / 1000;
      await this.scores.rescore(manager, [period.processId]);

      await manager.save(AuditLogEntity, manager.create(AuditLogEntity, {
        organizationId: period.organizationId,
        actorUserId: actor.userId,
        action: 'IMPORT',
        entity: 'measurement_import',
        entityId: record.id,
        after: { periodId: period.id, format: request.format, fileName: request.fileName ?? null, rows: written, cases, replacedImportId },
        fileHash: hash,
      }));
      const seconds = (performance.now() - started) / 1000;
      return {
        importId: record.id,
        periodId: period.id,
        grade: spec.grade,
        rows: written,
        cases,
        contentHash: hash,
        replacedImportId,
        seconds,
        rowsPerSecond: written / seconds,
        refreshSeconds,
        format: request.format,
        warnings,
      };
    });
  }

  /** Only the process's owner imports its measurements; others learn as little as possible. */
  private async periodForOwner(
    manager: EntityManager,
    actor: Actor,
    periodId: string,
    processId: string | undefined,
  ): Promise<MeasurementPeriodEntity> {
    // The lock serialises imports into one period, so duplicate detection cannot race.
    const period = isRecordId(periodId)
      ? await manager.findOne(MeasurementPeriodEntity, { where: { id: periodId }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!period || (processId !== undefined && period.processId !== processId)) {
      throw new NotFoundError('measurement period', periodId, 'periodId');
    }
    const process = await manager.findOneByOrFail(ProcessEntity, { id: period.processId });
    authorizeProcessOwner(actor, process, "only the process's owner can import its measurements");
    return period;
  }

  /**
   * COPY into the measurement table as rpa_importer: PostgreSQL refuses COPY into a table under
   * row-level security, so the role switch lasts for the COPY alone. The rows' organization,
   * period and import come from column defaults reading this transaction's settings (the
   * importer may not write those columns), and a statement trigger checks once that the
   * organization is one of the transaction's (migration ReplaceImportScopeGuard).
   */
  private async copy(manager: EntityManager, spec: FormatSpec, period: MeasurementPeriodEntity, importId: string, stages: Readable[]): Promise<number> {
    const client = (await manager.queryRunner!.connect()) as pg.PoolClient;
    await client.query(
      `SELECT set_config('app.import_organization_id', $1, true), set_config('app.import_period_id', $2, true),
              set_config('app.import_id', $3, true)`,
      [period.organizationId, period.id, importId],
    );
    await client.query('SET LOCAL ROLE rpa_importer');
    const format = spec.table === 'case_record' ? 'binary' : 'csv';
    const copyStream = client.query(copyFrom(`COPY ${spec.table} (line, ${spec.fields.join(', ')}) FROM STDIN (FORMAT ${format})`));
    // pipeline destroys every stage on failure: a failed COPY ends with CopyFail, and the
    // transaction around it is rolled back by the caller.
    await pipeline([...stages, copyStream] as unknown as [Readable, Writable]);
    await client.query('RESET ROLE');
    return copyStream.rowCount;
  }

  private async handleDuplicate(
    manager: EntityManager,
    period: MeasurementPeriodEntity,
    hash: string,
    replace: boolean,
  ): Promise<string | null> {
    const earlier = await manager.findOneBy(MeasurementImportEntity, { periodId: period.id, contentHash: hash });
    if (!earlier) return null;
    if (!replace) {
      throw new ConflictError(
        `this content was already imported into this period (import ${earlier.id} of ${earlier.createdAt.toISOString()}); import it with replace to replace that import`,
        [{ path: 'replace', message: 'same content hash as an earlier import of this period' }],
      );
    }
    // Its rows go with it (trigger measurement_import_rows).
    await manager.delete(MeasurementImportEntity, { id: earlier.id });
    return earlier.id;
  }

  /**
   * How many of the import's cases, events or months fall outside the period's dates (in the
   * office's time zone), as a sentence; null when none do. A case is dated by its receipt (or,
   * without one, its completion).
   */
  private async outsidePeriod(
    manager: EntityManager,
    table: Exclude<FormatSpec['table'], 'case_record'>,
    period: MeasurementPeriodEntity,
    importId: string,
  ): Promise<string | null> {
    // Case records are counted while they stream (CaseRecordBinaryEncoder.outsidePeriod).
    const dated: Record<typeof table, { at: string; what: string }> = {
      log_event: { at: 'occurred_at', what: 'events' },
      monthly_total: { at: 'month', what: 'months' },
    };
    const { at, what } = dated[table];
    const [row] = await manager.query<{ count: number; first: string | null; last: string | null }[]>(
      `SELECT count(*)::int AS count, to_char(min(${at}), 'YYYY-MM-DD') AS first, to_char(max(${at}), 'YYYY-MM-DD') AS last
         FROM ${table}
        WHERE period_id = $1 AND import_id = $2 AND ${at} IS NOT NULL
          AND (${at} < $3::date::timestamptz OR ${at} >= ($4::date + 1)::timestamptz)`,
      [period.id, importId, period.startsOn, period.endsOn],
    );
    return outsideSentence(what, period, row.count === 0 ? null : { count: row.count, first: row.first!, last: row.last! });
  }

  /**
   * A case appears once in a file of case records: a repeated reference would count one case
   * twice. Refused with the first two lines of each (up to MAX_REPORTED_PROBLEMS cases).
   */
  private async refuseRepeatedCases(manager: EntityManager, periodId: string, importId: string): Promise<void> {
    const repeated = await manager.query<{ case_ref: string; first: number; second: number }[]>(
      `WITH repeated AS (
         SELECT case_ref, min(line) AS first FROM case_record
          WHERE period_id = $1 AND import_id = $2 GROUP BY case_ref HAVING count(*) > 1 ORDER BY first LIMIT $3
       )
       SELECT r.case_ref, r.first, min(c.line) AS second
         FROM case_record c JOIN repeated r USING (case_ref)
        WHERE c.period_id = $1 AND c.import_id = $2 AND c.line > r.first
        GROUP BY r.case_ref, r.first ORDER BY r.first`,
      [periodId, importId, MAX_REPORTED_PROBLEMS],
    );
    if (repeated.length > 0) {
      throw new ImportRejectedError(
        repeated.map((row) => ({ line: Number(row.second), column: 'case_ref', message: repeatedCaseMessage(row.case_ref, row.first) })),
      );
    }
  }

  private async refuseOverlappingMonths(manager: EntityManager, periodId: string, importId: string): Promise<void> {
    const overlap = await manager.query<{ month: string }[]>(
      `SELECT to_char(month, 'YYYY-MM') AS month FROM monthly_total
        WHERE period_id = $1 GROUP BY month HAVING count(*) > 1 AND bool_or(import_id = $2) ORDER BY month LIMIT 5`,
      [periodId, importId],
    );
    if (overlap.length > 0) {
      throw new ConflictError(
        `the period already has totals for ${overlap.map((row) => row.month).join(', ')}; delete that import first or import into another period`,
      );
    }
  }

  /**
   * Per-case records from the events (methodology section 1): received = first event,
   * completed = last, started = the first `start` event or else the second event, touch time =
   * the sum of start->complete durations when the log has both, rework = an activity executed
   * more than once (executions: `complete` events, or events without a lifecycle, so that a
   * start and a complete of one activity are one execution),
   * variant = the activity sequence in timestamp order (file order, `line`, breaks ties).
   */
  private async deriveCases(manager: EntityManager, period: MeasurementPeriodEntity, importId: string): Promise<number> {
    const result = await manager.query<{ count: string }[]>(
      `WITH events AS (
         SELECT case_ref, activity, occurred_at, line, lifecycle,
                row_number() OVER (PARTITION BY case_ref ORDER BY occurred_at, line) AS position,
                CASE WHEN lower(lifecycle) = 'complete' THEN
                  lag(CASE WHEN lower(lifecycle) = 'start' THEN occurred_at END)
                    OVER (PARTITION BY case_ref, activity ORDER BY occurred_at, line)
                END AS started_activity_at,
                -- One execution of an activity: its completion, or an event without a lifecycle.
                (lifecycle IS NULL OR lower(lifecycle) = 'complete') AS execution
           FROM log_event WHERE period_id = $1 AND import_id = $3
       ), inserted AS (
         INSERT INTO case_record (period_id, organization_id, import_id, line, case_ref, received_at, started_at,
                                  completed_at, handling_minutes, rework, variant)
         SELECT $1, $2, $3, min(line), case_ref, min(occurred_at),
                COALESCE(min(occurred_at) FILTER (WHERE lower(lifecycle) = 'start'), min(occurred_at) FILTER (WHERE position = 2)),
                max(occurred_at),
                round((sum(extract(epoch FROM occurred_at - started_activity_at)) / 60)::numeric, 2),
                CASE WHEN count(*) FILTER (WHERE execution) > count(DISTINCT activity) FILTER (WHERE execution) THEN 1 ELSE 0 END,
                string_agg(activity, E'\\x1f' ORDER BY occurred_at, line)
           FROM events GROUP BY case_ref
         RETURNING 1
       )
       SELECT count(*) FROM inserted`,
      [period.id, period.organizationId, importId],
    );
    return Number(result[0].count);
  }
}
