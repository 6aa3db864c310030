import { quantilesInPlace } from '../../statistics/index.js';
import {
  annualVolume,
  type BaselineFigures,
  type MonthTally,
  monthlySeries,
  coveredDayCount,
  coverageFlags,
  type DurationAggregate,
  fieldCoverage,
  SMALL_SAMPLE,
  summarizeDuration,
  summarizeRate,
} from './baseline-figures.js';
import { EvidenceGrade } from './measurement.enums.js';

/** The office's calendar of an instant (microseconds since 1970), as its time zone gives it. */
export interface OfficeCalendar {
  /** Days since 1970-01-01 of the office's date. */
  localDay(instant: number): number;
  /** `year * 12 + month index` of the office's month. */
  localMonth(instant: number): number;
}

/** One case as stored: instants in microseconds since 1970, handling time in hundredths of a minute. */
export interface CaseValues {
  received: number | undefined;
  started: number | undefined;
  completed: number | undefined;
  handlingHundredths: number | null;
  errors: number | null;
  rework: number | null;
}

const MICROS_PER_DAY = 86_400_000_000;

/**
 * An interval's seconds as PostgreSQL's date_part('epoch', later - earlier) gives them: the
 * difference is justified into whole days and a time part, and the float is time / 1e6 plus
 * days * 86 400.
 */
function epochSeconds(differenceMicros: number): number {
  const days = Math.trunc(differenceMicros / MICROS_PER_DAY);
  const time = differenceMicros - days * MICROS_PER_DAY;
  return time / 1_000_000 + days * 86_400;
}

/**
 * PostgreSQL's float8 aggregate state (float8_accum, Youngs and Cramer): count, sum and sum of
 * squared deviations updated in the order the rows are read, so avg() and stddev_samp() come
 * out as the database computes them over the same rows in the same order.
 */
class FloatAccumulator {
  private n = 0;
  private sum = 0;
  private squares = 0;
  private values = new Float64Array(1024);

  add(value: number): void {
    const previous = this.n;
    this.n += 1;
    this.sum += value;
    if (previous > 0) {
      const deviation = value * this.n - this.sum;
      this.squares += (deviation * deviation) / (this.n * previous);
    }
    if (previous === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[previous] = value;
  }

  /** n, mean, sd (n - 1), and the median and 90th percentile as percentile_cont gives them. */
  aggregate(): DurationAggregate {
    const n = this.n;
    if (n === 0) return { n, mean: null, sd: null, median: null, p90: null };
    const inOrder = this.values.subarray(0, n);
    // The few values a bootstrap needs, in the order the file gave them.
    const values = n < SMALL_SAMPLE ? Array.from(inOrder) : undefined;
    // Selected in place: the order was needed only for those few values.
    const [median, p90] = quantilesInPlace(inOrder, [0.5, 0.9]);
    return {
      n,
      mean: this.sum / n,
      sd: n > 1 ? Math.sqrt(this.squares / (n - 1)) : null,
      median,
      p90,
      ...(values ? { values } : {}),
    };
  }
}

/**
 * A case import's baseline figures (methodology section 2) computed while its rows stream in,
 * with the definitions of the SQL that computes them from stored rows (baseline.calculator):
 * durations kept in typed arrays, quantiles exact by selection, months and days in the office's
 * time zone. For a period holding this one import of case records.
 */
export class CaseFiguresAccumulator {
  private cases = 0;
  private firstReceived: number | undefined;
  private lastReceived: number | undefined;
  private readonly present = { received_at: 0, started_at: 0, completed_at: 0, handling_minutes: 0, errors: 0, rework: 0 };
  private errorCases = 0;
  private reworkCases = 0;
  private readonly touch = new FloatAccumulator();
  private readonly lead = new FloatAccumulator();
  private readonly reaction = new FloatAccumulator();
  /** Cases by the office's month of receipt: at most one entry per month of the years read. */
  private readonly months = new Map<number, MonthTally>();
  /** The month of the last case and what its cases add up to, not yet in `months` (files run mostly in date order). */
  private currentMonth = Number.NaN;
  private current: MonthTally = { cases: 0, handlingN: 0, handlingHundredths: 0 };

  constructor(private readonly calendar: OfficeCalendar) {}

