import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type RouteAccess, signedInCaller } from '../auth/route-access.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import { BadInputError } from '../common/errors/domain-error.js';
import { type FailureAnswering, failureAnswering, replyWithError } from '../common/errors/graphql-error.formatter.js';
import { unstorableTextReason } from '../common/validation/storable-text.js';
import { TEXT_ENCODINGS } from './domain/text-decoding.js';
import { ImportFormat } from './domain/measurement.enums.js';
import { MeasurementImporter } from './measurement-importer.service.js';
import { PACE_WINDOW_MS, pacedChunks, type UploadPace, UploadTooSlowError } from './upload-pace.js';
import type { StreamedBodyConfig } from '../app/http-limits.js';
import type { QueryParameterConfig } from '../common/validation/query-parameters.js';

export const UPLOAD_PATH = '/imports';

interface UploadQuery {
  periodId?: string;
  processId?: string;
  format?: string;
  fileName?: string;
  replace?: string;
  keepOutsidePeriod?: string;
  delimiter?: string;
  encoding?: string;
  map?: string | string[];
}

/**
 * A refused upload's remaining body is drained up to this size and for at most this long; beyond
 * either the answer is sent and the connection closed (a trickling client must not hold it).
 */
const MAX_DRAINED_BYTES = 256 * 1024 ** 2;
const MAX_DRAIN_MS = 5_000;

/** Reads and discards the rest of a request body within the limits; true when it all arrived. */
function drainBody(body: Readable): Promise<boolean> {
  if (body.readableEnded || body.destroyed) return Promise.resolve(body.readableEnded);
  return new Promise((resolve) => {
    let drained = 0;
    const done = (whole: boolean) => {
      clearTimeout(timer);
      body.off('data', count);
      body.off('end', ended);
      body.off('close', stopped);
      body.off('error', stopped);
      body.pause();
      resolve(whole);
    };
    const count = (chunk: Buffer) => {
      drained += chunk.length;
      if (drained > MAX_DRAINED_BYTES) done(false);
    };
    const ended = () => done(true);
    const stopped = () => done(false);
    const timer = setTimeout(stopped, MAX_DRAIN_MS);
    body.on('data', count);
    body.once('end', ended);
    body.once('close', stopped);
    body.once('error', stopped);
    body.resume();
  });
}

/** Delimiters a CSV may declare (`tab` for a tab). */
const DELIMITERS: Record<string, string> = { ',': ',', ';': ';', tab: '\t' };

type FileFormat = Exclude<ImportFormat, ImportFormat.GRAPHQL>;
const FILE_FORMATS = Object.values(ImportFormat).filter((format): format is FileFormat => format !== ImportFormat.GRAPHQL);

/** `col=field` pairs, repeated or comma-separated. */
export function parseMapping(map: string | string[] | undefined): Record<string, string> {
  const pairs = (Array.isArray(map) ? map : map === undefined ? [] : [map]).flatMap((entry) => entry.split(','));
  const mapping: Record<string, string> = {};
  for (const pair of pairs.filter((entry) => entry.trim() !== '')) {
    const [column, field, ...rest] = pair.split('=');
    if (!column || !field || rest.length > 0) {
      throw new BadInputError([{ path: 'map', message: `"${pair}" is not column=field` }]);
    }
    mapping[column.trim()] = field.trim();
  }
  return mapping;
}

/**
 * POST /imports?periodId=...[&format=csv|monthly-csv|event-csv|xes][&map=col=field][&replace=true][&keepOutsidePeriod=true]
 * with the file as the request body (plain or gzip). The body is streamed straight into
 * PostgreSQL (validated COPY) inside one transaction. Same sign-in, roles and error shape as
 * GraphQL.
 */
@Injectable()
export class UploadRoute implements OnModuleInit {
  private readonly answering: FailureAnswering;
  private readonly pace: UploadPace;
  private readonly maxBytes: number;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly importer: MeasurementImporter,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.answering = failureAnswering(config);
    this.pace = { minBytesPerSecond: config.imports.minBytesPerSecond, idleMs: config.imports.idleMs, windowMs: PACE_WINDOW_MS };
    this.maxBytes = config.imports.maxBytes;
  }

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    void fastify.register((instance, _options, done) => {
      // Leave the body unread: the handler streams it.
      instance.removeAllContentTypeParsers();
      instance.addContentTypeParser('*', (_request, _payload, parsed) => parsed(null));
      // Signed in before a byte of the body is read: a caller who is not is answered at once
      // and the connection closed, its body unread (requireRouteAccess).
      const config: StreamedBodyConfig & QueryParameterConfig & { access: RouteAccess } = { access: 'signed-in', streamsBody: true, repeatableQuery: ['map'] };
      instance.post(UPLOAD_PATH, { bodyLimit: this.maxBytes, config }, (request, reply) => this.handle(request, reply));
      done();
    });
  }

  private async handle(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    try {
      const actor = signedInCaller(request);
      const query = request.query as UploadQuery;
      if (!query.periodId) throw new BadInputError([{ path: 'periodId', message: 'periodId is required' }]);
      // Without a format, the importer reads it from the file's first line.
      const format = query.format === undefined ? undefined : FILE_FORMATS.find((candidate) => String(candidate) === query.format);
      if (query.format !== undefined && !format) {
        throw new BadInputError([{ path: 'format', message: `format must be one of ${FILE_FORMATS.join(', ')}, or left out to detect it` }]);
      }
      const delimiter = query.delimiter === undefined ? undefined : DELIMITERS[query.delimiter];
      if (query.delimiter !== undefined && delimiter === undefined) {
        throw new BadInputError([{ path: 'delimiter', message: `delimiter must be one of ${Object.keys(DELIMITERS).join(', ')}, or left out to read it from the header` }]);
      }
      const encoding = TEXT_ENCODINGS.find((candidate) => candidate === query.encoding?.toLowerCase());
      if (query.encoding !== undefined && encoding === undefined) {
        throw new BadInputError([{ path: 'encoding', message: `encoding must be one of ${TEXT_ENCODINGS.join(', ')}, or left out (UTF-8, or Windows-1250 when detected)` }]);
      }
      const fileNameProblem = query.fileName === undefined ? null : unstorableTextReason(query.fileName);
      if (fileNameProblem) throw new BadInputError([{ path: 'fileName', message: `the file name ${fileNameProblem}` }]);
      const summary = await this.importer.importStream(
        actor,
        {
          periodId: query.periodId,
          processId: query.processId,
          format,
          fileName: query.fileName ?? null,
          mapping: parseMapping(query.map),
          replace: query.replace === 'true',
          keepOutsidePeriod: query.keepOutsidePeriod === 'true',
          delimiter,
          encoding,
        },
        // Not destroyed when the import stops early: the rest of the body is drained below, so
        // the client reads the answer instead of a reset connection.
        pacedChunks(request.raw, this.pace),
      );
      await reply.code(200).send(summary);
    } catch (error) {
      if (error instanceof UploadTooSlowError) {
        await this.refuseAndClose(request, reply, error);
        return;
      }
      // Whatever is left of the body is read and discarded before answering: a connection
      // closed on unread data is reset, and the client would never see why it was refused.
      if (!(await drainBody(request.raw))) reply.header('connection', 'close');
      await replyWithError(request, reply, error, this.answering);
    }
  }

  /** Answers and closes the connection without reading what is left of the body. */
  private async refuseAndClose(request: FastifyRequest, reply: FastifyReply, error: unknown): Promise<void> {
    reply.header('connection', 'close');
    await replyWithError(request, reply, error, this.answering);
  }
}
