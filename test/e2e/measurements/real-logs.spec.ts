import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { createMeasurementFixture, type MeasurementFixture, upload } from '../../helpers/measurement-fixture.js';

/**
 * The two public event logs in shared/data, with figures published or computed independently
 * of this code (shared/data/README.md). A mismatch is a bug here, not in the data.
 */
const DATA = path.resolve('..', 'shared', 'data');
const HOURS_PER_DAY = 24;

const QUERY = `query ($process: ID!, $period: ID!) { baseline(processId: $process, periodId: $period) {
  grade cases events activities variants topVariantShare leadTime { n mean median } monthlySeries { month whole cases } } }`;

interface Figures {
  grade: string;
  cases: number;
  events: number;
  activities: number;
  variants: number;
  topVariantShare: number;
  leadTime: { n: number; mean: number; median: number };
  monthlySeries: { month: string; whole: boolean; cases: number }[];
}

describe('baseline figures of real public event logs', () => {
  let t: TestApp;
  let f: MeasurementFixture;

  beforeAll(async () => {
    t = await startTestApp();
    f = await createMeasurementFixture(t, '1465011');
  });

  afterAll(async () => {
    await t.close();
  });

  async function importAndRead(file: string, query: Record<string, string>): Promise<Figures> {
    const periodId = await f.createPeriod();
    const result = await upload(t, { periodId, ...query }, await readFile(path.join(DATA, file)), f.owner.token);
    expect(result.status).toBe(200);
    const response = await t.graphql<{ baseline: Figures }>(QUERY, { process: f.processId, period: periodId }, f.owner.token);
    return response.data!.baseline;
  }

  it('roadtraffic100traces.xes: 100 cases, 390 events, 10 activities, 10 variants', async () => {
    const figures = await importAndRead('roadtraffic100traces.xes', { format: 'xes' });
    expect(figures).toMatchObject({ grade: 'EVENT_LOG', cases: 100, events: 390, activities: 10, variants: 10 });
    expect(figures.topVariantShare).toBeCloseTo(0.36, 9);
    expect(figures.leadTime.n).toBe(100);
    expect(figures.leadTime.median / HOURS_PER_DAY).toBeCloseTo(253.0, 6);
    // 26,997,336 s published; in hours: 7499.26
    expect(figures.leadTime.mean * 3600).toBeCloseTo(26_997_336, 0);
    expect(figures.leadTime.mean / HOURS_PER_DAY).toBeCloseTo(312.4692, 4);
  });

  it('eventdataR_traffic_fines_10000cases.csv: 10 000 cases, 34 724 events, 11 activities, 44 variants', async () => {
    const figures = await importAndRead('eventdataR_traffic_fines_10000cases.csv', { format: 'event-csv' });
    expect(figures).toMatchObject({ grade: 'EVENT_LOG', cases: 10_000, events: 34_724, activities: 11, variants: 44 });
    expect(figures.leadTime.median / HOURS_PER_DAY).toBeCloseTo(125.0, 6);
    expect(figures.leadTime.mean / HOURS_PER_DAY).toBeCloseTo(296.14, 2);
    // The fixture's period runs 2000-2030; the cases were received from 17 June 2006 to 14 March 2009
    // (first event of each case, python3 csv): only the 32 months from July 2006 to February 2009 are
    // months of the data, and they hold every case but the 1 of June 2006 and the 4 of March 2009.
    const whole = figures.monthlySeries.filter((month) => month.whole);
    expect(figures.monthlySeries).toHaveLength(31 * 12);
    expect(whole.map((month) => month.month)).toEqual(
      Array.from({ length: 32 }, (_, index) => `${2006 + Math.floor((index + 6) / 12)}-${String(((index + 6) % 12) + 1).padStart(2, '0')}`),
    );
    expect(whole.reduce((sum, month) => sum + month.cases, 0)).toBe(10_000 - 1 - 4);
  });
});
