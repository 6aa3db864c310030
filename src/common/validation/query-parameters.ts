import type { FastifyReply, FastifyRequest } from 'fastify';
import { BadInputError } from '../errors/domain-error.js';
import { type FailureAnswering, replyWithError } from '../errors/graphql-error.formatter.js';

/**
 * A route's `config` may name the query parameters it takes more than once
 * (`{ repeatableQuery: ['map'] }`); every other parameter is single-valued.
 */
export interface QueryParameterConfig {
  repeatableQuery?: readonly string[];
}

/** The first parameter given more than once that may not be, or null. */
export function repeatedQueryParameter(query: unknown, repeatable: readonly string[] = []): { name: string; times: number } | null {
  if (typeof query !== 'object' || query === null) return null;
  for (const [name, value] of Object.entries(query)) {
    if (Array.isArray(value) && !repeatable.includes(name)) return { name, times: value.length };
  }
  return null;
}

/**
 * A Fastify preValidation hook for every route: a repeated single-valued parameter is a 400
 * naming it, before any handler reads it (a handler would otherwise get an array where it
 * expects text).
 */
export function refuseRepeatedQueryParameters(answering: FailureAnswering) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const config = request.routeOptions.config as QueryParameterConfig | undefined;
    const repeated = repeatedQueryParameter(request.query, config?.repeatableQuery);
    if (repeated) {
      await replyWithError(
        request,
        reply,
        new BadInputError([{ path: repeated.name, message: `the parameter ${repeated.name} is given ${repeated.times} times; give it once` }]),
        answering,
      );
    }
  };
}
