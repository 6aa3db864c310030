import { type DynamicModule, type INestApplicationContext, Logger, type LoggerService, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClaimVerificationModule } from '../claims/claim-verification.module.js';
import type { AppConfig } from '../config/app-config.js';
import { BaselinesModule } from '../measurements/baselines.module.js';
import type { ScryptCost } from '../auth/domain/password-hasher.js';
import { ScoresModule } from '../scoring/scores.module.js';
import { type BootstrapReport, DatabaseBootstrap } from './database-bootstrap.js';
import { dataSourceOptions } from './data-source.js';
import { DemoSeeder, type SeedOutcome } from './demo/seed.js';
import { ENTITIES } from './entities.js';

/**
 * The schema owner's container: its data source (every entity, as the application's) and the
 * features' services the start-up work needs, without their API, so that no route, resolver or
 * sign-in is built for it.
 */
@Module({})
class OwnerModule {
  static forUrl(ownerUrl: string): DynamicModule {
    return {
      module: OwnerModule,
      imports: [
        // Connecting is the first thing a start does: a refusal is its failure, at once (no retries).
        TypeOrmModule.forRoot({ ...dataSourceOptions(ownerUrl), entities: ENTITIES, toRetry: () => false }),
        ScoresModule,
        BaselinesModule,
        ClaimVerificationModule,
      ],
      providers: [DemoSeeder, DatabaseBootstrap],
    };
  }
}

/** Nest's logger in force, which a container's `logger` option replaces for the whole process. */
class NestLoggerInForce extends Logger {
  static read(): LoggerService | undefined {
    return this.staticInstanceRef;
  }
}

/**
 * Runs work in the schema owner's container, then closes it with its connections. It logs nothing
 * (the start reports what it did itself), and gives the logger back as it found it, so that an
 * application already running in this process (tests, benches) keeps logging.
 */
export async function withOwnerContext<T>(ownerUrl: string, work: (context: INestApplicationContext) => Promise<T>): Promise<T> {
  const logger = NestLoggerInForce.read();
  try {
    // abortOnError false: a failure reaches the caller, which says it in one sentence.
    const context = await NestFactory.createApplicationContext(OwnerModule.forUrl(ownerUrl), { logger: false, abortOnError: false });
    try {
      return await work(context);
    } finally {
      await context.close();
    }
  } finally {
    Logger.overrideLogger(logger ?? false);
  }
}

/** What a start does with the database before the application opens it (DatabaseBootstrap). */
export function bootstrapDatabase(config: AppConfig, ownerUrl: string): Promise<BootstrapReport> {
  return withOwnerContext(ownerUrl, (context) => context.get(DatabaseBootstrap).run(config, ownerUrl));
}

/** The demo dataset, into a database without organizations (tests and benches seed their own databases). */
export function seedDemoData(ownerUrl: string, passwordCost?: ScryptCost): Promise<SeedOutcome> {
  return withOwnerContext(ownerUrl, (context) => context.get(DemoSeeder).seed(passwordCost));
}
