import type { MercuriusDriverConfig } from '@nestjs/mercurius';
import type { GraphQLFormattedError } from 'graphql';
import mercurius from 'mercurius';
import type { DataSource } from 'typeorm';
import { codeForUncodedError } from '../common/errors/graphql-error.formatter.js';
import { createRequestLoaders, type GraphQLContext } from '../common/loaders/request-loaders.js';
import type { AppConfig } from '../config/app-config.js';

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

export function graphqlOptions(_config: AppConfig, dataSource: DataSource): MercuriusDriverConfig {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    // The bundled IDE loads from a CDN; ours at /graphiql is served from npm packages.
    graphiql: false,
    context: (): GraphQLContext => ({ loaders: createRequestLoaders(dataSource) }),
    errorFormatter,
  };
}
