import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestAsyncHookHandler, RouteOptions } from 'fastify';
import { UnauthenticatedError } from './access.js';
import type { Actor } from './domain/actor.js';
import { type FailureAnswering, replyWithError } from '../common/errors/graphql-error.formatter.js';

/**
 * Who may call an HTTP route: a signed-in caller (the default way), or anyone, with the reason
 * written where the route is declared. GraphQL is the exception: its one route is open and each
 * operation is signed in by the AuthenticationGuard unless marked @Public().
 */
export type RouteAccess = 'signed-in' | { public: string };

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Required of every route but GraphQL's: a route without it stops the server at start. */
    access?: RouteAccess;
  }
  interface FastifyRequest {
    /** The caller of a signed-in route, set before its handler runs (and before its body is read). */
    signedIn?: Actor;
  }
}

export const GRAPHQL_PATH = '/graphql';

export interface CataloguedRoute {
  method: string;
  url: string;
  access: RouteAccess;
}

/** The routes of each server as they were added, for the test that tries each of them. */
const catalogues = new WeakMap<FastifyInstance, CataloguedRoute[]>();

export function routeCatalogue(fastify: FastifyInstance): readonly CataloguedRoute[] {
  return catalogues.get(fastify) ?? [];
}

export class RouteAccessMissingError extends Error {
  constructor(method: string, url: string) {
    super(`the route ${method} ${url} declares no access: give it config.access 'signed-in', or { public: '<why anyone may call it>' }`);
    this.name = 'RouteAccessMissingError';
  }
}

/**
 * Makes every route declare its access, and signs in the callers of signed-in ones before
 * anything else (their body is not read for a caller refused): a 401 in the one error body,
 * and the connection closed so that an unread upload is not waited for. Nest controllers
 * declare theirs with @RouteConfig({ access }); routes of our own with the route's config.
 */
export function requireRouteAccess(
  fastify: FastifyInstance,
  resolveActor: (authorization: string | undefined) => Promise<Actor | null>,
  answering: FailureAnswering,
): void {
  const catalogue: CataloguedRoute[] = [];
  catalogues.set(fastify, catalogue);
  const signIn: onRequestAsyncHookHandler = async (request: FastifyRequest, reply: FastifyReply) => {
    try {
      const actor = await resolveActor(request.headers.authorization);
      if (!actor) throw new UnauthenticatedError();
      request.signedIn = actor;
    } catch (error) {
      reply.header('connection', 'close');
      await replyWithError(request, reply, error, answering);
    }
  };
  fastify.addHook('onRoute', (route: RouteOptions) => {
    const methods = [route.method].flat();
    if (route.url === GRAPHQL_PATH) return;
    const access = route.config?.access;
    if (access === undefined) throw new RouteAccessMissingError(methods.join(','), route.url);
    // Fastify adds a HEAD route for each GET with the same options: it is the GET's, not another.
    if (!methods.every((method) => method === 'HEAD')) catalogue.push({ method: methods.join(','), url: route.url, access });
    if (access === 'signed-in') route.onRequest = [signIn, ...[route.onRequest ?? []].flat()];
  });
}

/** The caller of a signed-in route (set by requireRouteAccess before the handler runs). */
export function signedInCaller(request: FastifyRequest): Actor {
  if (!request.signedIn) throw new Error(`${request.method} ${request.url} is not declared signed-in: its caller is unknown`);
  return request.signedIn;
}
