import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { ApiError, request, toApiError } from '../../api/client.js';
import { useQuery } from '../../api/use-query.js';
import { saveFile } from '../../api/download.js';
import { NpvRangeBar } from '../../charts/charts.js';
import { quadrantChart as quadrantChartModule } from '../../charts/chart-modules.js';
import { WithModule } from '../../components/lazy-module.js';
import { addressOf, Link, useRouter } from '../../app/router.js';
import { useSignedIn } from '../../app/session.js';
import { DataTable } from '../../components/data-table.js';
import { ErrorNotice, SelectField, StatusMessage } from '../../components/forms.js';
import { Loading, PageHeading } from '../../components/page.js';
import { Pagination } from '../../components/pagination.js';
import { useReportDownload } from '../../components/report-download.js';
import { graphql } from '../../gql/index.js';
import type { EvidenceGrade, ProcessCategory, Quadrant, RankingOrder } from '../../gql/graphql.js';
import { SERVER_TEXT_LANGUAGE, useI18n } from '../../i18n/i18n.js';
import { EVIDENCE_GRADES, PROCESS_CATEGORIES, QUADRANTS, RANKING_ORDERS } from '../../components/enum-values.js';


const RANKING_PAGE_SIZE = 20;

export const CandidateRankingQuery = graphql(`
  query CandidateRanking($organizationId: ID, $filter: CandidateFilterInput, $orderBy: RankingOrder, $first: Int, $after: String) {
    candidateRanking(organizationId: $organizationId, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      edges {
        node {
          rank
          processId
          processName
          departmentId
          quadrant
          automationPotential
          easeOfImplementation
          hoursSaved {
            p50
          }
          npv {
            p10
            p50
            p90
          }
          probabilityPositiveNpv
          candidate
          notCandidateReason
          display {
            hoursSaved {
              p50
            }
            npv {
              p10
              p50
              p90
            }
          }
          evidenceGrade
          warnings
          explanation
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The ranking for an address: `/ranking?category=&department=&quadrant=&minEvidence=&order=&after=`. */
export function rankingVariables(search: URLSearchParams, organizationId: string) {
  return {
    organizationId,
    filter: {
      category: (search.get('category') || null) as ProcessCategory | null,
      departmentId: search.get('department') || null,
      quadrant: (search.get('quadrant') || null) as Quadrant | null,
      minEvidence: (search.get('minEvidence') || null) as EvidenceGrade | null,
    },
    orderBy: (search.get('order') || 'NPV_P50') as RankingOrder,
    first: RANKING_PAGE_SIZE,
    after: search.get('after'),
  };
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Candidates the PDF report lists and sums, for a council meeting. */
const REPORT_TOP = 20;

/** At most this many rows go into an export (10 pages of the API's largest page). */
const EXPORT_LIMIT = 1000;

export function RankingScreen() {
  const { t, label, format, language } = useI18n();
  const session = useSignedIn();
  const { location, navigate } = useRouter();
  const search = location.search;
  const values = {
    category: search.get('category') ?? '',
    department: search.get('department') ?? '',
    quadrant: search.get('quadrant') ?? '',
    minEvidence: search.get('minEvidence') ?? '',
    order: search.get('order') ?? 'NPV_P50',
  };
  const [draft, setDraft] = useState(values);
  const valuesKey = JSON.stringify(values);
  useEffect(() => setDraft(JSON.parse(valuesKey) as typeof values), [valuesKey]);
  const { data, error, loading } = useQuery(CandidateRankingQuery, rankingVariables(search, session.organization.id));
  const from = Number(search.get('from') ?? '1') || 1;

  const address = (next: Record<string, string | null>) => addressOf('/ranking', next);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    navigate(address(draft));
  };

  const rows = useMemo(() => data?.candidateRanking.edges.map((edge) => edge.node) ?? [], [data]);
  const report = useReportDownload();
  // The server's report of this view: its filters and order, the top candidates with their portfolio.
  const reportAddress = addressOf('/reports/ranking.pdf', { organizationId: session.organization.id, lang: language, ...values, top: String(REPORT_TOP) });
  const [exporting, setExporting] = useState(false);
  const [exportStatus, setExportStatus] = useState<string | null>(null);
  const [exportError, setExportError] = useState<ApiError | null>(null);

  /** The whole filtered ranking in the chosen order (not only this page), as a file. */
  const exportView = async (kind: 'xlsx' | 'csv') => {
    setExporting(true);
    setExportError(null);
    setExportStatus(null);
    try {
      const variables = { ...rankingVariables(search, session.organization.id), first: 100, after: null as string | null };
      const all: typeof rows = [];
      for (;;) {
        const page = await request(CandidateRankingQuery, variables);
        all.push(...page.candidateRanking.edges.map((edge) => edge.node));
        if (!page.candidateRanking.pageInfo.hasNextPage || all.length >= EXPORT_LIMIT) break;
        variables.after = page.candidateRanking.pageInfo.endCursor ?? null;
      }
      const exported = all.slice(0, EXPORT_LIMIT);
      // The workbook writer (exceljs) and the ranking's columns are fetched only when a file is asked for.
      const [files, { rankingTable }] = await Promise.all([import('@src/shared/tables/table-files.js'), import('@src/shared/tables/ranking-table.js')]);
      const table = rankingTable(
        exported.map((row) => ({ ...row, departmentName: row.departmentId ? (departments.get(row.departmentId) ?? null) : null })),
        language,
      );
      const fileName = `${t('ranking.fileName')}.${kind}`;
      if (kind === 'xlsx') saveFile(new Blob([await files.tableXlsx(table)], { type: XLSX_TYPE }), fileName);
      else saveFile(new Blob([files.tableCsv(table)], { type: 'text/csv;charset=utf-8' }), fileName);
      setExportStatus(t('ranking.exported', { rows: exported.length, file: fileName }));
    } catch (caught) {
      setExportError(toApiError(caught));
    } finally {
      setExporting(false);
    }
  };
  // The chart is redrawn only when its figures or the language change, not when a filter is edited.
  const quadrantChart = useMemo(
    () => ({
      points: rows.map((row) => ({
        id: row.processId,
        name: row.processName,
        automationPotential: row.automationPotential,
        easeOfImplementation: row.easeOfImplementation,
        hoursSaved: row.hoursSaved.p50,
        grade: row.evidenceGrade,
        description: t('ranking.point', {
          name: row.processName,
          ap: format.number(row.automationPotential, 0),
          ei: format.number(row.easeOfImplementation, 0),
          hours: format.integer(row.hoursSaved.p50),
          grade: label('EvidenceGrade', row.evidenceGrade),
        }),
      })),
      label: t('ranking.quadrantAlt', { count: rows.length }),
      grades: EVIDENCE_GRADES.map((value) => ({ value, label: label('EvidenceGrade', value) })),
      quadrantLabels: { quickWin: label('Quadrant', 'QUICK_WIN'), strategic: label('Quadrant', 'STRATEGIC'), lowValue: label('Quadrant', 'LOW_VALUE'), notReady: label('Quadrant', 'NOT_READY') },
      axisLabels: { x: t('ranking.column.ap'), y: t('ranking.column.ei') },
    }),
    [rows, t, label, format],
  );
  const departments = new Map(session.organization.departments.map((department) => [department.id, department.name]));
  const npvValues = rows.flatMap((row) => [Number(row.npv.p10), Number(row.npv.p90), 0]);
  const domain: [number, number] = [Math.min(...npvValues, 0), Math.max(...npvValues, 0)];

  return (
    <>
      <PageHeading title={t('ranking.title')}>{t('ranking.title')}</PageHeading>
      <p>{t('ranking.intro')}</p>
      <form className="filters" onSubmit={apply} aria-label={t('list.filters')}>
        <SelectField
          id="ranking-category"
          label={t('processes.column.category')}
          value={draft.category}
          onChange={(category) => setDraft({ ...draft, category })}
          options={[{ value: '', label: t('list.all') }, ...PROCESS_CATEGORIES.map((value) => ({ value, label: label('ProcessCategory', value) }))]}
        />
        <SelectField
          id="ranking-department"
          label={t('processes.column.department')}
          value={draft.department}
          onChange={(department) => setDraft({ ...draft, department })}
          options={[{ value: '', label: t('list.all') }, ...session.organization.departments.map((department) => ({ value: department.id, label: department.name }))]}
        />
        <SelectField
          id="ranking-quadrant"
          label={t('ranking.column.quadrant')}
          value={draft.quadrant}
          onChange={(quadrant) => setDraft({ ...draft, quadrant })}
          options={[{ value: '', label: t('list.all') }, ...QUADRANTS.map((value) => ({ value, label: label('Quadrant', value) }))]}
        />
        <SelectField
          id="ranking-minEvidence"
          label={t('ranking.minEvidence')}
          value={draft.minEvidence}
          onChange={(minEvidence) => setDraft({ ...draft, minEvidence })}
          options={[{ value: '', label: t('list.all') }, ...EVIDENCE_GRADES.map((value) => ({ value, label: label('EvidenceGrade', value) }))]}
        />
        <SelectField
          id="ranking-order"
          label={t('ranking.order')}
          value={draft.order}
          onChange={(order) => setDraft({ ...draft, order })}
          options={RANKING_ORDERS.map((value) => ({ value, label: label('RankingOrder', value) }))}
        />
        <div className="filters__actions">
          <button type="submit" className="button">
            {t('list.apply')}
          </button>
        </div>
      </form>
      <ErrorNotice error={error || exportError} />
      <div className="export-actions">
        <button type="button" className="button button--secondary" disabled={exporting} onClick={() => void exportView('xlsx')}>
          {t('ranking.exportXlsx')}
        </button>
        <button type="button" className="button button--secondary" disabled={exporting} onClick={() => void exportView('csv')}>
          {t('ranking.exportCsv')}
        </button>
        <button type="button" className="button button--secondary" disabled={report.busy} onClick={() => void report.download(reportAddress)}>
          {t('ranking.reportPdf', { count: REPORT_TOP })}
        </button>
        <StatusMessage message={exportStatus ?? report.status} />
        <ErrorNotice error={report.error} />
      </div>
      {loading && !data ? <Loading /> : null}
      {data && rows.length > 0 ? (
        <section aria-labelledby="quadrant-heading" className="chart-section">
          <h2 id="quadrant-heading">{t('ranking.quadrantChart')}</h2>
          <p className="hint">{t('ranking.quadrantHint')}</p>
          <div className="chart-scroll">
            <WithModule module={quadrantChartModule}>
              {({ QuadrantChart }) => <QuadrantChart {...quadrantChart} onOpen={(id) => navigate(`/candidates/${id}`)} />}
            </WithModule>
          </div>
        </section>
      ) : null}
      {data ? (
        <>
          <DataTable
            labelledBy="ranking-caption"
            caption={t('ranking.caption', { organization: session.organization.name })}
            busy={loading}
            columns={[
              { label: t('ranking.column.rank'), numeric: true },
              { label: t('ranking.column.process') },
              { label: t('ranking.column.quadrant') },
              { label: t('ranking.column.ap'), numeric: true },
              { label: t('ranking.column.ei'), numeric: true },
              { label: t('ranking.column.hours'), numeric: true },
              { label: t('ranking.column.npv') },
              { label: t('ranking.column.probability'), numeric: true },
              { label: t('processes.column.evidence') },
              { label: t('ranking.column.explanation') },
            ]}
          >
            {rows.length === 0 ? (
              <tr>
                <td colSpan={10}>{t('list.empty')}</td>
              </tr>
            ) : null}
            {rows.map((row) => {
              // Figures as rounded to their Monte Carlo standard error: no digit a seed would change.
              const shown = row.display.npv;
              const npvText = t('ranking.npvRange', { p10: format.moneyRounded(shown.p10), p50: format.moneyRounded(shown.p50), p90: format.moneyRounded(shown.p90) });
              return (
                <tr key={row.processId} data-process={row.processId}>
                  <td className="numeric">{row.rank}</td>
                  <th scope="row">
                    <Link to={`/candidates/${row.processId}`}>{row.processName}</Link>
                    <p className="department">{row.departmentId ? (departments.get(row.departmentId) ?? '—') : '—'}</p>
                  </th>
                  <td>{label('Quadrant', row.quadrant)}</td>
                  <td className="numeric">{format.number(row.automationPotential, 0)}</td>
                  <td className="numeric">{format.number(row.easeOfImplementation, 0)}</td>
                  <td className="numeric">{format.integer(row.display.hoursSaved.p50)}</td>
                  {row.candidate ? (
                    <td className="npv-cell">
                      <span data-figure="npv-p50" className="npv-p50">
                        {format.moneyRounded(shown.p50)}
                      </span>
                      <span className="npv-range">{t('ranking.npvP10P90', { p10: format.moneyRounded(shown.p10), p90: format.moneyRounded(shown.p90) })}</span>
                      <NpvRangeBar p10={shown.p10} p50={shown.p50} p90={shown.p90} domain={domain} label={npvText} />
                    </td>
                  ) : (
                    <td className="npv-cell npv-cell--none">
                      <span data-figure="not-candidate" className="npv-p50">
                        {t('ranking.notCandidate')}
                      </span>
                      <span className="npv-range">{row.notCandidateReason ? label('NotCandidateReason', row.notCandidateReason) : null}</span>
                    </td>
                  )}
                  <td className="numeric">{format.percent(row.probabilityPositiveNpv, 0)}</td>
                  <td>{label('EvidenceGrade', row.evidenceGrade)}</td>
                  <td className="explanation-cell">
                    <p className="explanation" lang={SERVER_TEXT_LANGUAGE}>
                      {row.explanation}
                    </p>
                    {row.warnings.length > 0 ? (
                      <ul className="warnings" lang={SERVER_TEXT_LANGUAGE}>
                        {row.warnings.map((warning) => (
                          <li key={warning}>
                            <span aria-hidden="true">⚠ </span>
                            {warning}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </DataTable>
          <Pagination
            from={from}
            count={rows.length}
            firstHref={search.get('after') ? address(values) : null}
            nextHref={
              data.candidateRanking.pageInfo.hasNextPage && data.candidateRanking.pageInfo.endCursor
                ? address({ ...values, after: data.candidateRanking.pageInfo.endCursor, from: String(from + rows.length) })
                : null
            }
          />
        </>
      ) : null}
    </>
  );
}
