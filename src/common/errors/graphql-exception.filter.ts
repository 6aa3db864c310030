import { type ArgumentsHost, Catch, Inject, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import type { GraphQLError } from 'graphql';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.tokens.js';
import type { DatabaseDisk } from '../../config/database-disk.js';
import { toGraphQLError } from './graphql-error.formatter.js';

/** Registered once (APP_FILTER): resolvers throw, this decides what the client sees. */
@Catch()
export class GraphQLExceptionFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');
  private readonly exposeInternals = process.env.NODE_ENV === 'development';
  private readonly disk: DatabaseDisk | undefined;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super();
    this.disk = config.database.disk;
  }

  override catch(exception: unknown, host: ArgumentsHost): GraphQLError | void {
    if (host.getType<string>() !== 'graphql') {
      super.catch(exception, host);
      return;
    }
    return toGraphQLError(exception, {
      exposeInternals: this.exposeInternals,
      disk: this.disk,
      logger: { error: (details, message) => this.logger.error({ ...details, msg: message }) },
    });
  }
}