  add(row: CaseValues): void {
    this.cases += 1;
    const { received, started, completed } = row;
    if (received !== undefined) {
      this.present.received_at += 1;
      if (this.firstReceived === undefined || received < this.firstReceived) this.firstReceived = received;
      if (this.lastReceived === undefined || received > this.lastReceived) this.lastReceived = received;
      const month = this.calendar.localMonth(received);
      if (month !== this.currentMonth) {
        this.flushMonth();
        this.currentMonth = month;
      }
      this.current.cases += 1;
      if (row.handlingHundredths !== null) {
        this.current.handlingN += 1;
        this.current.handlingHundredths += row.handlingHundredths;
      }
    }
    if (started !== undefined) this.present.started_at += 1;
    if (completed !== undefined) this.present.completed_at += 1;
    if (row.handlingHundredths !== null) {
      this.present.handling_minutes += 1;
      // numeric(12,2)::float8: the nearest double to the stored decimal, which the division gives.
      this.touch.add(row.handlingHundredths / 100);
    }
    if (row.errors !== null) {
      this.present.errors += 1;
      if (row.errors > 0) this.errorCases += 1;
    }
    if (row.rework !== null) {
      this.present.rework += 1;
      if (row.rework > 0) this.reworkCases += 1;
    }
    if (received !== undefined && completed !== undefined) this.lead.add(epochSeconds(completed - received) / 3600);
    if (received !== undefined && started !== undefined) this.reaction.add(epochSeconds(started - received) / 3600);
  }

  private flushMonth(): void {
    if (this.current.cases === 0) return;
    const known = this.months.get(this.currentMonth);
    if (known) {
      known.cases += this.current.cases;
      known.handlingN += this.current.handlingN;
      known.handlingHundredths += this.current.handlingHundredths;
    } else this.months.set(this.currentMonth, this.current);
    this.current = { cases: 0, handlingN: 0, handlingHundredths: 0 };
  }

  /** The figures, as the SQL gives them for a period (its first and last day) whose only import these rows are. */
  figures(period: { startsOn: string; endsOn: string }): BaselineFigures {
    this.flushMonth();
    const coverage = fieldCoverage(this.present, this.cases);
    const covered =
      this.firstReceived === undefined || this.lastReceived === undefined
        ? null
        : { first: this.calendar.localDay(this.firstReceived), last: this.calendar.localDay(this.lastReceived) };
    const coveredDays = coveredDayCount(covered);
    const monthly = meanAndSd([...this.months.entries()].sort((a, b) => a[0] - b[0]).map(([, tally]) => tally.cases));
    return {
      grade: EvidenceGrade.CASE_SAMPLE,
      cases: this.cases,
      events: null,
      activities: null,
      firstReceivedAt: asDriverReadsIt(this.firstReceived),
      lastReceivedAt: asDriverReadsIt(this.lastReceived),
      coveredDays,
      annualVolume: annualVolume(this.cases, coveredDays),
      months: this.months.size,
      monthlyVolumeMean: monthly.mean,
      monthlyVolumeSd: monthly.sd,
      touchTime: summarizeDuration('MINUTES', this.touch.aggregate()),
      leadTime: summarizeDuration('HOURS', this.lead.aggregate()),
      reactionTime: summarizeDuration('HOURS', this.reaction.aggregate()),
      errorRate: summarizeRate(this.errorCases, this.present.errors),
      reworkRate: summarizeRate(this.reworkCases, this.present.rework),
      variants: null,
      topVariantShare: null,
      coverage,
      flags: coverageFlags(coverage),
      monthlySeries: monthlySeries(period.startsOn, period.endsOn, this.months, covered),
    };
  }
}

/** Mean and sample standard deviation (n - 1) of a few values, in their order. */
export function meanAndSd(values: readonly number[]): { mean: number | null; sd: number | null } {
  if (values.length === 0) return { mean: null, sd: null };
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  if (values.length < 2) return { mean, sd: null };
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1);
  return { mean, sd: Math.sqrt(variance) };
}

/**
 * An instant as ISO text the way the SQL path stores it: node-postgres reads PostgreSQL's
 * printed fraction (microseconds, trailing zeros dropped) as 1000 * parseFloat and the Date
 * keeps the whole milliseconds of that.
 */
function asDriverReadsIt(instant: number | undefined): string | null {
  if (instant === undefined) return null;
  const seconds = Math.floor(instant / 1_000_000);
  const micros = instant - seconds * 1_000_000;
  const printed = String(micros).padStart(6, '0').replace(/0+$/, '');
  const milliseconds = printed === '' ? 0 : Math.trunc(1000 * Number.parseFloat(`.${printed}`));
  return new Date(seconds * 1000 + milliseconds).toISOString();
}
