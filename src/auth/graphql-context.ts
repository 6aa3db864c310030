import type { DomainError } from '../common/errors/domain-error.js';
import type { RequestLoaders } from '../common/loaders/request-loaders.js';
import type { Actor } from './domain/actor.js';

/** What every GraphQL resolver receives about its request. */
export interface GraphQLContext {
  /** Null for an anonymous request; the guard lets those reach public operations only. */
  actor: Actor | null;
  /** Why the presented credential was refused, reported by the guard (not at parse time). */
  authenticationError?: DomainError;
  clientAddress: string;
  loaders: RequestLoaders;
}
