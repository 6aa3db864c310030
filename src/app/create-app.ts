import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '../config/app-config.js';
import { AppModule } from './app.module.js';
import { refuseNonJsonGraphqlPost } from './csrf.hook.js';
import { bodyTimeoutHook, httpServerOptions, limitConnections } from './http-limits.js';
import { failureAnswering } from '../common/errors/graphql-error.formatter.js';
import { refuseRepeatedQueryParameters } from '../common/validation/query-parameters.js';
import { PinoNestLogger } from './pino-nest.logger.js';
import { requireRouteAccess } from '../auth/route-access.js';
import { AuthService } from '../auth/auth.service.js';

/** Builds the application (not listening yet); shared by main.ts and the end-to-end tests. */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    logger: { level: config.logLevel, redact: ['req.headers.authorization'] },
    // GraphQL requests are small; bulk data arrives through the streaming upload endpoint.
    bodyLimit: 1024 * 1024,
    ...httpServerOptions(config),
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, databaseUrl),
    adapter,
    { bufferLogs: true },
  );
  app.useLogger(new PinoNestLogger(adapter.getInstance().log));
  const fastify = adapter.getInstance();
  fastify.addHook('onRequest', bodyTimeoutHook);
  fastify.addHook('onRequest', refuseNonJsonGraphqlPost);
  fastify.addHook('preValidation', refuseRepeatedQueryParameters(failureAnswering(config)));
  // Before app.init() registers the routes: each must declare who may call it.
  requireRouteAccess(fastify, (authorization) => app.get(AuthService, { strict: false }).resolveActor(authorization), failureAnswering(config));
  limitConnections(fastify.server, config);
  await app.init();
  await adapter.getInstance().ready();
  return app;
}
