import { Global, Module } from '@nestjs/common';
import { Metrics } from './metrics.service.js';
import { MetricsRoutes } from './metrics.routes.js';

/** Metrics for Prometheus: every feature may count through Metrics; /metrics serves them. */
@Global()
@Module({
  providers: [Metrics, MetricsRoutes],
  exports: [Metrics, MetricsRoutes],
})
export class ObservabilityModule {}
