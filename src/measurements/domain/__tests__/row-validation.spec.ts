import { caseOrderProblem, type CaseRecordField, readCaseRecord } from '../case-record-row.js';
import { FORMATS, resolveHeader } from '../import-format.js';
import { monthlyTotalCopyFields } from '../monthly-total-row.js';
import { csvField, parseNonNegativeDecimal, readHundredths, readTimestamp, RowValidationError } from '../row-validation.js';
import { ImportFormat } from '../measurement.enums.js';

const column = (field: string) => field;

function problemOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof RowValidationError) return error.problem;
    throw error;
  }
  throw new Error('expected a RowValidationError');
}

describe('readTimestamp: what it accepts', () => {
  it.each([
    ['2026-03-02T09:15:00+01:00', Date.UTC(2026, 2, 2, 8, 15)],
    ['2026-03-02T09:15:00Z', Date.UTC(2026, 2, 2, 9, 15)],
    ['2026-03-02 09:15', Date.UTC(2026, 2, 2, 9, 15)],
    ['2026-03-02T09:15:00.123+0100', Date.UTC(2026, 2, 2, 8, 15, 0, 123)],
    ['2026-03-02T09:15:00+01', Date.UTC(2026, 2, 2, 8, 15)],
    ['2026-03-02', Date.UTC(2026, 2, 2)],
    // Day first with dots, as Polish offices write dates.
    ['02.03.2026', Date.UTC(2026, 2, 2)],
    ['02.03.2026 09:15', Date.UTC(2026, 2, 2, 9, 15)],
    ['02.03.2026 9:15:30', Date.UTC(2026, 2, 2, 9, 15, 30)],
  ])('reads %s', (text, millis) => {
    expect(readTimestamp(text)?.micros).toBe(millis * 1000);
  });

  it.each(['2026-03-02 09:15:5', '2026-03-02T09:15:', '2026-03-02T09:15:00.', '1899-12-31', '2101-01-01T00:00Z', '2026-02-30', '2026-13-01', '30.02.2026', '02/03/2026', '2.3.2026', '02.03.26', '2026-03-02T25:00', '2026-03-02T10:61', 'yesterday', ''])('refuses %j', (text) => {
    expect(readTimestamp(text)).toBeUndefined();
  });
});

describe('readTimestamp', () => {
  it('tells an instant (with an offset) from an office clock reading (without one), in microseconds', () => {
    expect(readTimestamp('2026-03-02T09:15:00+01:00')).toEqual({ micros: Date.UTC(2026, 2, 2, 8, 15) * 1000, local: false });
    expect(readTimestamp('02.03.2026 09:15')).toEqual({ micros: Date.UTC(2026, 2, 2, 9, 15) * 1000, local: true });
  });

  it.each([
    ['2026-03-02T09:15:00.1234564Z', 123456],
    ['2026-03-02T09:15:00.1234565Z', 123456],
    ['2026-03-02T09:15:00.1234575Z', 123458],
    ['2026-03-02T09:15:00.0000005Z', 0],
    ['2026-03-02T09:15:00.9999996Z', 1_000_000],
  ])('rounds the fraction of %s to the microsecond, halves to even as PostgreSQL does', (text, micros) => {
    expect(readTimestamp(text)!.micros - Date.UTC(2026, 2, 2, 9, 15) * 1000).toBe(micros);
  });
});

describe('readHundredths', () => {
  it.each([
    ['7.5', 750],
    ['7,5', 750],
    ['12', 1200],
    ['0.005', 1],
    ['0.0049', 0],
    ['12.345', 1235],
    ['12.3449', 1234],
    ['14400.00', 1_440_000],
  ])('reads %s as numeric(12,2) stores it', (text, value) => {
    expect(readHundredths(text, 14_400)).toBe(value);
  });

  it.each(['-0', '-0.00', '0', '1e3', '-1', '-0.01', '14400', '14400.001', '14401', '12.', '.5', '1.2.3', '', '12a', '1,5', '0099.50'])(
    'accepts %j exactly when parseNonNegativeDecimal does',
    (text) => {
      expect(readHundredths(text, 14_400) !== undefined).toBe(parseNonNegativeDecimal(text, 14_400) !== undefined);
    },
  );
});

describe('csvField', () => {
  it('quotes what CSV treats specially, doubles quotes and writes null as an empty field', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('back\\slash\ttab')).toBe('back\\slash\ttab');
    expect(csvField(null)).toBe('');
    expect(csvField('Zażółć')).toBe('Zażółć');
  });
});

