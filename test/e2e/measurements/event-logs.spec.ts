import { gzipSync } from 'node:zlib';
import { createMeasurementFixture, type MeasurementFixture, upload } from '../../helpers/measurement-fixture.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

const FIGURES = `query ($process: ID!, $period: ID!) { baseline(processId: $process, periodId: $period) {
  cases events activities firstReceivedAt lastReceivedAt coveredDays months variants topVariantShare
  touchTime { n mean median p90 } leadTime { n mean sd median p90 } reactionTime { n mean median p90 }
  reworkRate { n count rate } } }`;

interface Event {
  caseId: string;
  activity: string;
  time: string;
  lifecycle: string;
}

/** Cases across the end of summer time (2025-10-26 in Poland), timestamps without an offset. */
const EVENTS: Event[] = [
  { caseId: 'A', activity: 'Register', time: '2025-10-25T08:00:00', lifecycle: 'start' },
  { caseId: 'A', activity: 'Register', time: '2025-10-25T08:20:00', lifecycle: 'complete' },
  { caseId: 'A', activity: 'Decide', time: '2025-10-27T09:00:00', lifecycle: 'start' },
  { caseId: 'A', activity: 'Decide', time: '2025-10-27T09:30:00', lifecycle: 'complete' },
  { caseId: 'B', activity: 'Register', time: '2025-10-26T01:30:00', lifecycle: 'start' },
  { caseId: 'B', activity: 'Register', time: '2025-10-26T01:45:00', lifecycle: 'complete' },
  { caseId: 'B', activity: 'Decide', time: '2025-10-30T10:00:00', lifecycle: 'start' },
  { caseId: 'B', activity: 'Decide', time: '2025-10-30T10:05:00', lifecycle: 'complete' },
  { caseId: 'B', activity: 'Decide', time: '2025-10-31T11:00:00', lifecycle: 'start' },
  { caseId: 'B', activity: 'Decide', time: '2025-10-31T11:10:00', lifecycle: 'complete' },
  { caseId: 'C', activity: 'Register', time: '2025-11-03T12:00:00', lifecycle: 'start' },
  { caseId: 'C', activity: 'Register', time: '2025-11-03T12:15:00', lifecycle: 'complete' },
];

function asXes(events: Event[]): string {
  const traces = [...new Set(events.map((event) => event.caseId))].map((caseId) => {
    const body = events
      .filter((event) => event.caseId === caseId)
      .map(
        (event) =>
          `<event><string key="concept:name" value="${event.activity}"/><string key="lifecycle:transition" value="${event.lifecycle}"/><date key="time:timestamp" value="${event.time}"/></event>`,
      )
      .join('');
    return `<trace><string key="concept:name" value="${caseId}"/>${body}</trace>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<log xes.version="1.0">\n${traces.join('\n')}\n</log>\n`;
}

function asCsv(events: Event[]): string {
  return `case_ref,activity,occurred_at,lifecycle\n${events.map((event) => `${event.caseId},${event.activity},${event.time},${event.lifecycle}`).join('\n')}\n`;
}

describe('event logs read the same way whatever their format and the server time zone', () => {
  let t: TestApp;
  let f: MeasurementFixture;
  const serverTimeZone = process.env.TZ;

  beforeAll(async () => {
    t = await startTestApp({ IMPORTS_PER_MINUTE: '1000' });
    f = await createMeasurementFixture(t, '1465011');
  });

  afterAll(async () => {
    process.env.TZ = serverTimeZone;
    await t.close();
  });

  async function figuresOf(body: string | Buffer, format: string): Promise<Record<string, unknown>> {
    const periodId = await f.createPeriod();
    const result = await upload(t, { periodId, format }, body, f.owner.token);
    expect(result.status).toBe(200);
    const response = await t.graphql<{ baseline: Record<string, unknown> }>(FIGURES, { process: f.processId, period: periodId }, f.owner.token);
    return response.data!.baseline;
  }

  it.each(['UTC', 'Asia/Tokyo'])('gives identical figures for the same events as XES and as CSV with the server in %s', async (timeZone) => {
    process.env.TZ = timeZone;
    const xes = await figuresOf(asXes(EVENTS), 'xes');
    const csv = await figuresOf(asCsv(EVENTS), 'event-csv');
    expect(xes).toEqual(csv);
    // Warsaw: 08:00 CEST (UTC+2) on 25 October; 12:00 CET (UTC+1) on 3 November.
    expect(csv).toMatchObject({ cases: 3, firstReceivedAt: '2025-10-25T06:00:00.000Z', lastReceivedAt: '2025-11-03T11:00:00.000Z' });
    // Case A: 2025-10-25 08:00 CEST (06:00Z) to 2025-10-27 09:30 CET (08:30Z) = 50.5 h, the
    // median of A (50.5 h), B (130.67 h) and C (0.25 h).
    expect(csv.leadTime).toMatchObject({ n: 3, median: 50.5 });
  });

  it('counts a start and a complete of one activity as one execution: rework only for a repeated completion', async () => {
    const figures = await figuresOf(asCsv(EVENTS), 'event-csv');
    // B decides twice; A and C execute each activity once (start + complete).
    expect(figures.reworkRate).toEqual({ n: 3, count: 1, rate: 1 / 3 });
  });

  it('reads date-times without an offset in the organization\'s own time zone', async () => {
    await t.owner.query("UPDATE organization SET time_zone = 'America/New_York' WHERE id = $1", [f.organizationId]);
    try {
      const figures = await figuresOf(asXes(EVENTS), 'xes');
      // New York: 08:00 EDT (UTC-4) on 25 October.
      expect(figures.firstReceivedAt).toBe('2025-10-25T12:00:00.000Z');
    } finally {
      await t.owner.query("UPDATE organization SET time_zone = 'Europe/Warsaw' WHERE id = $1", [f.organizationId]);
    }
  });

  it('reports a truncated .xes.gz as a damaged file, not as an XML error', async () => {
    const periodId = await f.createPeriod();
    const compressed = gzipSync(asXes(EVENTS));
    const result = await upload(t, { periodId, format: 'xes' }, compressed.subarray(0, compressed.length - 10), f.owner.token);
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0].message).toMatch(/cannot be decompressed: it is damaged or truncated/);
    expect(result.body.errors?.[0].extensions.fields?.[0].path).toBe('file');
  });
});
