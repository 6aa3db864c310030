import { QueryFailedError } from 'typeorm';
import { ErrorCode } from '../errors/domain-error.js';
import { mapPostgresError } from '../errors/postgres-error.mapper.js';

describe('an unavailable database as a domain error', () => {
  it.each([
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:54329'), { code: 'ECONNREFUSED' })],
    ['a connection the server ended', new Error('Connection terminated unexpectedly')],
    ['a write to the socket the server just closed', Object.assign(new Error('Cannot call write after a stream was destroyed'), { code: 'ERR_STREAM_DESTROYED' })],
    ['a query on a client that lost its connection', new Error('Client has encountered a connection error and is not queryable')],
    ['a server shutting down (57P01)', { severity: 'FATAL', code: '57P01', message: 'terminating connection due to administrator command' }],
    ['a server starting (57P03)', { severity: 'FATAL', code: '57P03', message: 'the database system is starting up' }],
    ['a connection exception (08006)', { severity: 'FATAL', code: '08006', message: 'connection failure' }],
    ['the same, wrapped by TypeORM', new QueryFailedError('SELECT 1', [], Object.assign(new Error('Connection terminated unexpectedly'), {}))],
  ])('%s is SERVICE_UNAVAILABLE, never an errno', (_case, error) => {
    const mapped = mapPostgresError(error);
    expect(mapped?.code).toBe(ErrorCode.SERVICE_UNAVAILABLE);
    expect(mapped?.message).toBe('the database is not available at the moment (restarting or unreachable); try again in a minute');
  });

  const diskFull = { severity: 'ERROR', code: '53100', message: 'could not extend file: No space left on device' };
  const lost = new Error('Connection terminated unexpectedly');

  it("names a full disk: the embedded cluster's directory, or the external server's disk", () => {
    const embedded = mapPostgresError(diskFull, { clusterDir: '/var/lib/rpa-readiness/0123/pg', full: false });
    expect(embedded?.code).toBe(ErrorCode.SERVICE_UNAVAILABLE);
    expect(embedded?.message).toBe("no space left on the database's disk: free space at /var/lib/rpa-readiness/0123/pg, then try again (nothing was written)");
    expect(mapPostgresError(diskFull)?.message).toBe("no space left on the database server's disk: free space on the disk that holds its data, then try again (nothing was written)");
  });

  it('names the full disk for connections lost while the embedded server is down for lack of space, and only then', () => {
    expect(mapPostgresError(lost, { clusterDir: '/data/pg', full: true })?.message).toMatch(/^no space left on the database's disk: free space at \/data\/pg,/);
    expect(mapPostgresError(lost, { clusterDir: '/data/pg', full: false })?.message).toMatch(/^the database is not available at the moment/);
  });

  it('leaves other failures alone', () => {
    expect(mapPostgresError(new Error('something else'))).toBeUndefined();
    expect(mapPostgresError({ severity: 'ERROR', code: '57014', message: 'canceling statement due to statement timeout' })).toBeUndefined();
  });
});
