import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  validateSync,
} from 'class-validator';

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
  @Transform(toBoolean)
  @IsBoolean({ message: 'SEED_DEMO must be true or false' })
  SEED_DEMO?: boolean;
}

export interface DatabaseConfig {
  /** External server; when absent an embedded PostgreSQL is started under dataDir. */
  url?: string;
  embeddedPort: number;
}

export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  logLevel: (typeof LOG_LEVELS)[number];
  nodeEnv: (typeof NODE_ENVS)[number];
  database: DatabaseConfig;
  graphiql: boolean;
  seedDemo: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates the configuration once at boot. The embedded mode (no DATABASE_URL) is
 * the demo mode: the GraphQL IDE and the demo data default to on there and to off otherwise.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw = plainToInstance(RawEnvironment, { ...env });
  const errors = validateSync(raw, { stopAtFirstError: true });
  if (errors.length > 0) {
    throw new ConfigError(errors.flatMap((error) => Object.values(error.constraints ?? {})));
  }
  const embedded = raw.DATABASE_URL === undefined;
  return {
    port: raw.PORT ?? 3000,
    host: raw.HOST ?? '127.0.0.1',
    dataDir: raw.DATA_DIR ?? '.data',
    logLevel: raw.LOG_LEVEL ?? 'info',
    nodeEnv: raw.NODE_ENV ?? 'development',
    database: { url: raw.DATABASE_URL, embeddedPort: raw.EMBEDDED_PG_PORT ?? 54329 },
    graphiql: raw.GRAPHIQL ?? embedded,
    seedDemo: raw.SEED_DEMO ?? embedded,
  };
}
