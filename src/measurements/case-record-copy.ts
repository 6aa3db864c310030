import { Transform, type TransformCallback } from 'node:stream';
import { caseOrderProblem, readCaseRecord, repeatedCaseMessage } from './domain/case-record-row.js';
import { CaseFiguresAccumulator } from './domain/case-figures.js';
import { BinaryCopyWriter } from './domain/copy-binary.js';
import { type ReadTimestamp, type RowProblem, RowValidationError } from './domain/row-validation.js';
import { civilDays, MICROS_PER_DAY, yearOfMicros } from './domain/calendar.js';
import type { ZoneOffsets } from './domain/zone-offsets.js';
import type { RowBatch } from './row-sources.js';

/** COPY data is sent in chunks of about this many bytes. */
const COPY_CHUNK = 256 * 1024;
/** Fields of a case record row in COPY: its line, then CASE_RECORD_FIELDS. */
const FIELDS = 9;

/**
 * Validates case records, encodes them for COPY (FORMAT binary) and sums up their baseline
 * figures as they pass (CaseFiguresAccumulator). Office-local date-times become instants with
 * the office's time zone, whose offsets are loaded for each year the rows reach
 * (`offsetsFor`). Bad rows are collected (not written) up to `maxProblems`, then the stream fails
 * with `rejected(problems)`.
 */
export class CaseRecordBinaryEncoder extends Transform {
  readonly problems: RowProblem[] = [];
  private readonly writer = new BinaryCopyWriter();
  private figures: CaseFiguresAccumulator | undefined;

  /** The period's first instant and the one after its last day (office midnights), with the offsets that gave them. */
  private periodBounds: { from: number; until: number; offsets: ZoneOffsets } | undefined;
  private readonly outside = { count: 0, first: Number.POSITIVE_INFINITY, last: Number.NEGATIVE_INFINITY };
  /**
   * The last case read and the line it first appeared on in its run: a case repeated on the
   * next rows (a register's sorted export, or a compressed bomb of one row) is refused while
   * streaming; repeats further apart are found after COPY (MeasurementImporter).
   */
  private lastCase: { ref: string; line: number } | undefined;

  constructor(
    /** The period's first and last day (YYYY-MM-DD): cases dated outside them are counted. */
    private readonly period: { startsOn: string; endsOn: string },
    private readonly offsetsFor: (years: Iterable<number>) => Promise<ZoneOffsets>,
    private readonly maxProblems: number,
    private readonly rejected: (problems: RowProblem[]) => Error,
  ) {
    // Two batches waiting at most: rows held longer survive young-generation collections and
    // cost old-generation ones (measured on a million rows: 9.3 s -> 5.4 s, peak 370 -> 230 MB).
    super({ writableObjectMode: true, readableObjectMode: false, writableHighWaterMark: 2 });
    this.writer.header();
  }

  /**
   * Cases dated (by receipt, or without one by completion) before the period's first day or
   * after its last, in the office's time zone, with the office dates of the earliest and latest
   * of them: what MeasurementImporter.outsidePeriod asks the database for other kinds of rows.
   */
  outsidePeriod(): { count: number; first: string; last: string } | null {
    const bounds = this.periodBounds;
    if (this.outside.count === 0 || !bounds) return null;
    const day = (instant: number) => new Date(Math.floor(bounds.offsets.wallOf(instant) / 1000)).toISOString().slice(0, 10);
    return { count: this.outside.count, first: day(this.outside.first), last: day(this.outside.last) };
  }

  /** The rows' figures once the stream has ended. */
  summedFigures(): CaseFiguresAccumulator | undefined {
    return this.figures;
  }

  override _transform(batch: RowBatch, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.encode(batch).then(() => callback(), (error: unknown) => callback(error as Error));
  }

  private async encode(batch: RowBatch): Promise<void> {
    const records = [];
    for (const row of batch) {
      try {
        const record = readCaseRecord(row.values, row.line, row.columnOf);
        if (this.lastCase?.ref === record.caseRef) {
          throw new RowValidationError({ line: row.line, column: row.columnOf('case_ref'), message: repeatedCaseMessage(record.caseRef, this.lastCase.line) });
        }
        this.lastCase = { ref: record.caseRef, line: row.line };
        records.push({ row, record });
      } catch (error) {
        if (!(error instanceof RowValidationError)) throw error;
        this.problems.push(error.problem);
        if (this.problems.length >= this.maxProblems) throw this.rejected(this.problems);
      }
    }
    if (this.problems.length > 0) return;
    // The years whose offsets the batch needs: of the clock readings, and around each instant
    // (an instant's office date may fall in the next or previous year).
    const years = new Set<number>();
    const note = (read: ReadTimestamp | undefined) => {
      if (read !== undefined) years.add(yearOfMicros(read.micros));
    };
    for (const { record } of records) {
      note(record.received);
      note(record.started);
      note(record.completed);
    }
    if (!this.periodBounds) {
      for (const date of [this.period.startsOn, this.period.endsOn]) years.add(Number(date.slice(0, 4)));
    }
    const offsets = await this.offsetsFor([...years].flatMap((year) => [year - 1, year, year + 1]));
    if (!this.periodBounds) {
      const midnight = (date: string, plusDays: number) =>
        offsets.instantOf((civilDays(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))) + plusDays) * MICROS_PER_DAY);
      this.periodBounds = { from: midnight(this.period.startsOn, 0), until: midnight(this.period.endsOn, 1), offsets };
    }
    const { from, until } = this.periodBounds;
    this.figures ??= new CaseFiguresAccumulator(offsets);
    const instant = (read: ReadTimestamp | undefined) => (read === undefined ? undefined : read.local ? offsets.instantOf(read.micros) : read.micros);
    for (const { row, record } of records) {
      const received = instant(record.received);
      const started = instant(record.started);
      const completed = instant(record.completed);
      const disorder = caseOrderProblem(received, started, completed);
      if (disorder) {
        // Nothing more is written: the import is refused when the stream ends.
        this.problems.push({ line: row.line, column: row.columnOf(disorder.field), message: disorder.message });
        if (this.problems.length >= this.maxProblems) throw this.rejected(this.problems);
        continue;
      }
      if (this.problems.length > 0) continue;
      this.writer
        .row(FIELDS)
        .int4(row.line)
        .text(record.caseRef)
        .timestamp(received)
        .timestamp(started)
        .timestamp(completed)
        .hundredths(record.handlingHundredths)
        .int4(record.errors)
        .int4(record.rework)
        .text(record.channel);
      const dated = received ?? completed;
      if (dated !== undefined && (dated < from || dated >= until)) {
        this.outside.count += 1;
        if (dated < this.outside.first) this.outside.first = dated;
        if (dated > this.outside.last) this.outside.last = dated;
      }
      this.figures.add({ received, started, completed, handlingHundredths: record.handlingHundredths, errors: record.errors, rework: record.rework });
    }
    if (this.writer.size >= COPY_CHUNK) this.push(this.writer.take());
  }

  override _flush(callback: TransformCallback): void {
    if (this.problems.length > 0) {
      callback(this.rejected(this.problems));
      return;
    }
    this.push(this.writer.trailer().take());
    callback();
  }
}
