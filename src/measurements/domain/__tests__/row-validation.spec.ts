import { caseRecordCopyFields, type CaseRecordField } from '../case-record-row.js';
import { FORMATS, resolveHeader } from '../import-format.js';
import { monthlyTotalCopyFields } from '../monthly-total-row.js';
import { csvField, parseTimestamp, RowValidationError } from '../row-validation.js';
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

describe('parseTimestamp', () => {
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
    expect(parseTimestamp(text)).toBe(millis);
  });

  it.each(['2026-02-30', '2026-13-01', '30.02.2026', '02/03/2026', '2.3.2026', '02.03.26', '2026-03-02T25:00', '2026-03-02T10:61', 'yesterday', ''])('refuses %j', (text) => {
    expect(parseTimestamp(text)).toBeUndefined();
  });
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

describe('caseRecordCopyFields', () => {
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

  it('trims, keeps the order of the COPY columns and writes missing fields as null', () => {
    expect(caseRecordCopyFields(valid, 2, column)).toEqual([
      'FV/1',
      '2026-03-02T08:00:00+01:00',
      '2026-03-02T09:00:00+01:00',
      '2026-03-03T10:00:00+01:00',
      '7.5',
      '0',
      '',
      'KSeF',
    ]);
  });

  it('needs only the case reference', () => {
    expect(caseRecordCopyFields({ case_ref: 'X' }, 2, column)).toEqual(['X', '', '', '', '', '', '', '']);
  });

  it.each([
    [{ case_ref: '' }, 'case_ref', /required/],
    [{ handling_minutes: '-1' }, 'handling_minutes', /between 0 and/],
    [{ handling_minutes: '1e3' }, 'handling_minutes', /between 0 and/],
    [{ handling_minutes: '99999' }, 'handling_minutes', /between 0 and/],
    [{ errors: '1.5' }, 'errors', /whole number/],
    [{ rework: '-2' }, 'rework', /whole number/],
    [{ completed_at: '2026-03-01T10:00:00+01:00' }, 'completed_at', /completed before it was received/],
    [{ started_at: '2026-03-01T10:00:00+01:00' }, 'started_at', /started before/],
    [{ received_at: '2026-02-31' }, 'received_at', /not a date-time/],
  ])('refuses %j on %s', (change, field, message) => {
    const problem = problemOf(() => caseRecordCopyFields({ ...valid, ...change }, 17, (name) => `column ${name}`));
    expect(problem).toMatchObject({ line: 17, column: `column ${field}` });
    expect(problem.message).toMatch(message);
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
