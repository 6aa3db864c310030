import type { FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { AppConfig } from '../../config/app-config.js';
import type { DatabaseDisk } from '../../config/database-disk.js';
import { DomainError, ErrorCode } from './domain-error.js';
import { mapPostgresError } from './postgres-error.mapper.js';

export interface ErrorReporter {
  error(details: object, message: string): void;
}

/** How failures are answered: internal messages shown or not, and the disk a full one names. */
export interface FailureAnswering {
  exposeInternals: boolean;
  disk?: DatabaseDisk;
}

/** A route's answering, from the configuration: internals in development only. */
export function failureAnswering(config: Pick<AppConfig, 'nodeEnv' | 'database'>): FailureAnswering {
  return { exposeInternals: config.nodeEnv === 'development', disk: config.database.disk };
}

/**
 * The single place where any failure becomes a GraphQL error with `extensions.code`.
 * Unexpected errors are logged in full and reach the client as a bare INTERNAL_SERVER_ERROR
 * (with the message only in development), never with a stack trace or SQL.
 */
export function toGraphQLError(error: unknown, options: FailureAnswering & { logger: ErrorReporter }): GraphQLError {
  if (error instanceof GraphQLError) return error;
  const domainError = error instanceof DomainError ? error : mapPostgresError(error, options.disk);
  if (domainError) {
    return new GraphQLError(domainError.message, {
      extensions: {
        code: domainError.code,
        ...(domainError.fields.length > 0 ? { fields: domainError.fields } : {}),
      },
    });
  }
  options.logger.error({ err: error }, 'unexpected error while resolving a GraphQL request');
  const message =
    options.exposeInternals && error instanceof Error ? error.message : 'Internal server error';
  return new GraphQLError(message, { extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
}

/**
 * Errors graphql-js raises itself before any resolver runs (they carry no `path`): a value that
 * does not fit its declared type (unknown enum value, malformed scalar) is the user's input;
 * anything else is a malformed query. Errors with a path and no code escaped the filter.
 */
export function codeForUncodedError(error: { message: string; path?: unknown }): string {
  if (error.path !== undefined) return ErrorCode.INTERNAL_SERVER_ERROR;
  if (error.message.startsWith('Syntax Error')) return 'GRAPHQL_PARSE_FAILED';
  const inputValueProblem =
    /got invalid value|Expected value of type|does not exist in ".*" enum|cannot represent|of required type/.test(
      error.message,
    );
  return inputValueProblem ? ErrorCode.BAD_USER_INPUT : 'GRAPHQL_VALIDATION_FAILED';
}

/** The HTTP status of each code, for routes outside GraphQL (the upload route). */
const HTTP_STATUS: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.FILE_TOO_LARGE]: 413,
  [ErrorCode.UPLOAD_TOO_SLOW]: 408,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
  [ErrorCode.INTERNAL_SERVER_ERROR]: 500,
};

/**
 * The same error body GraphQL answers with (`{errors: [{message, extensions: {code, fields}}]}`),
 * built by toGraphQLError, with the HTTP status its code stands for.
 */
export function toHttpErrorResponse(
  error: unknown,
  options: FailureAnswering & { logger: ErrorReporter },
): { status: number; body: { errors: GraphQLFormattedError[] } } {
  const formatted = toGraphQLError(error, options).toJSON();
  const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : ErrorCode.INTERNAL_SERVER_ERROR;
  return { status: HTTP_STATUS[code] ?? 400, body: { errors: [formatted] } };
}

/** Answers a raw Fastify route's request with that error body and status, logging what is internal. */
export async function replyWithError(request: FastifyRequest, reply: FastifyReply, error: unknown, answering: FailureAnswering): Promise<void> {
  const { status, body } = toHttpErrorResponse(error, {
    ...answering,
    logger: { error: (details, message) => request.log.error(details, message) },
  });
  await reply.code(status).send(body);
}
