import type { MercuriusDriverConfig } from '@nestjs/mercurius';
import { GRAPHQL_PATH } from '../auth/route-access.js';
import type { FastifyRequest } from 'fastify';
import { type DocumentNode, type GraphQLFormattedError, Kind, NoSchemaIntrospectionCustomRule } from 'graphql';
import mercurius, { type MercuriusContext } from 'mercurius';
import type { AuthService } from '../auth/auth.service.js';
import { memberScope } from '../auth/domain/actor.js';
import { DomainError } from '../common/errors/domain-error.js';
import { codeForUncodedError } from '../common/errors/graphql-error.formatter.js';
import { mapPostgresError } from '../common/errors/postgres-error.mapper.js';
import type { GraphQLContext } from '../auth/graphql-context.js';
import { createRequestLoaders } from '../common/loaders/request-loaders.js';
import type { TenantDatabase } from '../common/tenancy/tenant-database.service.js';
import type { AppConfig } from '../config/app-config.js';
import type { MetricsRoutes } from '../observability/metrics.routes.js';
import { withPlainFieldReads } from './plain-field-reads.js';
import { storableTextHook } from './storable-text.hook.js';
import { ANONYMOUS_DOCUMENT_BOUNDS, DEFAULT_DOCUMENT_BOUNDS, documentBoundsHook, queryLimitsRule } from './query-limits.rules.js';

type ErrorFormatter = NonNullable<MercuriusDriverConfig['errorFormatter']>;

/**
 * Resolver errors already carry a code (the exception filter sets it); graphql-js's own
 * request errors (parse, validation, variable coercion) get one here, so every error a client
 * sees has `extensions.code`.
 */
const errorFormatter: ErrorFormatter = (execution, context) => {
  const formatted = mercurius.defaultErrorFormatter(execution, context);
  const errors = formatted.response.errors?.map(
    (error): GraphQLFormattedError =>
      error.extensions?.code
        ? error
        : { ...error, extensions: { ...error.extensions, code: codeForUncodedError(error) } },
  );
  return { statusCode: formatted.statusCode, response: { ...formatted.response, errors } };
};

/**
 * The operation a document runs, by the document's own names: the one the request names if the
 * document has it, else its only operation's name (a name the document lacks is not counted).
 */
function operationNameOf(document: DocumentNode, requested: unknown): string | undefined {
  const names = document.definitions.flatMap((definition) => (definition.kind === Kind.OPERATION_DEFINITION ? [definition.name?.value] : []));
  if (typeof requested === 'string' && requested !== '') return names.includes(requested) ? requested : undefined;
  return names.length === 1 ? names[0] : undefined;
}

export function graphqlOptions(
  config: AppConfig,
  auth: AuthService,
  database: TenantDatabase,
  metrics: MetricsRoutes,
): MercuriusDriverConfig {
  const noteOperation = (_schema: unknown, document: DocumentNode, context: { reply: { request: FastifyRequest }; actor?: unknown }): Promise<void> => {
    const request = context.reply.request;
    const name = context.actor ? operationNameOf(document, (request.body as { operationName?: unknown } | undefined)?.operationName) : undefined;
    metrics.noteOperation(request, name);
    return Promise.resolve();
  };
  return {
    path: GRAPHQL_PATH,
    autoSchemaFile: true,
    sortSchema: true,
    transformSchema: withPlainFieldReads,
    // The bundled IDE loads from a CDN; ours at /graphiql is served from npm packages.
    graphiql: false,
    // Compile an operation to JavaScript once it has been seen twice: list-heavy answers such
    // as a ranking page resolve several times faster than through graphql-js's interpreter.
    jit: 2,
    // Our own depth rule rather than Mercurius's queryDepth, which also counted the IDE's
    // introspection query (15 deep) and left the IDE without a schema.
    // Size bounds first, before graphql-js or any rule walks the document.
    // Text PostgreSQL cannot store is refused with its path before any resolver runs.
    // The operation's name and whether its answer has errors go to the request's metrics.
    hooks: {
      preParsing: [
        // The context (GraphQLContext, with the caller) is built before the hooks run.
        documentBoundsHook({ 'signed-in': DEFAULT_DOCUMENT_BOUNDS, anonymous: ANONYMOUS_DOCUMENT_BOUNDS }, (context: MercuriusContext) =>
          (context as MercuriusContext & Partial<GraphQLContext>).actor ? 'signed-in' : 'anonymous',
        ),
      ],
      // Only a document that passed validation, sent by a signed-in caller, names its operation in
      // the metrics: names in refused or anonymous documents would take the label slots.
      preExecution: [noteOperation, storableTextHook()],
      onResolution: [
        (execution, context) => {
          if (execution.errors && execution.errors.length > 0) metrics.noteErrors(context.reply.request);
          return Promise.resolve();
        },
      ],
    },
    validationRules: [
      queryLimitsRule(config.graphql),
      ...(config.graphql.introspection ? [] : [NoSchemaIntrospectionCustomRule]),
    ],
    context: async (request: FastifyRequest): Promise<GraphQLContext> => {
      const clientAddress = request.ip;
      try {
        const actor = await auth.resolveActor(request.headers.authorization);
        const scope = actor ? memberScope(actor) : { organizationIds: [], userId: null };
        return { actor, clientAddress, loaders: createRequestLoaders(database, scope) };
      } catch (error) {
        // A database that is away while the caller is signed in: answered in GraphQL's form.
        const refusal = error instanceof DomainError ? error : mapPostgresError(error, config.database.disk);
        if (!refusal) throw error;
        const loaders = createRequestLoaders(database, { organizationIds: [], userId: null });
        return { actor: null, authenticationError: refusal, clientAddress, loaders };
      }
    },
    errorFormatter,
  };
}
