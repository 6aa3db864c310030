import { Injectable } from '@nestjs/common';
import { createHash, type Hash } from 'node:crypto';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager } from 'typeorm';
import { AuditLogEntity } from '../audit/audit-log.entity.js';
import { authorize, ForbiddenError } from '../auth/access.js';
import { type Actor, can, memberScope } from '../auth/domain/actor.js';
import { Permission } from '../auth/domain/permissions.js';
import { ConflictError, DomainError, ErrorCode, type FieldError, NotFoundError } from '../common/errors/domain-error.js';
import { TenantDatabase } from '../common/tenancy/tenant-database.service.js';
import { isRecordId } from '../common/validation/uuid.js';
import { ProcessEntity } from '../processes/process.entity.js';
import { refreshBaseline } from './baseline.calculator.js';
import { caseRecordCopyFields } from './domain/case-record-row.js';
import { FORMATS, type FormatSpec } from './domain/import-format.js';
import { logEventCopyFields } from './domain/log-event-row.js';
import { monthlyTotalCopyFields } from './domain/monthly-total-row.js';
import { type RowProblem, RowValidationError } from './domain/row-validation.js';
import { EvidenceGrade, ImportFormat } from './measurement.enums.js';
import { MeasurementImportEntity } from './measurement-import.entity.js';
import { MeasurementPeriodEntity } from './measurement-period.entity.js';
import { csvRows, type SourceRow, xesRows } from './row-sources.js';

/** An import stops after this many bad rows: enough to fix a file, without reading it all twice. */
export const MAX_REPORTED_PROBLEMS = 10;
/** COPY data is sent in chunks of about this many characters. */
const COPY_CHUNK = 256 * 1024;

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

const ROW_ENCODERS: Record<FormatSpec['table'], (row: SourceRow) => string[]> = {
  case_record: (row) => caseRecordCopyFields(row.values, row.line, row.columnOf),
  monthly_total: (row) => monthlyTotalCopyFields(row.values, row.line, row.columnOf),
  log_event: (row) => logEventCopyFields(row.values, row.line, row.columnOf),
};

/** Hashes the bytes as received and inflates gzip (recognised by its magic bytes). */
async function* received(body: AsyncIterable<Buffer>, hash: Hash): AsyncGenerator<Buffer> {
  for await (const chunk of body) {
    hash.update(chunk);
    yield chunk;
  }
}

