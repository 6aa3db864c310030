import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AuthService } from '../auth/auth.service.js';
import { UnauthenticatedError } from '../auth/access.js';
import { BadInputError } from '../common/errors/domain-error.js';
import { toHttpErrorResponse } from '../common/errors/graphql-error.formatter.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import { tableCsv, tableXlsx } from '../common/tables/table-files.js';
import { verificationTable } from './report-table.js';
import { type Language, LANGUAGES } from '../common/i18n/formatters.js';
import { reportWords } from './report-texts.js';
import { verificationReportPdf } from './pdf/verification-report.pdf.js';
import { VerificationReportReader } from './verification-report.reader.js';

export const VERIFICATION_REPORT_PATH = '/reports/verifications/:file';

const CONTENT_TYPES = {
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
type ReportFormat = keyof typeof CONTENT_TYPES;

/** `<id>.<format>` of the address, or a 400 naming what is accepted. */
function parseFile(file: string): { id: string; format: ReportFormat } {
  const dot = file.lastIndexOf('.');
  const format = dot < 0 ? '' : file.slice(dot + 1).toLowerCase();
  if (!Object.hasOwn(CONTENT_TYPES, format)) {
    throw new BadInputError([{ path: 'format', message: `the report format must be one of ${Object.keys(CONTENT_TYPES).join(', ')} (e.g. /reports/verifications/<id>.pdf)` }]);
  }
  return { id: file.slice(0, dot), format: format as ReportFormat };
}

function parseLanguage(value: unknown): Language {
  if (value === undefined) return 'pl';
  const language = LANGUAGES.find((candidate) => candidate === value);
  if (!language) throw new BadInputError([{ path: 'lang', message: `lang must be one of ${LANGUAGES.join(', ')}` }]);
  return language;
}

/**
 * GET /reports/verifications/<id>.pdf|csv|xlsx?lang=pl|en: a verification as a document to file
 * or a table to continue with. Sign-in and access as for reading the verification through
 * GraphQL (another office's id is NOT_FOUND, 404); the same error body; nothing is written.
 */
@Injectable()
export class ReportRoute implements OnModuleInit {
  private readonly exposeInternals: boolean;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly auth: AuthService,
    private readonly verifications: VerificationReportReader,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.exposeInternals = config.nodeEnv === 'development';
  }

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.get(VERIFICATION_REPORT_PATH, (request, reply) => this.verification(request, reply));
  }

  private async verification(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    try {
      const actor = await this.auth.resolveActor(request.headers.authorization);
      if (!actor) throw new UnauthenticatedError();
      const { id, format } = parseFile((request.params as { file: string }).file);
      const language = parseLanguage((request.query as { lang?: unknown }).lang);
      const data = await this.verifications.read(actor, id, language);
      const table = () => verificationTable(data, reportWords(language));
      const body =
        format === 'pdf'
          ? await verificationReportPdf(data, language)
          : format === 'csv'
            ? Buffer.from(tableCsv(table()), 'utf8')
            : Buffer.from(await tableXlsx(table(), { created: new Date(data.verification.createdAt) }));
      await reply
        .code(200)
        .header('content-type', CONTENT_TYPES[format])
        .header('content-disposition', `attachment; filename="verification-${data.verification.id}-${language}.${format}"`)
        .header('cache-control', 'private, no-store')
        .send(body);
    } catch (error) {
      const { status, body } = toHttpErrorResponse(error, {
        exposeInternals: this.exposeInternals,
        logger: { error: (details, message) => request.log.error(details, message) },
      });
      await reply.code(status).send(body);
    }
  }
}
