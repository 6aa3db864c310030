import pg from 'pg';
import { QueryFailedError } from 'typeorm';
import { ConflictError, DomainError, ErrorCode } from '../errors/domain-error.js';
import { codeForUncodedError, toGraphQLError, toHttpErrorResponse } from '../errors/graphql-error.formatter.js';

function uniqueViolation(constraint: string): QueryFailedError {
  return new QueryFailedError('INSERT ...', [], Object.assign(new Error('duplicate key'), { code: '23505', constraint }));
}

describe('toGraphQLError', () => {
  const logged: object[] = [];
  const options = (exposeInternals: boolean) => ({ exposeInternals, logger: { error: (details: object) => logged.push(details) } });

  it('copies the code and field paths of a domain error', () => {
    const error = toGraphQLError(new ConflictError('stale', [{ path: 'input.version', message: 'stale' }]), options(false));
    expect(error.extensions).toEqual({ code: 'CONFLICT', fields: [{ path: 'input.version', message: 'stale' }] });
  });

  it('maps a known unique violation to CONFLICT on the field', () => {
    const error = toGraphQLError(uniqueViolation('organization_teryt_code_key'), options(false));
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', fields: [{ path: 'input.terytCode' }] });
  });

  it('hides unexpected errors, including SQL, outside development and logs them', () => {
    logged.length = 0;
    const error = toGraphQLError(uniqueViolation('some_internal_key'), options(false));
    expect(error.message).toBe('Internal server error');
    expect(error.extensions).toEqual({ code: ErrorCode.INTERNAL_SERVER_ERROR });
    expect(logged).toHaveLength(1);
    expect(toGraphQLError(new Error('boom'), options(true)).message).toBe('boom');
  });

  it('keeps a domain error message as it is', () => {
    expect(toGraphQLError(new DomainError(ErrorCode.NOT_FOUND, 'process "x" does not exist'), options(false)).message).toBe(
      'process "x" does not exist',
    );
  });
});

describe('codeForUncodedError', () => {
  it.each([
    ['Syntax Error: Expected Name, found <EOF>.', undefined, 'GRAPHQL_PARSE_FAILED'],
    ['Cannot query field "nope" on type "Process".', undefined, 'GRAPHQL_VALIDATION_FAILED'],
    ['Value "FOO" does not exist in "ProcessCategory" enum.', undefined, 'BAD_USER_INPUT'],
    ['Variable "$first" got invalid value "ten"; Int cannot represent non-integer value: "ten"', undefined, 'BAD_USER_INPUT'],
    ['something odd', ['processes'], 'INTERNAL_SERVER_ERROR'],
  ])('%s -> %s', (message, path, code) => {
    expect(codeForUncodedError({ message, path })).toBe(code);
  });
});

describe('toHttpErrorResponse', () => {
  const options = { exposeInternals: false, logger: { error: () => undefined } };

  it('answers routes outside GraphQL with the same body and the status of its code', () => {
    const conflict = toHttpErrorResponse(new ConflictError('stale', [{ path: 'replace', message: 'same content' }]), options);
    expect(conflict).toEqual({
      status: 409,
      body: { errors: [{ message: 'stale', extensions: { code: 'CONFLICT', fields: [{ path: 'replace', message: 'same content' }] } }] },
    });
    expect(toHttpErrorResponse(new Error('boom'), options)).toEqual({
      status: 500,
      body: { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
    });
  });

  it('maps errors pg raises directly (a COPY stream), not only those TypeORM wraps', () => {
    const copyError = Object.assign(new pg.DatabaseError('invalid byte sequence for encoding "UTF8": 0x00', 0, 'error'), { code: '22021', severity: 'ERROR' });
    expect(toHttpErrorResponse(copyError, options).status).toBe(400);
    const deadlock = Object.assign(new pg.DatabaseError('deadlock detected', 0, 'error'), { code: '40P01', severity: 'ERROR' });
    expect(toHttpErrorResponse(deadlock, options).body.errors[0].extensions?.code).toBe('CONFLICT');
  });
});
