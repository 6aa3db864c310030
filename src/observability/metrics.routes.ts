import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { GRAPHQL_PATH } from '../auth/route-access.js';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isIP } from 'node:net';
import { DomainError, ErrorCode } from '../common/errors/domain-error.js';
import { type FailureAnswering, failureAnswering, replyWithError } from '../common/errors/graphql-error.formatter.js';
import type { AppConfig, MetricsAccess } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import { Metrics } from './metrics.service.js';

export const METRICS_PATH = '/metrics';
/** The label of GraphQL requests refused before execution: their names never become labels. */
export const REFUSED_LABEL = 'refused';

/** A caller on this machine: 127.0.0.0/8 or ::1, also as an IPv4-mapped IPv6 address. */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
  return plain === '::1' || (isIP(plain) === 4 && plain.startsWith('127.'));
}

interface GraphqlRequestState {
  started: bigint;
  operation?: string;
  failed: boolean;
}

/**
 * GET /metrics (Prometheus text format), served as METRICS says: to this machine only by
 * default, judged by the connection's own address (never a forwarded header). And the timing of
 * every GraphQL request, from its first byte to the answer's last, by operation name.
 */
@Injectable()
export class MetricsRoutes implements OnModuleInit {
  private readonly access: MetricsAccess;
  private readonly answering: FailureAnswering;
  private readonly graphqlRequests = new WeakMap<FastifyRequest, GraphqlRequestState>();

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly metrics: Metrics,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.access = config.metrics;
    this.answering = failureAnswering(config);
  }

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.get(METRICS_PATH, { config: { access: { public: 'METRICS decides who reads it, by the connection: this machine only by default' } } }, (request, reply) =>
      this.serve(request, reply),
    );
    fastify.addHook('onRequest', (request, _reply, done) => {
      if (request.url.split('?')[0] === GRAPHQL_PATH) this.graphqlRequests.set(request, { started: process.hrtime.bigint(), failed: false });
      done();
    });
    fastify.addHook('onResponse', (request, reply, done) => {
      const state = this.graphqlRequests.get(request);
      if (state) {
        const seconds = Number(process.hrtime.bigint() - state.started) / 1e9;
        // No operation noted: the document was refused before execution (parse, bounds, validation).
        this.metrics.graphqlRequest(state.operation ?? REFUSED_LABEL, state.failed || reply.statusCode >= 400, seconds);
      }
      done();
    });
  }

  /** For the GraphQL hooks: the operation this request runs. */
  noteOperation(request: FastifyRequest, name: string | undefined): void {
    const state = this.graphqlRequests.get(request);
    if (state) state.operation = this.metrics.operationLabel(name);
  }

  /** For the GraphQL hooks: the answer carries errors. */
  noteErrors(request: FastifyRequest): void {
    const state = this.graphqlRequests.get(request);
    if (state) state.failed = true;
  }

  private async serve(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    try {
      if (this.access === 'off') throw new DomainError(ErrorCode.NOT_FOUND, 'metrics are switched off (METRICS=off)');
      // A reverse proxy on this machine connects from loopback for everyone: what it forwards is not local.
      const forwarded = request.headers.forwarded !== undefined || request.headers['x-forwarded-for'] !== undefined;
      if (this.access === 'loopback' && (forwarded || !isLoopback(request.socket.remoteAddress))) {
        throw new DomainError(ErrorCode.FORBIDDEN, 'metrics are served to this machine only (METRICS=loopback); set METRICS=on behind a proxy that decides who may read them');
      }
      await reply.code(200).header('content-type', this.metrics.registry.contentType).header('cache-control', 'no-store').send(await this.metrics.text());
    } catch (error) {
      await replyWithError(request, reply, error, this.answering);
    }
  }
}
