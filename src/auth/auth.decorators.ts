import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLContext } from './graphql-context.js';
import type { Actor } from './domain/actor.js';

export const PUBLIC_OPERATION = 'rpa:public-operation';

/** Marks a resolver that needs no signed-in caller (only sign-in itself). */
export const Public = () => SetMetadata(PUBLIC_OPERATION, true);

/** The signed-in caller; the authentication guard has already refused requests without one. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const { actor } = GqlExecutionContext.create(context).getContext<GraphQLContext>();
  if (!actor) throw new Error('CurrentActor used on a public operation');
  return actor;
});

export const ClientAddress = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string =>
    GqlExecutionContext.create(context).getContext<GraphQLContext>().clientAddress,
);
