import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { reportConnectionErrors } from '../database/connection-errors.js';
import { InjectDataSource } from '@nestjs/typeorm';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { type YearOffsets, ZoneOffsets } from './domain/zone-offsets.js';

/**
 * A year of a zone's offsets from PostgreSQL's own rules: sampled every 15 minutes over the
 * year and two days either side, each change then placed to the second. Time zone rules are
 * not tenant data; the statement reads no table.
 */
const YEAR_OFFSETS = `
  WITH samples AS (
    SELECT t, extract(epoch FROM (t AT TIME ZONE $1) - (t AT TIME ZONE 'UTC'))::int AS offset_s
      FROM generate_series(make_timestamptz($2::int, 1, 1, 0, 0, 0, 'UTC') - interval '2 days',
                           make_timestamptz($2::int + 1, 1, 1, 0, 0, 0, 'UTC') + interval '2 days', interval '15 minutes') t
  ), changes AS (
    SELECT t, offset_s, lag(offset_s) OVER (ORDER BY t) AS before_s FROM samples
  )
  SELECT NULL::bigint AS at, offset_s FROM (SELECT offset_s FROM samples ORDER BY t LIMIT 1) first
  UNION ALL
  SELECT extract(epoch FROM min(s))::bigint, c.offset_s
    FROM changes c
    CROSS JOIN LATERAL generate_series(c.t - interval '899 seconds', c.t, interval '1 second') s
   WHERE c.offset_s <> c.before_s
     AND extract(epoch FROM (s AT TIME ZONE $1) - (s AT TIME ZONE 'UTC'))::int = c.offset_s
   GROUP BY c.t, c.offset_s`;

/**
 * Each zone's offsets, read a year at a time when an import first needs that year and kept for
 * the life of the process (rules change only with the database's time zone data, on upgrade).
 * Imports accept years 1900-2100 (and read the years either side), so a zone costs at most 203 such reads.
 *
 * The reads go through a connection of their own: an import asks mid-COPY, while it holds one
 * of the application pool's connections, and ten imports doing so at once would otherwise wait
 * for an eleventh forever.
 */
@Injectable()
export class ZoneOffsetsLoader implements OnModuleDestroy {
  private readonly zones = new Map<string, ZoneOffsets>();
  private readonly loading = new Map<string, Promise<void>>();
  private readonly pool: pg.Pool;
  private readonly logger = new Logger(ZoneOffsetsLoader.name);

  constructor(@InjectDataSource() dataSource: DataSource) {
    const { options } = dataSource.driver as PostgresDriver;
    this.pool = new pg.Pool({ connectionString: options.url, max: 1, application_name: 'rpa-readiness time zones' });
    reportConnectionErrors(this.pool, (error) => this.logger.warn(`the time zone connection was closed by the database (${error.message}); the next import opens another`));
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.end();
  }

  /** The zone's offsets, with these years loaded. */
  async offsets(zone: string, years: Iterable<number>): Promise<ZoneOffsets> {
    let offsets = this.zones.get(zone);
    if (!offsets) {
      offsets = new ZoneOffsets(zone);
      this.zones.set(zone, offsets);
    }
    for (const year of years) if (!offsets.has(year)) await this.load(offsets, year);
    return offsets;
  }

  private load(offsets: ZoneOffsets, year: number): Promise<void> {
    const key = `${offsets.zone}\n${year}`;
    let pending = this.loading.get(key);
    if (!pending) {
      pending = this.read(offsets.zone, year).then(
        (read) => {
          offsets.add(read);
          this.loading.delete(key);
        },
        (error: unknown) => {
          this.loading.delete(key);
          throw error;
        },
      );
      this.loading.set(key, pending);
    }
    return pending;
  }

  private async read(zone: string, year: number): Promise<YearOffsets> {
    const { rows } = await this.pool.query<{ at: string | null; offset_s: number }>(YEAR_OFFSETS, [zone, year]);
    const first = rows.find((row) => row.at === null);
    if (!first) throw new Error(`no offset of ${zone} in ${year}`);
    return {
      year,
      firstOffset: first.offset_s,
      transitions: rows.filter((row) => row.at !== null).map((row) => ({ at: Number(row.at), offset: row.offset_s })).sort((a, b) => a.at - b.at),
    };
  }
}
