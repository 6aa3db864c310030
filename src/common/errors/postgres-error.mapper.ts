import { QueryFailedError } from 'typeorm';
import { type DatabaseDisk, EXTERNAL_DATABASE_DISK } from '../../config/database-disk.js';
import { ConflictError, DomainError, ErrorCode } from './domain-error.js';

interface PostgresErrorFields {
  code?: string;
  constraint?: string;
}

/**
 * The server's error fields, whether TypeORM wrapped them (QueryFailedError) or pg raised them
 * directly (a COPY stream). pg's errors are recognised by shape: SQLSTATE code and severity.
 */
function postgresErrorFields(error: unknown): PostgresErrorFields | undefined {
  if (error instanceof QueryFailedError) return error.driverError as PostgresErrorFields;
  if (typeof error === 'object' && error !== null && 'severity' in error && 'code' in error && typeof error.code === 'string' && /^[0-9A-Z]{5}$/.test(error.code)) {
    return error as PostgresErrorFields;
  }
  return undefined;
}

/**
 * Constraint names (chosen in the entities) mapped to what a user should read. Only
 * constraints a valid request can still hit belong here; the rest are bugs and stay internal.
 */
const CONSTRAINT_MESSAGES: Record<string, { path: string; message: string }> = {
  organization_teryt_code_key: {
    path: 'input.terytCode',
    message: 'another organization already has this TERYT code',
  },
  department_organization_name_key: {
    path: 'input.name',
    message: 'this organization already has a department with this name',
  },
};

/** Errors of the network or of pg itself when the server is gone: they carry no SQLSTATE. */
const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  // pg writing to a socket the server has just closed.
  'ERR_STREAM_DESTROYED',
  'ERR_STREAM_WRITE_AFTER_END',
  'ERR_SOCKET_CLOSED',
]);
const CONNECTION_LOST = /Connection terminated|not queryable|encountered a connection error|timeout exceeded when trying to connect|terminating connection due to|stream was destroyed|write after end|socket hang up/i;

/** A full disk, with the place to free space when the database is embedded. */
function diskFull(disk: DatabaseDisk): DomainError {
  const where = disk.clusterDir === undefined ? "no space left on the database server's disk: free space on the disk that holds its data" : `no space left on the database's disk: free space at ${disk.clusterDir}`;
  return new DomainError(ErrorCode.SERVICE_UNAVAILABLE, `${where}, then try again (nothing was written)`);
}

/**
 * When the database cannot be reached or cannot take the work now: refused connections, lost
 * connections, a server shutting down or starting (SQLSTATE 57P01-57P03), connection
 * exceptions (class 08), too many connections (53300) and a full disk (53100, or connections
 * lost while the embedded server is down for lack of space), named.
 */
function unavailability(error: unknown, disk: DatabaseDisk, depth = 0): DomainError | undefined {
  const cause = error instanceof QueryFailedError ? (error.driverError as unknown) : error;
  if (typeof cause !== 'object' || cause === null) return undefined;
  // An error wrapping the one from the connection (a failed ROLLBACK after a lost one, say).
  if (depth < 3 && 'cause' in cause && cause.cause !== undefined) {
    const wrapped = unavailability(cause.cause, disk, depth + 1);
    if (wrapped) return wrapped;
  }
  const code = 'code' in cause && typeof cause.code === 'string' ? cause.code : undefined;
  const message = 'message' in cause && typeof cause.message === 'string' ? cause.message : '';
  if (code === '53100') return diskFull(disk);
  const lost =
    (code !== undefined && (CONNECTION_ERROR_CODES.has(code) || code.startsWith('08') || ['57P01', '57P02', '57P03', '53300'].includes(code))) ||
    CONNECTION_LOST.test(message);
  if (!lost) return undefined;
  // A PANIC for lack of space ends every connection, the import that filled the disk among them.
  return disk.full ? diskFull(disk) : new DomainError(ErrorCode.SERVICE_UNAVAILABLE, 'the database is not available at the moment (restarting or unreachable); try again in a minute');
}

/**
 * Turns the PostgreSQL errors a valid request can cause, and an unavailable database, into domain
 * errors; `disk` (set at start) names where a full disk needs space.
 */
export function mapPostgresError(error: unknown, disk: DatabaseDisk = EXTERNAL_DATABASE_DISK): DomainError | undefined {
  const unavailable = unavailability(error, disk);
  if (unavailable) return unavailable;
  const fields = postgresErrorFields(error);
  if (!fields) return undefined;
  const { code, constraint } = fields;
  const known = constraint ? CONSTRAINT_MESSAGES[constraint] : undefined;
  if (code === '23505' && known) {
    return new ConflictError(known.message, [known]);
  }
  if (code === '23503') {
    return new ConflictError('the record is still referenced by other records');
  }
  if (code === '22021' || code === '22P05') {
    return new DomainError(ErrorCode.BAD_USER_INPUT, 'the request holds text the database cannot store (a NUL character or invalid Unicode)');
  }
  if (code === '40001' || code === '40P01') {
    return new DomainError(ErrorCode.CONFLICT, 'a concurrent change got in the way; retry');
  }
  return undefined;
}
