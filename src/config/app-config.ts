import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  MinLength,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  validateSync,
} from 'class-validator';
import type { DatabaseDisk } from './database-disk.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const NODE_ENVS = ['development', 'production', 'test'] as const;

function toBoolean({ value }: { value: unknown }): unknown {
  if (value === undefined || value === '') return undefined;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return value;
}

function toInteger({ value }: { value: unknown }): unknown {
  if (value === undefined || value === '') return undefined;
  return typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
}

/**
 * Who may read /metrics: callers on this machine only (loopback, the default), anyone who reaches
 * the server (on: behind a proxy or firewall that decides), or nobody (off).
 */
export const METRICS_ACCESS = ['loopback', 'on', 'off'] as const;
export type MetricsAccess = (typeof METRICS_ACCESS)[number];

/** Environment variables as read at boot. Every variable is documented in README.md. */
class RawEnvironment {
  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'PORT must be an integer between 1 and 65535' })
  @Min(1, { message: 'PORT must be an integer between 1 and 65535' })
  @Max(65535, { message: 'PORT must be an integer between 1 and 65535' })
  PORT?: number;

  @IsOptional()
  @IsString()
  HOST?: string;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, {
    message: 'DATABASE_URL must look like postgres://user:password@host:5432/database',
  })
  DATABASE_URL?: string;

  @IsOptional()
  @IsString()
  DATA_DIR?: string;

  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'EMBEDDED_PG_PORT must be an integer between 1024 and 65535' })
  @Min(1024, { message: 'EMBEDDED_PG_PORT must be an integer between 1024 and 65535' })
  @Max(65535, { message: 'EMBEDDED_PG_PORT must be an integer between 1024 and 65535' })
  EMBEDDED_PG_PORT?: number;

  @IsOptional()
  @IsIn(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL?: (typeof LOG_LEVELS)[number];

  @IsOptional()
  @IsIn(NODE_ENVS, { message: `NODE_ENV must be one of ${NODE_ENVS.join(', ')}` })
  NODE_ENV?: (typeof NODE_ENVS)[number];

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'GRAPHIQL must be true or false' })
  GRAPHIQL?: boolean;

  @IsOptional()
  @IsIn(METRICS_ACCESS, { message: `METRICS must be one of ${METRICS_ACCESS.join(', ')}` })
  METRICS?: MetricsAccess;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'SEED_DEMO must be true or false' })
  SEED_DEMO?: boolean;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, {
    message: 'APP_DATABASE_URL must look like postgres://user:password@host:5432/database',
  })
  APP_DATABASE_URL?: string;

  /** No longer read: refused by name, so an old deployment's setting is not silently ignored. */
  @IsOptional()
  @IsString()
  APP_DATABASE_PASSWORD?: string;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'SESSION_IDLE_MINUTES must be an integer between 5 and 480' })
  @Min(5, { message: 'SESSION_IDLE_MINUTES must be an integer between 5 and 480' })
  @Max(480, { message: 'SESSION_IDLE_MINUTES must be an integer between 5 and 480' })
  SESSION_IDLE_MINUTES?: number;

  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'SESSION_MAX_HOURS must be an integer between 1 and 168' })
  @Min(1, { message: 'SESSION_MAX_HOURS must be an integer between 1 and 168' })
  @Max(168, { message: 'SESSION_MAX_HOURS must be an integer between 1 and 168' })
  SESSION_MAX_HOURS?: number;

  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'ACCESS_TOKEN_TTL_SECONDS must be an integer between 60 and 86400' })
  @Min(60, { message: 'ACCESS_TOKEN_TTL_SECONDS must be an integer between 60 and 86400' })
  @Max(86400, { message: 'ACCESS_TOKEN_TTL_SECONDS must be an integer between 60 and 86400' })
  ACCESS_TOKEN_TTL_SECONDS?: number;

  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail({}, { message: 'ADMIN_EMAIL must be an e-mail address' })
  ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  @MinLength(12, { message: 'ADMIN_PASSWORD must be at least 12 characters' })
  ADMIN_PASSWORD?: string;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'INTROSPECTION must be true or false' })
  INTROSPECTION?: boolean;

  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'MAX_QUERY_DEPTH must be an integer between 2 and 50' })
  @Min(2, { message: 'MAX_QUERY_DEPTH must be an integer between 2 and 50' })
  @Max(50, { message: 'MAX_QUERY_DEPTH must be an integer between 2 and 50' })
  MAX_QUERY_DEPTH?: number;

  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'MAX_QUERY_COST must be an integer of at least 10' })
  @Min(10, { message: 'MAX_QUERY_COST must be an integer of at least 10' })
  MAX_QUERY_COST?: number;

  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'STATEMENT_TIMEOUT_MS must be an integer of at least 100' })
  @Min(100, { message: 'STATEMENT_TIMEOUT_MS must be an integer of at least 100' })
  STATEMENT_TIMEOUT_MS?: number;

  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'IMPORT_TIMEOUT_MS must be an integer of at least 1000' })
  @Min(1000, { message: 'IMPORT_TIMEOUT_MS must be an integer of at least 1000' })
  IMPORT_TIMEOUT_MS?: number;

  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'IMPORTS_PER_MINUTE must be an integer of at least 1' })
  @Min(1, { message: 'IMPORTS_PER_MINUTE must be an integer of at least 1' })
  IMPORTS_PER_MINUTE?: number;

  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'LOGIN_ATTEMPTS_PER_MINUTE must be an integer of at least 1' })
  @Min(1, { message: 'LOGIN_ATTEMPTS_PER_MINUTE must be an integer of at least 1' })
  LOGIN_ATTEMPTS_PER_MINUTE?: number;

  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'FAILED_LOGINS_PER_ADDRESS_PER_MINUTE must be an integer of at least 1' })
  @Min(1, { message: 'FAILED_LOGINS_PER_ADDRESS_PER_MINUTE must be an integer of at least 1' })
  FAILED_LOGINS_PER_ADDRESS_PER_MINUTE?: number;

  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'ACCOUNT_CACHE_MS must be an integer between 0 and 10000' })
  @Min(0, { message: 'ACCOUNT_CACHE_MS must be an integer between 0 and 10000' })
  @Max(10000, { message: 'ACCOUNT_CACHE_MS must be an integer between 0 and 10000' })
  ACCOUNT_CACHE_MS?: number;

  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'MAX_IMPORT_BYTES must be an integer of at least 1024' })
  @Min(1024, { message: 'MAX_IMPORT_BYTES must be an integer of at least 1024' })
  MAX_IMPORT_BYTES?: number;

  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'MAX_IMPORT_ROWS must be an integer of at least 1' })
  @Min(1, { message: 'MAX_IMPORT_ROWS must be an integer of at least 1' })
  MAX_IMPORT_ROWS?: number;

  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'IMPORTS_AT_ONCE must be an integer of at least 1' })
  @Min(1, { message: 'IMPORTS_AT_ONCE must be an integer of at least 1' })
  IMPORTS_AT_ONCE?: number;

  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'IMPORTS_AT_ONCE_PER_ORGANIZATION must be an integer of at least 1' })
  @Min(1, { message: 'IMPORTS_AT_ONCE_PER_ORGANIZATION must be an integer of at least 1' })
  IMPORTS_AT_ONCE_PER_ORGANIZATION?: number;

  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'IMPORTS_AT_ONCE_PER_USER must be an integer of at least 1' })
  @Min(1, { message: 'IMPORTS_AT_ONCE_PER_USER must be an integer of at least 1' })
  IMPORTS_AT_ONCE_PER_USER?: number;

  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'UPLOAD_MIN_BYTES_PER_SECOND must be an integer of at least 1' })
  @Min(1, { message: 'UPLOAD_MIN_BYTES_PER_SECOND must be an integer of at least 1' })
  UPLOAD_MIN_BYTES_PER_SECOND?: number;

  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'UPLOAD_IDLE_MS must be an integer of at least 1000' })
  @Min(1000, { message: 'UPLOAD_IDLE_MS must be an integer of at least 1000' })
  UPLOAD_IDLE_MS?: number;

  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'MAX_CONNECTIONS must be an integer of at least 10' })
  @Min(10, { message: 'MAX_CONNECTIONS must be an integer of at least 10' })
  MAX_CONNECTIONS?: number;
}

