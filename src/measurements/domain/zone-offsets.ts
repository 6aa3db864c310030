import { MICROS_PER_DAY, MICROS_PER_SECOND, monthOfMicros, yearOfMicros } from './calendar.js';

/**
 * A time zone's UTC offsets, year by year, as PostgreSQL's own time zone rules give them
 * (ZoneOffsetsLoader reads them from the database): what lets an import turn an office-local
 * date-time into the instant PostgreSQL would store, and an instant into the office's calendar
 * month and day, without asking the database row by row. Times are microseconds since
 * 1970-01-01 (UTC for instants, the clock's reading as if it were UTC for wall times): exact
 * in a double for every year an import accepts.
 */

/** A year's offsets: the one in force when its span starts, and each change within it. */
export interface YearOffsets {
  year: number;
  /** Offset in seconds at the start of the span (two days before 1 January, UTC). */
  firstOffset: number;
  /** Instants (seconds since 1970) at which the offset changes, ascending, with the new offset. */
  transitions: { at: number; offset: number }[];
}

export class ZoneOffsets {
  private readonly years = new Map<number, YearOffsets>();

  constructor(readonly zone: string) {}

  has(year: number): boolean {
    return this.years.has(year);
  }

  add(offsets: YearOffsets): void {
    this.years.set(offsets.year, offsets);
  }

  private yearOf(micros: number): YearOffsets {
    const year = yearOfMicros(micros);
    const offsets = this.years.get(year);
    if (!offsets) throw new Error(`offsets of ${this.zone} in ${year} were not loaded`);
    return offsets;
  }

  /** The offset in seconds in force at an instant. */
  offsetAt(instant: number): number {
    const { firstOffset, transitions } = this.yearOf(instant);
    let offset = firstOffset;
    for (const transition of transitions) {
      if (instant < transition.at * MICROS_PER_SECOND) break;
      offset = transition.offset;
    }
    return offset;
  }

  /** The local clock's reading at an instant (as if it were UTC). */
  wallOf(instant: number): number {
    return instant + this.offsetAt(instant) * MICROS_PER_SECOND;
  }

  /**
   * The instant of a local clock reading, as PostgreSQL reads a date-time without an offset:
   * a reading that does not exist (clocks put forward) is read with the offset before the
   * change, and one that exists twice (clocks put back) as the later of the two, with the
   * offset after the change (checked against PostgreSQL by test/e2e/measurements/streamed-figures.spec).
   */
  instantOf(wall: number): number {
    const { firstOffset, transitions } = this.yearOf(wall);
    let before = firstOffset;
    for (const transition of transitions) {
      const at = transition.at * MICROS_PER_SECOND;
      const after = transition.offset;
      if (wall < at + Math.min(before, after) * MICROS_PER_SECOND) return wall - before * MICROS_PER_SECOND;
      if (wall < at + Math.max(before, after) * MICROS_PER_SECOND) {
        // Put forward: the reading does not exist. Put back: it exists twice.
        return wall - (after > before ? before : after) * MICROS_PER_SECOND;
      }
      before = after;
    }
    return wall - before * MICROS_PER_SECOND;
  }

  /** The office's calendar day of an instant, as days since 1970-01-01. */
  localDay(instant: number): number {
    return Math.floor(this.wallOf(instant) / MICROS_PER_DAY);
  }

  /** The office's calendar month of an instant, as `year * 12 + month index`. */
  localMonth(instant: number): number {
    return monthOfMicros(this.wallOf(instant));
  }
}
