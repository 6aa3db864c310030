import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { GraphQLExceptionFilter } from '../common/errors/graphql-exception.filter.js';
import { InputValidationPipe } from '../common/validation/input-validation.pipe.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import { dataSourceOptions } from '../database/data-source.js';
import { GraphiqlController } from '../graphiql/graphiql.controller.js';
import { HealthController } from '../health/health.controller.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { ProcessesModule } from '../processes/processes.module.js';
import { graphqlOptions } from './graphql-options.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot({ ...dataSourceOptions(databaseUrl), migrationsRun: false }),
        GraphQLModule.forRootAsync<MercuriusDriverConfig>({
          driver: MercuriusDriver,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => graphqlOptions(config, dataSource),
        }),
        OrganizationsModule,
        ProcessesModule,
      ],
      controllers: [HealthController, ...(config.graphiql ? [GraphiqlController] : [])],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_FILTER, useClass: GraphQLExceptionFilter },
      ],
    };
  }
}
