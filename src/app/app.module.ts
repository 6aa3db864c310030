import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { ReportsModule } from '../reports/reports.module.js';
import { ObservabilityModule } from '../observability/observability.module.js';
import { MetricsRoutes } from '../observability/metrics.routes.js';
import { ClaimsModule } from '../claims/claims.module.js';
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
import { MeasurementsModule } from '../measurements/measurements.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { ProcessesModule } from '../processes/processes.module.js';
import { ScoringModule } from '../scoring/scoring.module.js';
import { WebAppModule } from '../web/web-app.module.js';
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
        AuthModule,
        AuditModule,
        OrganizationsModule,
        ProcessesModule,
        MeasurementsModule,
        ScoringModule,
        ClaimsModule,
        ReportsModule,
        WebAppModule,
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
