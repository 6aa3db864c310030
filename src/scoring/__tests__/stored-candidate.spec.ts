import type { FieldSelection } from '../../common/pagination/node-selection.js';
import { type CandidateRow, selectedColumns } from '../candidate-ranking.query.js';
import type { Candidate } from '../scoring.data.js';
import { storedCandidate, toCandidateType } from '../scoring.mapper.js';

const range = (p10: number, p50: number, p90: number) => ({ p10, p50, p90 });

/** A savings-2 score: standard errors and payback percentiles stored. */
const SCORE: CandidateRow = {
  process_id: '0c5e6a36-8f5e-4c0e-9d2c-3a1f7e0b6d11',
  process_name: 'Invoices',
  organization_id: '5b0a9a35-1e63-4f35-a0a4-2f4b8d1c7e22',
  category: 'INVOICE_PROCESSING' as CandidateRow['category'],
  department_id: null,
  status: 'ASSESSED' as CandidateRow['status'],
  automation_potential: '61.25',
  ease_of_implementation: '48.50',
  quadrant: 'STRATEGIC' as CandidateRow['quadrant'],
  candidate: true,
  not_candidate_reason: null,
  evidence_grade: 'CASE_SAMPLE' as CandidateRow['evidence_grade'],
  sample_size: 412,
  hours_saved_p10: '812.4',
  hours_saved_p50: '1034.7',
  hours_saved_p90: '1290.2',
  net_benefit_p10: '21034.55',
  net_benefit_p50: '30411.20',
  net_benefit_p90: '41230.90',
  npv_p10: '48211.10',
  npv_p50: '91230.45',
  npv_p90: '140023.80',
  probability_positive_npv: '0.9312',
  payback_months: '14.2',
  payback_p10: '9.8',
  payback_p50: '14.6',
  payback_p90: null,
  standard_errors: {
    hoursSaved: range(4.1, 3.2, 5.6),
    netAnnualBenefit: range(120.5, 98.1, 143.7),
    npv: range(402.2, 350.9, 611.3),
    relativeCostChange: null,
    paybackMonths: { p10: 0.11, p50: 0.09, p90: null },
    probabilityPositiveNpv: 0.0031,
  },
  warnings: ['few cases in the baseline'],
  explanation: 'Ranks by NPV',
  method_version: 'readiness-1+savings-2',
  computed_at: new Date('2026-12-01T10:00:00.000Z'),
  annual_volume: 5120,
  sort_key: '91230.45',
};
/** A savings-1 score: neither standard errors nor payback percentiles. */
const OLDER: CandidateRow = { ...SCORE, standard_errors: null, payback_p10: null, payback_p50: null, payback_p90: null };

const FIELDS = Object.keys(toCandidateType(SCORE, 1)) as (keyof Candidate)[];
const FIGURES = Object.keys(toCandidateType(SCORE, 1).display) as (keyof Candidate['display'])[];

/** The row as a page reads it for `selection`: only the columns selectedColumns names. */
function readFor(row: CandidateRow, selection: FieldSelection): CandidateRow {
  const columns = selectedColumns(selection);
  return Object.fromEntries(Object.entries(row).filter(([column]) => (columns as string[]).includes(column))) as unknown as CandidateRow;
}

/**
 * `value` read as GraphQL reads a node: each field the plain form has, through its getters
 * (a stored candidate's figures are made only when read).
 */
function readAs(plain: unknown, value: unknown): unknown {
  if (plain === null || typeof plain !== 'object' || plain instanceof Date || Array.isArray(plain)) return value;
  const object = value as Record<string, unknown>;
  return Object.fromEntries(Object.entries(plain).map(([key, below]) => [key, readAs(below, object[key])]));
}

const asked = (field: string, below: FieldSelection = new Map()): FieldSelection => new Map([[field, below]]);

describe.each([
  ['a savings-2 score', SCORE],
  ['a savings-1 score', OLDER],
])('a ranking node of %s', (_name, row) => {
  it.each(FIELDS.filter((field) => field !== 'display'))('reads %s from the columns selected for it alone, as the plain candidate has it', (field) => {
    const plain = toCandidateType(row, 7)[field];
    expect(readAs(plain, storedCandidate(readFor(row, asked(field)), 7)[field])).toEqual(plain);
  });

  it.each(FIGURES)('reads display.%s from the columns selected for it alone', (figure) => {
    const selection = asked('display', asked(figure));
    const plain = toCandidateType(row, 7).display[figure];
    expect(readAs(plain, storedCandidate(readFor(row, selection), 7).display[figure])).toEqual(plain);
  });

  it('reads all of it for a document asking every field', () => {
    const every: FieldSelection = new Map(FIELDS.map((field) => [field, field === 'display' ? new Map(FIGURES.map((figure) => [figure, new Map()])) : new Map()]));
    expect(selectedColumns(every)).toHaveLength(33);
    expect(toCandidateType(readFor(row, every), 7)).toEqual(toCandidateType(row, 7));
  });
});

describe('the columns a page reads', () => {
  it('are those behind the fields asked, and the process id its cursors carry', () => {
    expect(selectedColumns(asked('processName'))).toEqual(['process_id', 'process_name']);
    expect(selectedColumns(new Map([['rank', new Map()], ['display', asked('npv')]]))).toEqual(['process_id', 'npv_p10', 'npv_p50', 'npv_p90', 'standard_errors']);
  });
});

describe('a candidate for other features', () => {
  /** Plain objects all the way down: what a spread, JSON or a worker thread's clone keeps whole. */
  const isPlain = (value: unknown): boolean =>
    value === null || typeof value !== 'object' || value instanceof Date || Array.isArray(value)
      ? true
      : Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every(isPlain);

  it('is plain data, every figure made', () => {
    expect(isPlain(toCandidateType(SCORE, 1))).toBe(true);
    expect(isPlain(toCandidateType(OLDER, 1))).toBe(true);
  });
});

describe('display figures', () => {
  it('are rounded to their standard errors where stored, and raw where not', () => {
    expect(toCandidateType(SCORE, 1).display.npv).toEqual({ p10: 48200, p50: 91200, p90: 140000 });
    expect(toCandidateType(OLDER, 1).display.npv).toEqual({ p10: 48211.1, p50: 91230.45, p90: 140023.8 });
  });
});