async function* decompressed(bytes: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const iterator = bytes[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  const rest: AsyncIterable<Buffer> = {
    [Symbol.asyncIterator]: () => iterator,
  };
  async function* all(): AsyncGenerator<Buffer> {
    yield first.value;
    yield* rest;
  }
  const isGzip = first.value.length >= 2 && first.value[0] === 0x1f && first.value[1] === 0x8b;
  if (!isGzip) {
    yield* all();
    return;
  }
  for await (const chunk of Readable.from(all()).pipe(createGunzip())) yield chunk as Buffer;
}

/**
 * Validated COPY lines. Bad rows are collected (not written) up to MAX_REPORTED_PROBLEMS,
 * then the import is refused with all of them; a structural error (header, XML) stops at once.
 */
async function* copyLines(rows: AsyncIterable<SourceRow>, encode: (row: SourceRow) => string[], prefix: string, problems: RowProblem[]): AsyncGenerator<string> {
  let chunk = '';
  for await (const row of rows) {
    try {
      const line = `${prefix}${encode(row).join('\t')}\n`;
      if (problems.length === 0) {
        chunk += line;
        if (chunk.length >= COPY_CHUNK) {
          yield chunk;
          chunk = '';
        }
      }
    } catch (error) {
      if (!(error instanceof RowValidationError)) throw error;
      problems.push(error.problem);
      if (problems.length >= MAX_REPORTED_PROBLEMS) return;
    }
  }
  if (chunk && problems.length === 0) yield chunk;
}

/**
 * Imports measurements into a period as one transaction: stream -> validate -> COPY, then
 * (event logs) derive cases, refresh the period's baseline and record the import in the audit
 * trail. Any failure rolls everything back.
 */
@Injectable()
export class MeasurementImporter {
  constructor(private readonly database: TenantDatabase) {}

  importStream(
    actor: Actor,
    request: ImportRequest & { format: Exclude<ImportFormat, ImportFormat.GRAPHQL> },
    body: AsyncIterable<Buffer>,
  ): Promise<ImportSummary> {
    const spec = FORMATS[request.format];
    const hash = createHash('sha256');
    const bytes = decompressed(received(body, hash));
    const rows = request.format === ImportFormat.XES ? xesRows(bytes) : csvRows(bytes, spec, request.mapping ?? {});
    return this.run(actor, request, spec, rows, () => hash.digest('hex'));
  }

  /** Rows already structured (GraphQL batches); the hash is over their canonical JSON. */
  importRows(actor: Actor, request: ImportRequest, spec: FormatSpec, rows: SourceRow[]): Promise<ImportSummary> {
    const hash = createHash('sha256').update(JSON.stringify(rows.map((row) => row.values))).digest('hex');
    return this.run(actor, request, spec, Readable.from(rows) as AsyncIterable<SourceRow>, () => hash);
  }

  private async run(
    actor: Actor,
    request: ImportRequest,
    spec: FormatSpec,
    rows: AsyncIterable<SourceRow>,
    contentHash: () => string,
  ): Promise<ImportSummary> {
    const started = performance.now();
    return this.database.run(memberScope(actor), async (manager) => {
      const period = await this.periodForOwner(manager, actor, request.periodId, request.processId);
      // Timestamps without an offset are the office's local time.
      await manager.query("SET LOCAL TimeZone = 'Europe/Warsaw'");
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

      const problems: RowProblem[] = [];
      const prefix = `${period.organizationId}\t${period.id}\t${record.id}\t`;
      let written: number;
      try {
        written = await this.copy(manager, spec, copyLines(rows, ROW_ENCODERS[spec.table], prefix, problems));
      } catch (error) {
        if (error instanceof RowValidationError) throw new ImportRejectedError([...problems, error.problem]);
        throw error;
      }
      if (problems.length > 0) throw new ImportRejectedError(problems);
      if (written === 0) {
        throw new ImportRejectedError([{ line: 1, column: '(file)', message: 'the file has no data rows' }]);
      }

      const hash = contentHash();
      const replacedImportId = await this.handleDuplicate(manager, period, hash, request.replace ?? false);
      if (spec.table === 'monthly_total') await this.refuseOverlappingMonths(manager, period.id, record.id);
      const cases = spec.table === 'log_event' ? await this.deriveCases(manager, period, record.id) : spec.table === 'case_record' ? written : 0;
      await manager.update(MeasurementImportEntity, { id: record.id }, { contentHash: hash, rowCount: written });

      const refreshStarted = performance.now();
      await refreshBaseline(manager, period);
      const refreshSeconds = (performance.now() - refreshStarted) / 1000;

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
    if (process.ownerUserId !== actor.userId || !can(actor, process.organizationId, Permission.EDIT_OWN_PROCESS)) {
      authorize(actor, process.organizationId, Permission.READ_INVENTORY);
      throw new ForbiddenError("only the process's owner can import its measurements");
    }
    return period;
  }

  /**
   * COPY into the measurement table as rpa_importer: PostgreSQL refuses COPY into a table under
   * row-level security, so the role switch lasts for the COPY alone, and a statement trigger
   * checks that every row belongs to this transaction's organizations.
   */
  private async copy(manager: EntityManager, spec: FormatSpec, lines: AsyncIterable<string>): Promise<number> {
    const client = (await manager.queryRunner!.connect()) as pg.PoolClient;
    await client.query('SET LOCAL ROLE rpa_importer');
    const stream = client.query(
      copyFrom(`COPY ${spec.table} (organization_id, period_id, import_id, ${spec.fields.join(', ')}) FROM STDIN`),
    );
    const finished = once(stream, 'finish');
    try {
      for await (const chunk of lines) {
        if (!stream.write(chunk)) await once(stream, 'drain');
      }
      stream.end();
      await finished;
    } catch (error) {
      stream.destroy(error instanceof Error ? error : new Error(String(error)));
      await finished.catch(() => undefined);
      throw error;
    }
    await client.query('RESET ROLE');
    return stream.rowCount;
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
    for (const table of ['case_record', 'log_event', 'monthly_total']) {
      await manager.query(`DELETE FROM ${table} WHERE period_id = $1 AND import_id = $2`, [period.id, earlier.id]);
    }
    await manager.delete(MeasurementImportEntity, { id: earlier.id });
    return earlier.id;
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
   * the sum of start->complete durations when the log has both, rework = an activity repeated,
   * variant = the activity sequence in timestamp order (file order breaks ties).
   */
  private async deriveCases(manager: EntityManager, period: MeasurementPeriodEntity, importId: string): Promise<number> {
    const result = await manager.query<{ count: string }[]>(
      `WITH events AS (
         SELECT case_ref, activity, occurred_at, id, lifecycle,
                row_number() OVER (PARTITION BY case_ref ORDER BY occurred_at, id) AS position,
                CASE WHEN lower(lifecycle) = 'complete' THEN
                  lag(CASE WHEN lower(lifecycle) = 'start' THEN occurred_at END)
                    OVER (PARTITION BY case_ref, activity ORDER BY occurred_at, id)
                END AS started_activity_at
           FROM log_event WHERE period_id = $1 AND import_id = $3
       ), inserted AS (
         INSERT INTO case_record (period_id, organization_id, import_id, case_ref, received_at, started_at,
                                  completed_at, handling_minutes, rework, variant)
         SELECT $1, $2, $3, case_ref, min(occurred_at),
                COALESCE(min(occurred_at) FILTER (WHERE lower(lifecycle) = 'start'), min(occurred_at) FILTER (WHERE position = 2)),
                max(occurred_at),
                round((sum(extract(epoch FROM occurred_at - started_activity_at)) / 60)::numeric, 2),
                CASE WHEN count(*) > count(DISTINCT activity) THEN 1 ELSE 0 END,
                string_agg(activity, E'\\x1f' ORDER BY occurred_at, id)
           FROM events GROUP BY case_ref
         RETURNING 1
       )
       SELECT count(*) FROM inserted`,
      [period.id, period.organizationId, importId],
    );
    return Number(result[0].count);
  }
}