export interface DatabaseConfig {
  /** External server, as the schema owner (runs migrations); absent: embedded PostgreSQL. */
  url?: string;
  /**
   * The application's own connection to the same database: as rpa_app (given that password
   * at start when the owner may), or as a login that is a member of rpa_app. Absent: rpa_app
   * gets a random password at each start.
   */
  appUrl?: string;
  embeddedPort: number;
  statementTimeoutMs: number;
  /** Each statement of an import (the COPY lasts as long as the upload): longer than statementTimeoutMs. */
  importTimeoutMs: number;
  /** Where the database keeps its files: set at start, once it is open (absent: not known, as in tests). */
  disk?: DatabaseDisk;
}

export interface AuthConfig {
  /** HS256 key of access tokens; in the embedded mode generated once under dataDir. */
  jwtSecret?: string;
  accessTokenTtlSeconds: number;
  /** A web session ends after this long without the person doing anything (they are warned 2 minutes before). */
  sessionIdleSeconds: number;
  /** A web session ends this long after sign-in, active or not. */
  sessionMaxSeconds: number;
  loginAttemptsPerMinute: number;
  /** Failed sign-ins one address may make in a minute, across all e-mails. */
  failedLoginsPerAddressPerMinute: number;
  /** Imports (the expensive operation) per user and minute. */
  importsPerMinute: number;
  /**
   * How long a user's account and memberships, read at sign-in of a request, serve further
   * requests (0: read on every request). Changes made through this API take effect at once;
   * changes made around it (SQL, another instance) within this time.
   */
  accountCacheMs: number;
  /** Created as platform administrator at start when no administrator exists. */
  bootstrapAdmin?: { email: string; password: string };
}

