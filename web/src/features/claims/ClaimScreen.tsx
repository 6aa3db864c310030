import { type FormEvent, useMemo, useState } from 'react';
import { forestPlotRows } from '@src/claims/domain/forest-plot-row.js';
import { plotCharts } from '../../charts/chart-modules.js';
import { WithModule } from '../../components/lazy-module.js';
import { ApiError, request, toApiError } from '../../api/client.js';
import { useQuery } from '../../api/use-query.js';
import { Link } from '../../app/router.js';
import { useReportDownload } from '../../components/report-download.js';
import { useSignedIn } from '../../app/session.js';
import { DataTable } from '../../components/data-table.js';
import { ErrorNotice, ErrorSummary, type FormProblem, problemFor, problemsFromError, SelectField, StatusMessage, TextField, fieldsUnder } from '../../components/forms.js';
import { parseDecimal, parseWholeNumber } from '../../components/numbers.js';
import { Loading, PageHeading } from '../../components/page.js';
import { graphql } from '../../gql/index.js';
import type { ClaimDetailQuery } from '../../gql/graphql.js';
import { SERVER_TEXT_LANGUAGE, useI18n } from '../../i18n/i18n.js';
import { VerdictBadge } from './ClaimsScreen.js';


const ClaimDetailQueryDocument = graphql(`
  query ClaimDetail($id: ID!, $organizationId: ID!) {
    claim(id: $id) {
      id
      statement
      metric
      direction
      magnitude
      vendor
      createdAt
      scope {
        kind
        category
        processId
      }
      source {
        quote
        title
        date
        reference
      }
      verifications(first: 10) {
        id
        createdAt
        methodVersion
        parameters
        checks {
          id
          processId
          processName
          exAnte {
            verdict
            boundP10
            boundP50
            boundP90
            explanation
          }
          exPost {
            verdict
            estimate
            lower
            upper
            baselineSampleSize
            afterSampleSize
            casesNeededPerPeriod
            pilotPlan {
              unitsPerPeriod
              unit
              explanation
            }
            decisionRule
            sharedTrendWarning
            suggestedControl {
              processId
              processName
            }
            assumption
            preTrend {
              months
              parallel
            }
            differenceInDifferences
            method
            explanation
            notes
          }
        }
      }
    }
    processes(filter: { organizationId: $organizationId }, first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const VerifyClaimMutation = graphql(`
  mutation VerifyClaim($claimId: ID!, $options: VerifyClaimOptionsInput) {
    verifyClaim(claimId: $claimId, options: $options) {
      id
    }
  }
`);

type Verification = ClaimDetailQuery['claim']['verifications'][number];

export function ClaimScreen({ claimId }: { claimId: string }) {
  const session = useSignedIn();
  const { data, error, loading, reload } = useQuery(ClaimDetailQueryDocument, { id: claimId, organizationId: session.organization.id });
  if (error && !data) return <ErrorNotice error={error} />;
  if (loading && !data) return <Loading />;
  if (!data) return null;
  return <ClaimDetail data={data} onVerified={() => void reload()} />;
}

function ClaimDetail({ data, onVerified }: { data: ClaimDetailQuery; onVerified: () => void }) {
  const { t, label, format } = useI18n();
  const session = useSignedIn();
  const { claim } = data;
  const [shownId, setShownId] = useState<string | null>(null);
  const shown: Verification | undefined = claim.verifications.find((verification) => verification.id === shownId) ?? claim.verifications[0];
  const canVerify = session.can('AUDITOR') || session.can('ADMIN');
  const title = t('claim.title', { statement: claim.statement });
  return (
    <>
      <p className="breadcrumbs">
        <Link to="/claims">{t('nav.claims')}</Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      <dl className="details">
        <dt>{t('claims.field.vendor')}</dt>
        <dd>{claim.vendor}</dd>
        <dt>{t('claims.field.quote')}</dt>
        <dd>
          <blockquote className="quote">„{claim.source.quote}”</blockquote>
        </dd>
        <dt>{t('claims.field.title')}</dt>
        <dd>
          {claim.source.title}
          {claim.source.date ? `, ${format.date(claim.source.date)}` : ''}
          {claim.source.reference ? ` (${claim.source.reference})` : ''}
        </dd>
        <dt>{t('claims.column.metric')}</dt>
        <dd>
          {label('ClaimMetric', claim.metric)}: {label('ClaimDirection', claim.direction)} {format.percent(claim.magnitude, 0)}
        </dd>
        <dt>{t('claims.field.scope')}</dt>
        <dd>{label('ClaimScopeKind', claim.scope.kind)}{claim.scope.category ? `: ${label('ProcessCategory', claim.scope.category)}` : ''}</dd>
      </dl>

      {canVerify ? <VerifyForm claimId={claim.id} processes={data.processes.edges.map((edge) => edge.node)} onVerified={onVerified} /> : null}

      <section className="form-section" aria-labelledby="verdict-heading">
        <h2 id="verdict-heading">{shown ? t('claim.verdictsOf', { when: format.dateTime(shown.createdAt) }) : t('claim.verdicts')}</h2>
        {shown ? <VerificationView verification={shown} magnitude={claim.magnitude} /> : <p>{t('claims.notVerified')}</p>}
      </section>

      <section className="form-section" aria-labelledby="history-heading">
        <h2 id="history-heading">{t('claim.history')}</h2>
        <p className="hint">{t('claim.historyIntro')}</p>
        {claim.verifications.length === 0 ? (
          <p>{t('claims.notVerified')}</p>
        ) : (
          <DataTable labelledBy="history-heading" columns={[{ label: t('import.history.when') }, { label: t('claim.method') }, { label: t('claims.column.verdicts') }, { label: t('claim.show'), visuallyHidden: true }]}>
            {claim.verifications.map((verification) => (
              <tr key={verification.id} aria-current={verification.id === shown?.id ? 'true' : undefined}>
                <th scope="row">{format.dateTime(verification.createdAt)}</th>
                <td>{verification.methodVersion}</td>
                <td>
                  <ul className="verdicts">
                    {verification.checks.map((check) => (
                      <li key={check.id}>
                        {check.processName}: <VerdictBadge enumName="ExPostVerdict" verdict={check.exPost.verdict} />
                      </li>
                    ))}
                  </ul>
                </td>
                <td>
                  {verification.id === shown?.id ? (
                    t('claim.shown')
                  ) : (
                    <button type="button" className="button button--secondary" onClick={() => setShownId(verification.id)}>
                      {t('claim.show')}
                      <span className="visually-hidden"> {format.dateTime(verification.createdAt)}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </>
  );
}

/** The verification as a PDF to file, or as a table, in the language on screen. */
function VerificationReports({ verificationId }: { verificationId: string }) {
  const { t, language } = useI18n();
  const { status, error, busy, download } = useReportDownload();
  const fetchReport = (format: 'pdf' | 'xlsx' | 'csv') => download(`/reports/verifications/${verificationId}.${format}?lang=${language}`);
  return (
    <section aria-labelledby="reports-heading" className="export-actions">
      <h3 id="reports-heading">{t('claim.reports')}</h3>
      <p className="hint">{t('claim.reportsIntro')}</p>
      <button type="button" className="button" disabled={busy} onClick={() => void fetchReport('pdf')}>
        {t('claim.reportPdf')}
      </button>{' '}
      <button type="button" className="button button--secondary" disabled={busy} onClick={() => void fetchReport('xlsx')}>
        {t('claim.reportXlsx')}
      </button>{' '}
      <button type="button" className="button button--secondary" disabled={busy} onClick={() => void fetchReport('csv')}>
        {t('claim.reportCsv')}
      </button>
      <StatusMessage message={status} />
      <ErrorNotice error={error} />
    </section>
  );
}

/** The verification's alpha (its parameters), 0.05 when it names none. */
function alphaOf(parameters: unknown): number {
  return typeof parameters === 'object' && parameters !== null && typeof (parameters as { alpha?: unknown }).alpha === 'number' ? (parameters as { alpha: number }).alpha : 0.05;
}

function VerificationView({ verification, magnitude }: { verification: Verification; magnitude: number }) {
  const { t, format } = useI18n();
  const percent = (value: number | null | undefined) => (value === null || value === undefined ? '—' : format.percent(value, 1));
  const rows = useMemo(() => forestPlotRows(verification.checks), [verification]);
  // The confidence level and the one-sided level of the same decision, as the rule states them.
  const alpha = alphaOf(verification.parameters);
  const share = (value: number) => format.percent(value, Number.isInteger(Math.round(value * 1e6) / 1e4) ? 0 : 1);
  const decisionLevels = { level: share(1 - alpha), oneSided: share(alpha / 2) };
  const description = t('claim.forestAlt', {
    promise: format.percent(magnitude, 0),
    items: verification.checks
      .map((check) => t('claim.forestItem', { name: check.processName, estimate: percent(check.exPost.estimate), lower: percent(check.exPost.lower), upper: percent(check.exPost.upper) }))
      .join('; '),
  });
  return (
    <>
      <VerificationReports verificationId={verification.id} />
      <WithModule module={plotCharts}>
        {({ ForestPlot }) => (
          <ForestPlot rows={rows} magnitude={magnitude} label={description} promiseLabel={t('claim.promise', { value: format.percent(magnitude, 0) })} />
        )}
      </WithModule>
      <p className="hint">{t('claim.forestLegend')}</p>
      {verification.checks.map((check) => (
        <article key={check.id} className="check" data-process={check.processName}>
          <h3>{check.processName}</h3>
          <p>
            {t('claim.afterPilot')}: <VerdictBadge enumName="ExPostVerdict" verdict={check.exPost.verdict} /> · {t('claim.beforePilot')}:{' '}
            <VerdictBadge enumName="ExAnteVerdict" verdict={check.exAnte.verdict} />
          </p>
          <dl className="details">
            <dt>{t('claim.estimate')}</dt>
            <dd data-figure="estimate">
              {percent(check.exPost.estimate)} ({t('figures.ci')}: {percent(check.exPost.lower)} – {percent(check.exPost.upper)})
            </dd>
            <dt>{t('claim.samples')}</dt>
            <dd>{t('claim.samplesValue', { before: format.integer(check.exPost.baselineSampleSize), after: format.integer(check.exPost.afterSampleSize) })}</dd>
            {check.exPost.pilotPlan ? (
              <>
                <dt>{t('claim.pilotPlan')}</dt>
                <dd data-figure="pilot-plan">
                  {t(check.exPost.pilotPlan.unit === 'months' ? 'claim.pilotPlanMonths' : 'claim.pilotPlanCases', { count: format.integer(check.exPost.pilotPlan.unitsPerPeriod) })}
                </dd>
              </>
            ) : null}
            {check.exPost.casesNeededPerPeriod ? (
              <>
                <dt>{t('claim.casesNeeded')}</dt>
                <dd>{format.integer(check.exPost.casesNeededPerPeriod)}</dd>
              </>
            ) : null}
            {check.exPost.estimate === null ? null : (
              <>
            <dt>{t('claim.method')}</dt>
            <dd>
              {check.exPost.differenceInDifferences ? t(check.exPost.method === 'MONTHLY_DID' ? 'claim.didMonthly' : 'claim.did') : t('claim.noControl')}
              {check.exPost.assumption ? ` ${t('claim.parallelTrends')}` : ''}
            </dd>
              </>
            )}
            {check.exPost.preTrend ? (
              <>
                <dt>{t('claim.preTrend')}</dt>
                <dd data-figure="pre-trend">{t(check.exPost.preTrend.parallel ? 'claim.preTrendParallel' : 'claim.preTrendDrift', { months: format.integer(check.exPost.preTrend.months) })}</dd>
              </>
            ) : null}
            {check.exPost.suggestedControl ? (
              <>
                <dt>{t('claim.suggestedControl')}</dt>
                <dd>
                  <Link to={`/processes/${check.exPost.suggestedControl.processId}`}>{check.exPost.suggestedControl.processName}</Link>
                </dd>
              </>
            ) : null}
            <dt>{t('claim.explanation')}</dt>
            <dd lang={SERVER_TEXT_LANGUAGE}>{check.exPost.explanation}</dd>
            <dt>{t('claim.beforePilotBound')}</dt>
            <dd>
              {percent(check.exAnte.boundP10)} – {percent(check.exAnte.boundP90)}. <span lang={SERVER_TEXT_LANGUAGE}>{check.exAnte.explanation}</span>
            </dd>
          </dl>
          {check.exPost.sharedTrendWarning ? (
            <div className="notice notice--error" data-figure="shared-trend">
              <span aria-hidden="true">⚠ </span>
              {t('claim.sharedTrend')}
            </div>
          ) : null}
          {check.exPost.decisionRule ? <p className="hint">{t('claim.decisionRule', decisionLevels)}</p> : null}
          {check.exPost.notes.length > 0 ? (
            <ul className="notes" lang={SERVER_TEXT_LANGUAGE}>
              {check.exPost.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          ) : null}
        </article>
      ))}
    </>
  );
}

function VerifyForm({ claimId, processes, onVerified }: { claimId: string; processes: { id: string; name: string }[]; onVerified: () => void }) {
  const { t } = useI18n();
  const [alpha, setAlpha] = useState('');
  const [minCases, setMinCases] = useState('');
  const [control, setControl] = useState('');
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus(null);
    setRefusal(null);
    const parsedAlpha = parseDecimal(alpha);
    const parsedMin = parseWholeNumber(minCases);
    const typed: FormProblem[] = [];
    if (parsedAlpha.kind === 'invalid') typed.push({ fieldId: 'verify-alpha', message: t('form.notANumber') });
    if (parsedMin.kind === 'invalid') typed.push({ fieldId: 'verify-minCases', message: t('form.notAWholeNumber') });
    setProblems(typed);
    if (typed.length) return;
    setBusy(true);
    try {
      await request(VerifyClaimMutation, {
        claimId,
        options: {
          alpha: parsedAlpha.kind === 'number' ? parsedAlpha.value : null,
          minCases: parsedMin.kind === 'number' ? parsedMin.value : null,
          controlProcessId: control || null,
        },
      });
      setStatus(t('claim.verified'));
      onVerified();
    } catch (caught) {
      const apiError = toApiError(caught);
      if (apiError.code === 'BAD_USER_INPUT') setProblems(problemsFromError(t, apiError, fieldsUnder('options', 'verify'), 'verify-alpha'));
      else setRefusal(apiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="form-section" aria-labelledby="verify-heading">
      <h2 id="verify-heading">{t('claim.verify')}</h2>
      <ErrorNotice error={refusal} />
      <ErrorSummary problems={problems} />
      <form onSubmit={(event) => void submit(event)} noValidate className="whatif-grid">
        <TextField id="verify-alpha" label={t('claim.alpha')} hint={t('claim.alphaHint')} inputMode="decimal" width="narrow" value={alpha} onChange={setAlpha} error={problemFor(problems, 'verify-alpha')} />
        <TextField id="verify-minCases" label={t('claim.minCases')} hint={t('claim.minCasesHint')} inputMode="numeric" width="narrow" value={minCases} onChange={setMinCases} error={problemFor(problems, 'verify-minCases')} />
        <SelectField
          id="verify-controlProcessId"
          label={t('claim.control')}
          hint={t('claim.controlHint')}
          value={control}
          onChange={setControl}
          options={[{ value: '', label: t('form.none') }, ...processes.map((process) => ({ value: process.id, label: process.name }))]}
          error={problemFor(problems, 'verify-controlProcessId')}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('claim.verifying') : t('claim.verify')}
          </button>
        </div>
      </form>
      <StatusMessage message={status} />
    </section>
  );
}
