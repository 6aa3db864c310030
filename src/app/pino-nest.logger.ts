import type { LoggerService } from '@nestjs/common';
import type { FastifyBaseLogger } from 'fastify';

/** Nest's own messages go through Fastify's pino logger, so every log line is JSON. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly pino: FastifyBaseLogger) {}

  private write(level: 'info' | 'warn' | 'error' | 'debug' | 'trace', message: unknown, context: unknown[]): void {
    const scope = typeof context.at(-1) === 'string' ? (context.at(-1) as string) : undefined;
    if (typeof message === 'object' && message !== null) {
      this.pino[level]({ context: scope, ...message });
    } else {
      this.pino[level]({ context: scope }, String(message));
    }
  }

  log(message: unknown, ...context: unknown[]): void {
    this.write('info', message, context);
  }
  error(message: unknown, ...context: unknown[]): void {
    this.write('error', message, context);
  }
  warn(message: unknown, ...context: unknown[]): void {
    this.write('warn', message, context);
  }
  debug(message: unknown, ...context: unknown[]): void {
    this.write('debug', message, context);
  }
  verbose(message: unknown, ...context: unknown[]): void {
    this.write('trace', message, context);
  }
}
