import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { signedInCaller } from '../auth/route-access.js';
import { BadInputError, DomainError, ErrorCode } from '../common/errors/domain-error.js';
import { FairQueue, QueueFullError } from '../common/fair-queue.js';
import { type FailureAnswering, failureAnswering, replyWithError } from '../common/errors/graphql-error.formatter.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import { type Table, tableCsv } from '../shared/tables/table-files.js';
import { rankingTable } from '../shared/tables/ranking-table.js';
import { InputValidationPipe } from '../common/validation/input-validation.pipe.js';
import { type Actor, organizationIdsOf } from '../auth/domain/actor.js';
import { RankingService } from '../scoring/ranking.service.js';
import { RankingReportQuery } from './dtos/ranking-report.query.js';
import { RankingReportReader } from './ranking-report.reader.js';
import { verificationTable } from './report-table.js';
import { type Language, LANGUAGES } from '../shared/formatters.js';
import { reportWords } from './report-texts.js';
import { ReportRenderer } from './report-renderer.service.js';
import { VerificationReportReader } from './verification-report.reader.js';

export const VERIFICATION_REPORT_PATH = '/reports/verifications/:file';
export const RANKING_REPORT_PATH = '/reports/ranking.:format';
export const CANDIDATE_ASSESSMENT_PATH = '/reports/candidates/:file';

const CONTENT_TYPES = {
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
} as const;
type FileFormat = keyof typeof CONTENT_TYPES;
const REPORT_FORMATS = ['pdf', 'csv', 'xlsx'] as const satisfies readonly FileFormat[];
type ReportFormat = (typeof REPORT_FORMATS)[number];

function parseFormat<Format extends FileFormat>(format: string, accepted: readonly Format[], example: string): Format {
  const found = accepted.find((candidate) => candidate === format.toLowerCase());
  if (!found) throw new BadInputError([{ path: 'format', message: `the format must be one of ${accepted.join(', ')} (e.g. ${example})` }]);
  return found;
}

/** `<id>.<format>` of an address, or a 400 naming what is accepted. */
function parseFile<Format extends FileFormat>(file: string, accepted: readonly Format[], example: string): { id: string; format: Format } {
  const dot = file.lastIndexOf('.');
  return { id: dot < 0 ? file : file.slice(0, dot), format: parseFormat(dot < 0 ? '' : file.slice(dot + 1), accepted, example) };
}

function parseLanguage(value: unknown): Language {
  if (value === undefined) return 'pl';
  const language = LANGUAGES.find((candidate) => candidate === value);
  if (!language) throw new BadInputError([{ path: 'lang', message: `lang must be one of ${LANGUAGES.join(', ')}` }]);
  return language;
}


/** Reports waiting, all offices together, and one office's share of those places. */
const MAX_WAITING_REPORTS = 64;
const MAX_WAITING_REPORTS_PER_OFFICE = 16;

/** The queue's key: the offices the caller speaks for (a platform administrator is one key of its own). */
function queueKeyOf(actor: Actor): string {
  const organizations = organizationIdsOf(actor).sort();
  return organizations.length > 0 ? organizations.join(',') : `platform:${actor.userId}`;
}

interface ReportFile {
  body: Buffer;
  format: FileFormat;
  fileName: string;
}

/**
 * Documents and tables made from stored results, each authorised as reading the same data through
 * GraphQL (sign-in required; the same refusals), with the same error body; nothing is written.
 * - GET /reports/verifications/<id>.pdf|csv|xlsx?lang=pl|en: a verification of a vendor claim
 *   (another office's id is NOT_FOUND, 404);
 * - GET /reports/ranking.pdf|csv|xlsx?organizationId=&lang=&category=&department=&quadrant=&minEvidence=&order=&top=:
 *   the top candidates of the filtered ranking with their portfolio, quadrant chart and scenario;
 * - GET /reports/candidates/<processId>.json: a candidate's full stored assessment.
 */
