import { type ArgumentsHost, Catch, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import type { GraphQLError } from 'graphql';
import { toGraphQLError } from './graphql-error.formatter.js';

/** Registered once (APP_FILTER): resolvers throw, this decides what the client sees. */
@Catch()
export class GraphQLExceptionFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');
  private readonly exposeInternals = process.env.NODE_ENV === 'development';

  override catch(exception: unknown, host: ArgumentsHost): GraphQLError | void {
    if (host.getType<string>() !== 'graphql') {
      super.catch(exception, host);
      return;
    }
    return toGraphQLError(exception, {
      exposeInternals: this.exposeInternals,
      logger: { error: (details, message) => this.logger.error({ ...details, msg: message }) },
    });
  }
}