describe('readCaseRecord', () => {
  const valid: Partial<Record<CaseRecordField, string>> = {
    case_ref: ' FV/1 ',
    received_at: '2026-03-02T08:00:00+01:00',
    started_at: '2026-03-02T09:00:00+01:00',
    completed_at: '2026-03-03T10:00:00+01:00',
    handling_minutes: '7.5',
    errors: '0',
    rework: '',
    channel: 'KSeF',
  };

  it('trims, reads every value and leaves missing fields empty', () => {
    expect(readCaseRecord(valid, 2, column)).toEqual({
      caseRef: 'FV/1',
      received: { micros: Date.UTC(2026, 2, 2, 7) * 1000, local: false },
      started: { micros: Date.UTC(2026, 2, 2, 8) * 1000, local: false },
      completed: { micros: Date.UTC(2026, 2, 3, 9) * 1000, local: false },
      handlingHundredths: 750,
      errors: 0,
      rework: null,
      channel: 'KSeF',
    });
  });

  it('needs only the case reference', () => {
    expect(readCaseRecord({ case_ref: 'X' }, 2, column)).toEqual({
      caseRef: 'X',
      received: undefined,
      started: undefined,
      completed: undefined,
      handlingHundredths: null,
      errors: null,
      rework: null,
      channel: null,
    });
  });

  it.each([
    [{ case_ref: '' }, 'case_ref', /required/],
    [{ handling_minutes: '-1' }, 'handling_minutes', /between 0 and/],
    [{ handling_minutes: '1e3' }, 'handling_minutes', /between 0 and/],
    [{ handling_minutes: '99999' }, 'handling_minutes', /between 0 and/],
    [{ errors: '1.5' }, 'errors', /whole number/],
    [{ rework: '-2' }, 'rework', /whole number/],
    [{ received_at: '2026-02-31' }, 'received_at', /not a date-time/],
    [{ received_at: '1890-01-01' }, 'received_at', /between 1900 and 2100/],
  ])('refuses %j on %s', (change, field, message) => {
    const problem = problemOf(() => readCaseRecord({ ...valid, ...change }, 17, (name) => `column ${name}`));
    expect(problem).toMatchObject({ line: 17, column: `column ${field}` });
    expect(problem.message).toMatch(message);
  });
});

describe('caseOrderProblem', () => {
  it('judges the order by the instants: received, started, completed', () => {
    expect(caseOrderProblem(10, 20, 30)).toBeNull();
    expect(caseOrderProblem(10, undefined, 5)).toEqual({ field: 'completed_at', message: 'completed before it was received' });
    expect(caseOrderProblem(10, 5, undefined)).toEqual({ field: 'started_at', message: 'started before it was received' });
    expect(caseOrderProblem(undefined, 20, 15)).toEqual({ field: 'completed_at', message: 'completed before it was started' });
    expect(caseOrderProblem(undefined, undefined, undefined)).toBeNull();
  });
});

describe('monthlyTotalCopyFields', () => {
  it('normalises the month to its first day', () => {
    expect(monthlyTotalCopyFields({ month: '2026-03', cases: '120', handling_minutes: '1080', cases_with_errors: '4' }, 2, column)).toEqual([
      '2026-03-01',
      '120',
      '1080',
      '4',
    ]);
  });

  it('refuses more cases with errors than cases', () => {
    expect(problemOf(() => monthlyTotalCopyFields({ month: '2026-03', cases: '3', cases_with_errors: '4' }, 5, column)).column).toBe(
      'cases_with_errors',
    );
  });
});

describe('resolveHeader', () => {
  it('maps columns through the mapping, then aliases, then their own names', () => {
    const spec = FORMATS[ImportFormat.EVENT_CSV];
    expect(resolveHeader(['case_id', 'Activity', 'amount', 'when'], spec, { when: 'occurred_at' })).toEqual([
      'case_ref',
      'activity',
      null,
      'occurred_at',
    ]);
  });

  it('refuses unknown columns of a case file, missing required ones and doubles', () => {
    const spec = FORMATS[ImportFormat.CASE_CSV];
    expect(problemOf(() => resolveHeader(['case_ref', 'colour'], spec, {}))).toMatchObject({ line: 1, column: 'colour' });
    expect(problemOf(() => resolveHeader(['handling_minutes'], spec, {}))).toMatchObject({ column: 'case_ref' });
    expect(problemOf(() => resolveHeader(['case_ref', 'case_id'], spec, {}))).toMatchObject({ column: 'case_id' });
    expect(problemOf(() => resolveHeader(['case_ref'], spec, { nr: 'case_ref' }))).toMatchObject({ column: 'nr' });
  });
});
