import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';

/** Operation names kept apart; later ones are counted as `other`, so a client cannot grow memory. */
const MAX_OPERATIONS = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * The server's metrics in Prometheus's text format (prom-client, a registry of its own per
 * application): GraphQL requests by operation name, imports, the database pool, the process.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();
  private readonly graphqlRequests = new Counter({
    name: 'rpa_graphql_requests_total',
    help: 'GraphQL requests by operation name and outcome (error: an HTTP error or errors in the answer).',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly graphqlSeconds = new Histogram({
    name: 'rpa_graphql_request_duration_seconds',
    help: 'GraphQL request latency, from the request to the last byte of the answer, by operation name.',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly importRows = new Counter({
    name: 'rpa_import_rows_total',
    help: 'Rows written by measurement imports, by format.',
    labelNames: ['format'] as const,
    registers: [this.registry],
  });
  private readonly imports = new Counter({
    name: 'rpa_imports_total',
    help: 'Measurement imports by format and outcome (written, refused).',
    labelNames: ['format', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly importSeconds = new Histogram({
    name: 'rpa_import_duration_seconds',
    help: 'Duration of written imports, from the first byte to the commit of rows, baseline and scores.',
    labelNames: ['format'] as const,
    buckets: [0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300],
    registers: [this.registry],
  });

  constructor(@InjectDataSource() dataSource: DataSource) {
    collectDefaultMetrics({ register: this.registry, prefix: 'rpa_' });
    // TypeORM's postgres driver keeps its pg Pool as `master`.
    const pool = (dataSource.driver as unknown as { master?: Pool }).master;
    new Gauge({
      name: 'rpa_database_pool_connections',
      help: "The API's database connections: total open, idle, and requests waiting for one.",
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        this.set({ state: 'total' }, pool?.totalCount ?? 0);
        this.set({ state: 'idle' }, pool?.idleCount ?? 0);
        this.set({ state: 'waiting' }, pool?.waitingCount ?? 0);
      },
    });
  }

  /** The label for a client's operation name: itself while there is room, else `anonymous` or `other`. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATIONS) return 'other';
    this.operations.add(name);
    return name;
  }

  graphqlRequest(operation: string, failed: boolean, seconds: number): void {
    this.graphqlRequests.inc({ operation, outcome: failed ? 'error' : 'ok' });
    this.graphqlSeconds.observe({ operation }, seconds);
  }

  importWritten(format: string, rows: number, seconds: number): void {
    this.imports.inc({ format, outcome: 'written' });
    this.importRows.inc({ format }, rows);
    this.importSeconds.observe({ format }, seconds);
  }

  importRefused(format: string): void {
    this.imports.inc({ format, outcome: 'refused' });
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }
}