/**
 * What one import may cost, and how many run at once (docs/security.md). Imports hold a database
 * connection while the file streams in: at most `atOnce` of the pool's 10 do, the rest serve reads.
 */
export interface ImportLimits {
  /** Bytes of one file as read, after decompression. */
  maxBytes: number;
  /** Data rows of one file. */
  maxRows: number;
  atOnce: number;
  atOncePerOrganization: number;
  atOncePerUser: number;
  /** An upload slower than this (measured over 20 s of waiting for it) is stopped. */
  minBytesPerSecond: number;
  /** An upload that sends nothing for this long is stopped. */
  idleMs: number;
}

/** What the HTTP server lets connections hold (docs/security.md). */
export interface HttpLimits {
  /** Open connections; more are closed at once, before any file descriptor runs out. */
  maxConnections: number;
}

export interface GraphQLLimits {
  introspection: boolean;
  maxDepth: number;
  maxCost: number;
}

export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  logLevel: (typeof LOG_LEVELS)[number];
  nodeEnv: (typeof NODE_ENVS)[number];
  /** No DATABASE_URL: embedded PostgreSQL, the demo mode. */
  embedded: boolean;
  database: DatabaseConfig;
  auth: AuthConfig;
  imports: ImportLimits;
  http: HttpLimits;
  graphql: GraphQLLimits;
  graphiql: boolean;
  seedDemo: boolean;
  metrics: MetricsAccess;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates the configuration once at boot. The embedded mode (no DATABASE_URL) is
 * the demo mode: the GraphQL IDE, introspection and the demo data default to on there and to
 * off otherwise.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw = plainToInstance(RawEnvironment, { ...env });
  const errors = validateSync(raw, { stopAtFirstError: true });
  if (errors.length > 0) {
    throw new ConfigError(errors.flatMap((error) => Object.values(error.constraints ?? {})));
  }
  const embedded = raw.DATABASE_URL === undefined;
  const problems: string[] = [];
  if ((raw.ADMIN_EMAIL === undefined) !== (raw.ADMIN_PASSWORD === undefined)) {
    problems.push('ADMIN_EMAIL and ADMIN_PASSWORD go together: set both or neither');
  }
  problems.push(...applicationDatabaseProblems(raw));
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port: raw.PORT ?? 3000,
    host: raw.HOST ?? '127.0.0.1',
    dataDir: raw.DATA_DIR ?? '.data',
    logLevel: raw.LOG_LEVEL ?? 'info',
    nodeEnv: raw.NODE_ENV ?? 'development',
    embedded,
    database: {
      url: raw.DATABASE_URL,
      appUrl: raw.APP_DATABASE_URL,
      embeddedPort: raw.EMBEDDED_PG_PORT ?? 54329,
      statementTimeoutMs: raw.STATEMENT_TIMEOUT_MS ?? 15_000,
      importTimeoutMs: raw.IMPORT_TIMEOUT_MS ?? 3_600_000,
    },
    auth: {
      jwtSecret: raw.JWT_SECRET,
      accessTokenTtlSeconds: raw.ACCESS_TOKEN_TTL_SECONDS ?? 900,
      sessionIdleSeconds: (raw.SESSION_IDLE_MINUTES ?? 30) * 60,
      sessionMaxSeconds: (raw.SESSION_MAX_HOURS ?? 12) * 3600,
      loginAttemptsPerMinute: raw.LOGIN_ATTEMPTS_PER_MINUTE ?? 5,
      failedLoginsPerAddressPerMinute: raw.FAILED_LOGINS_PER_ADDRESS_PER_MINUTE ?? 20,
      importsPerMinute: raw.IMPORTS_PER_MINUTE ?? 30,
      accountCacheMs: raw.ACCOUNT_CACHE_MS ?? 1000,
      bootstrapAdmin:
        raw.ADMIN_EMAIL && raw.ADMIN_PASSWORD
          ? { email: raw.ADMIN_EMAIL.trim().toLowerCase(), password: raw.ADMIN_PASSWORD }
          : undefined,
    },
    imports: {
      // Room for a year of the largest office's largest process (docs/security.md: Warsaw, scaled).
      maxBytes: raw.MAX_IMPORT_BYTES ?? 4 * 1024 ** 3,
      maxRows: raw.MAX_IMPORT_ROWS ?? 20_000_000,
      atOnce: raw.IMPORTS_AT_ONCE ?? 4,
      atOncePerOrganization: raw.IMPORTS_AT_ONCE_PER_ORGANIZATION ?? 2,
      atOncePerUser: raw.IMPORTS_AT_ONCE_PER_USER ?? 1,
      minBytesPerSecond: raw.UPLOAD_MIN_BYTES_PER_SECOND ?? 4096,
      idleMs: raw.UPLOAD_IDLE_MS ?? 30_000,
    },
    http: { maxConnections: raw.MAX_CONNECTIONS ?? 1000 },
    graphql: {
      introspection: raw.INTROSPECTION ?? embedded,
      maxDepth: raw.MAX_QUERY_DEPTH ?? 10,
      maxCost: raw.MAX_QUERY_COST ?? 5_000,
    },
    graphiql: raw.GRAPHIQL ?? embedded,
    seedDemo: raw.SEED_DEMO ?? embedded,
    metrics: raw.METRICS ?? 'loopback',
  };
}