@Injectable()
export class ReportRoute implements OnModuleInit {
  private readonly answering: FailureAnswering;
  private readonly queryValidation = new InputValidationPipe();
  /**
   * Every report, its database reads included, runs in its office's turn: one office's flood
   * waits behind itself, not in front of others. As many run at once as there are workers: a
   * ranking report also sums its portfolio on the main thread, and two at once doubled what
   * another office's reads waited for (bench:abuse).
   */
  private readonly queue: FairQueue;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly verifications: VerificationReportReader,
    private readonly rankings: RankingReportReader,
    private readonly ranking: RankingService,
    private readonly renderer: ReportRenderer,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.answering = failureAnswering(config);
    this.queue = new FairQueue({ running: renderer.size, waiting: MAX_WAITING_REPORTS, waitingPerKey: MAX_WAITING_REPORTS_PER_OFFICE });
  }

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    const signedIn = { config: { access: 'signed-in' as const } };
    fastify.get(VERIFICATION_REPORT_PATH, signedIn, (request, reply) => this.serve(request, reply, (actor) => this.verification(actor, request)));
    fastify.get(RANKING_REPORT_PATH, signedIn, (request, reply) => this.serve(request, reply, (actor) => this.rankingReport(actor, request)));
    fastify.get(CANDIDATE_ASSESSMENT_PATH, signedIn, (request, reply) => this.serve(request, reply, (actor) => this.candidateAssessment(actor, request)));
  }

  private async verification(actor: Actor, request: FastifyRequest): Promise<ReportFile> {
    const { id, format } = parseFile<ReportFormat>((request.params as { file: string }).file, REPORT_FORMATS, '/reports/verifications/<id>.pdf');
    const language = parseLanguage((request.query as { lang?: unknown }).lang);
    const data = await this.verifications.read(actor, id, language);
    const body =
      format === 'pdf'
        ? await this.renderer.render({ kind: 'verification-pdf', data, language })
        : await this.tableFile(format, verificationTable(data, reportWords(language)), new Date(data.verification.createdAt));
    return { body, format, fileName: `verification-${data.verification.id}-${language}.${format}` };
  }

  private async rankingReport(actor: Actor, request: FastifyRequest): Promise<ReportFile> {
    const format = parseFormat<ReportFormat>((request.params as { format: string }).format, REPORT_FORMATS, '/reports/ranking.pdf?organizationId=<id>');
    const { lang, ...rest } = request.query as Record<string, unknown>;
    const language = parseLanguage(lang);
    // An empty parameter is no filter, as in the web app's addresses.
    const given = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== ''));
    // Unknown parameters are refused (data 'query' makes the validation forbid them), not ignored:
    // a misspelt filter would otherwise give the unfiltered ranking.
    const query = (await this.queryValidation.transform(given, { type: 'query', metatype: RankingReportQuery, data: 'query' })) as RankingReportQuery;
    const source = await this.rankings.read(actor, query, { portfolio: format === 'pdf' });
    const { data } = source;
    const body =
      format === 'pdf'
        ? await this.renderer.render({ kind: 'ranking-pdf', source, language })
        : await this.tableFile(format, rankingTable(data.candidates, language), new Date(data.asOf));
    return { body, format, fileName: `ranking-${data.organization.terytCode ?? data.organization.id}-${language}.${format}` };
  }

  private async candidateAssessment(actor: Actor, request: FastifyRequest): Promise<ReportFile> {
    const { id, format } = parseFile((request.params as { file: string }).file, ['json'] as const, '/reports/candidates/<processId>.json');
    const assessment = await this.ranking.assessment(actor, id);
    return { body: Buffer.from(`${JSON.stringify(assessment, null, 2)}\n`, 'utf8'), format, fileName: `candidate-${assessment.candidate.processId}.json` };
  }

  /** A report's table as CSV (quick, here) or XLSX (zipped on a worker), the workbook dated like the report. */
  private async tableFile(format: 'csv' | 'xlsx', table: Table, created: Date): Promise<Buffer> {
    return format === 'csv' ? Buffer.from(tableCsv(table), 'utf8') : this.renderer.render({ kind: 'xlsx', table, created });
  }

  private async serve(request: FastifyRequest, reply: FastifyReply, produce: (actor: Actor) => Promise<ReportFile>): Promise<void> {
    try {
      const actor = signedInCaller(request);
      const file = await this.queue.run(queueKeyOf(actor), () => produce(actor)).catch((error: unknown) => {
        if (!(error instanceof QueueFullError)) throw error;
        throw new DomainError(
          ErrorCode.RATE_LIMITED,
          error.full === 'key'
            ? `${error.waiting} reports of your office are waiting to be made, its share of the queue; try again when they are done`
            : 'too many reports are waiting to be made; try again in a minute',
        );
      });
      await reply
        .code(200)
        .header('content-type', CONTENT_TYPES[file.format])
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'private, no-store')
        .send(file.body);
    } catch (error) {
      await replyWithError(request, reply, error, this.answering);
    }
  }
}
