import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module.js';
import { ObservabilityModule } from '../observability/observability.module.js';
import { MetricsRoutes } from '../observability/metrics.routes.js';
import { AuthService } from '../auth/auth.service.js';
import { AuthenticationGuard } from '../auth/authentication.guard.js';
import { TenancyModule } from '../common/tenancy/tenancy.module.js';
import { TenantDatabase } from '../common/tenancy/tenant-database.service.js';
import { GraphQLExceptionFilter } from '../common/errors/graphql-exception.filter.js';
import { InputValidationPipe } from '../common/validation/input-validation.pipe.js';
import type { AppConfig } from '../config/app-config.js';
import { ConfigModule } from '../config/config.module.js';
import { dataSourceOptions } from '../database/data-source.js';
import { GraphiqlController } from '../graphiql/graphiql.controller.js';
import { HealthController } from '../health/health.controller.js';
import { FEATURE_MODULES } from './feature-modules.js';
import { graphqlOptions } from './graphql-options.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(databaseUrl, { statementTimeoutMs: config.database.statementTimeoutMs }),
          // Each feature's module declares its entities (featureEntities): none is listed here.
          autoLoadEntities: true,
          migrationsRun: false,
        }),
        TenancyModule,
        ObservabilityModule,
        GraphQLModule.forRootAsync<MercuriusDriverConfig>({
          driver: MercuriusDriver,
          imports: [AuthModule],
          inject: [AuthService, TenantDatabase, MetricsRoutes],
          useFactory: (auth: AuthService, database: TenantDatabase, metrics: MetricsRoutes) => graphqlOptions(config, auth, database, metrics),
        }),
        ...FEATURE_MODULES,
      ],
      controllers: [HealthController, ...(config.graphiql ? [GraphiqlController] : [])],
      providers: [
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_FILTER, useClass: GraphQLExceptionFilter },
        { provide: APP_GUARD, useClass: AuthenticationGuard },
      ],
    };
  }
}
