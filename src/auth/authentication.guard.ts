import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLContext } from './graphql-context.js';
import { UnauthenticatedError } from './access.js';
import { PUBLIC_OPERATION } from './auth.decorators.js';

/**
 * Every GraphQL operation needs a signed-in caller unless marked @Public(). Every other route
 * declares its access, and requireRouteAccess (route-access.ts) signs its callers in.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_OPERATION, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    const graphqlContext = GqlExecutionContext.create(context).getContext<GraphQLContext>();
    if (graphqlContext.authenticationError) throw graphqlContext.authenticationError;
    if (!graphqlContext.actor) throw new UnauthenticatedError();
    return true;
  }
}