/** The application's connection must be another login to the owner's database, or absent. */
function applicationDatabaseProblems(raw: RawEnvironment): string[] {
  if (raw.APP_DATABASE_PASSWORD !== undefined) {
    return ['APP_DATABASE_PASSWORD is no longer read: set APP_DATABASE_URL=postgres://rpa_app:<password>@<host>:<port>/<database> instead'];
  }
  if (raw.APP_DATABASE_URL === undefined) return [];
  if (raw.DATABASE_URL === undefined) {
    return ['APP_DATABASE_URL is read only with DATABASE_URL (the embedded database makes its own login): unset it or set DATABASE_URL'];
  }
  const owner = new URL(raw.DATABASE_URL);
  const app = new URL(raw.APP_DATABASE_URL);
  const problems: string[] = [];
  if (app.pathname !== owner.pathname) {
    problems.push(`APP_DATABASE_URL names database "${app.pathname.slice(1)}" but DATABASE_URL names "${owner.pathname.slice(1)}": both must name the same database`);
  }
  if (decodeURIComponent(app.username) === decodeURIComponent(owner.username)) {
    problems.push(`APP_DATABASE_URL connects as the schema owner "${decodeURIComponent(owner.username)}", to whom row-level security does not apply: use rpa_app or a login that is a member of it`);
  }
  return problems;
}
