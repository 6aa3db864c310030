import { type FormEvent, useState } from 'react';
import { plotCharts } from '../../charts/chart-modules.js';
import { WithModule } from '../../components/lazy-module.js';
import { ApiError, request, toApiError } from '../../api/client.js';
import { useQuery } from '../../api/use-query.js';
import { Link } from '../../app/router.js';
import { useSignedIn } from '../../app/session.js';
import { DataTable } from '../../components/data-table.js';
import { RangesTable } from '../../components/ranges-table.js';
import { useReportDownload } from '../../components/report-download.js';
import { ErrorNotice, ErrorSummary, type FormProblem, problemFor, problemsFromError, StatusMessage, TextField, fieldsUnder } from '../../components/forms.js';
import { Loading, PageHeading } from '../../components/page.js';
import { graphql } from '../../gql/index.js';
import type { CandidateDetailQuery, CandidateFieldsFragment } from '../../gql/graphql.js';
import { type Lever, LEVERS, leverText, scenarioOf } from '../scenarios/scenario-levers.js';
import { isMessageKey, SERVER_TEXT_LANGUAGE, useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/messages.pl.js';


graphql(`
  fragment CandidateFields on Candidate {
    rank
    processId
    processName
    quadrant
    automationPotential
    easeOfImplementation
    evidenceGrade
    sampleSize
    hoursSaved {
      p10
      p50
      p90
    }
    netAnnualBenefit {
      p10
      p50
      p90
    }
    npv {
      p10
      p50
      p90
    }
    probabilityPositiveNpv
    paybackMonths
    candidate
    notCandidateReason
    display {
      hoursSaved {
        p10
        p50
        p90
      }
      netAnnualBenefit {
        p10
        p50
        p90
      }
      npv {
        p10
        p50
        p90
      }
      payback {
        p10
        p50
        p90
      }
      probabilityPositiveNpv
    }
    warnings
    explanation
    methodVersion
  }
`);

const CandidateDetailQueryDocument = graphql(`
  query CandidateDetail($processId: ID!) {
    candidateAssessment(processId: $processId) {
      candidate {
        ...CandidateFields
      }
      result
      inputs
    }
    candidateWhatIf(processId: $processId) {
      npvHistogram {
        lower
        upper
        count
      }
    }
    processScenario(processId: $processId) {
      version
      botLicensePerYear
      implementationCost
      grantAmount
      maintenanceShare
      supervisionMinutes
      botSpeedFactor
      horizonYears
      discountRate
      automatableExceptionCorrelation
    }
  }
`);

const WhatIfQuery = graphql(`
  query CandidateWhatIfRun($processId: ID!, $scenario: AutomationScenarioInput) {
    candidateWhatIf(processId: $processId, scenario: $scenario) {
      candidate {
        ...CandidateFields
      }
      npvHistogram {
        lower
        upper
        count
      }
    }
  }
`);

const SaveScenarioMutation = graphql(`
  mutation SaveProcessScenario($processId: ID!, $input: AutomationScenarioInput!, $version: Int) {
    setProcessScenario(processId: $processId, input: $input, version: $version) {
      version
    }
  }
`);

/** The parts of the assessment's documented JSON this screen shows. */
interface AssessmentResult {
  readiness: {
    automatableShare: number;
    automatableShareReason: string;
    components: { name: string; value: number; weight: number; reason: string }[];
  };
  evidence: Record<string, unknown>;
}
interface AssessmentInputs {
  facts: { costs: Record<string, number> };
  costSources: Record<string, string>;
}

/** The stored assessment with every input and assumption, as JSON for a spreadsheet or a second check. */
function AssessmentDownload({ processId }: { processId: string }) {
  const { t } = useI18n();
  const { status, error, busy, download } = useReportDownload();
  return (
    <div className="export-actions">
      <button type="button" className="button button--secondary" disabled={busy} onClick={() => void download(`/reports/candidates/${processId}.json`)}>
        {t('candidate.assessmentJson')}
      </button>
      <StatusMessage message={status} />
      <ErrorNotice error={error} />
    </div>
  );
}

export function CandidateScreen({ processId }: { processId: string }) {
  const { data, error, loading, reload } = useQuery(CandidateDetailQueryDocument, { processId });
  // Kept here: a save reloads the data and starts the form again from it, and the message stays.
  const [status, setStatus] = useState<string | null>(null);
  if (error && !data) return <ErrorNotice error={error} />;
  if (loading && !data) return <Loading />;
  if (!data) return null;
  return (
    <CandidateDetail
      key={data.candidateAssessment.candidate.methodVersion + (data.processScenario?.version ?? 0)}
      data={data}
      status={status}
      onSaved={(message) => {
        setStatus(message);
        void reload();
      }}
    />
  );
}

function Ranges({ candidate, caption }: { candidate: CandidateFieldsFragment; caption: string }) {
  const { display } = candidate;
  return <RangesTable caption={caption} hoursSaved={display.hoursSaved} netAnnualBenefit={display.netAnnualBenefit} npv={display.npv} />;
}

function CandidateDetail({ data, status, onSaved }: { data: CandidateDetailQuery; status: string | null; onSaved: (message: string) => void }) {
  const { t, label, format, language } = useI18n();
  const session = useSignedIn();
  const { candidate } = data.candidateAssessment;
  const result = data.candidateAssessment.result as AssessmentResult;
  const inputs = data.candidateAssessment.inputs as AssessmentInputs;
  const canEdit = session.can('MANAGER') || session.can('ADMIN');
  const initial = Object.fromEntries(LEVERS.map((lever) => [lever.field, leverText(data.processScenario?.[lever.field], lever.kind, language)])) as Record<Lever, string>;
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [trial, setTrial] = useState<{ candidate: CandidateFieldsFragment; bins: { lower: number; upper: number; count: number }[] } | null>(null);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const title = t('candidate.title', { name: candidate.processName });

  const fail = (caught: unknown) => {
    const apiError = toApiError(caught);
    if (apiError.code === 'BAD_USER_INPUT') {
      setProblems(problemsFromError(t, apiError, (path) => fieldsUnder('scenario', 'whatif')(path) ?? fieldsUnder('input', 'whatif')(path), 'whatif-botLicensePerYear'));
    } else setRefusal(apiError);
  };

  const tryIt = async (event: FormEvent) => {
    event.preventDefault();
    setRefusal(null);
    const { input, problems: typed } = scenarioOf(draft, t);
    setProblems(typed);
    if (typed.length) return;
    setBusy(true);
    try {
      const { candidateWhatIf } = await request(WhatIfQuery, { processId: candidate.processId, scenario: input });
      setTrial({ candidate: candidateWhatIf.candidate, bins: candidateWhatIf.npvHistogram });
    } catch (caught) {
      fail(caught);
    } finally {
      setBusy(false);
    }
  };

  const save = async () => {
    const { input, problems: typed } = scenarioOf(draft, t);
    setProblems(typed);
    if (typed.length) return;
    setBusy(true);
    try {
      await request(SaveScenarioMutation, { processId: candidate.processId, input, version: data.processScenario?.version ?? null });
      onSaved(t('candidate.saved'));
    } catch (caught) {
      fail(caught);
    } finally {
      setBusy(false);
    }
  };

  const discard = () => {
    setDraft(initial);
    setTrial(null);
    setProblems([]);
  };

  const histogram = (bins: { lower: number; upper: number; count: number }[], shown: CandidateFieldsFragment, caption: string) => (
    <WithModule module={plotCharts}>
      {({ NpvHistogram }) => (
      <NpvHistogram
        bins={bins}
        p10={shown.display.npv.p10}
        p50={shown.display.npv.p50}
        p90={shown.display.npv.p90}
        formatMoney={format.moneyRounded}
        label={t('candidate.histogramAlt', {
          caption,
          p10: format.moneyRounded(shown.display.npv.p10),
          p50: format.moneyRounded(shown.display.npv.p50),
          p90: format.moneyRounded(shown.display.npv.p90),
          probability: format.percent(shown.display.probabilityPositiveNpv, 0),
        })}
      />
      )}
    </WithModule>
  );

  /** P10 – P50 – P90 months, the unit once; a percentile among draws that never repay reads so. */
  const paybackRange = (payback: { p10: number | null; p50: number | null; p90: number | null }) => {
    const values = [payback.p10, payback.p50, payback.p90];
    if (values.every((months) => months !== null)) return t('candidate.months', { months: values.map((months) => format.number(months ?? 0, 1)).join(' – ') });
    return values.map((months) => (months === null ? t('candidate.neverRepaid') : t('candidate.months', { months: format.number(months, 1) }))).join(' – ');
  };

  const evidenceRows = Object.entries(result.evidence).filter(
    (entry): entry is [string, { value: number; source: string; note: string }] => typeof entry[1] === 'object' && entry[1] !== null && 'source' in entry[1],
  );

  return (
    <>
      <p className="breadcrumbs">
        <Link to="/ranking">{t('nav.ranking')}</Link> › <Link to={`/processes/${candidate.processId}`}>{t('candidate.process')}</Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      <p className="lead" lang={SERVER_TEXT_LANGUAGE}>
        {candidate.explanation}
      </p>
      {candidate.candidate ? null : (
        <div className="notice" data-figure="not-candidate">
          {t('candidate.notCandidate', { reason: candidate.notCandidateReason ? label('NotCandidateReason', candidate.notCandidateReason) : '—' })}
        </div>
      )}
      <dl className="summary-list">
        <div>
          <dt>{t('ranking.column.rank')}</dt>
          <dd>{candidate.rank}</dd>
        </div>
        <div>
          <dt>{t('ranking.column.quadrant')}</dt>
          <dd>{label('Quadrant', candidate.quadrant)}</dd>
        </div>
        <div>
          <dt>{t('ranking.column.ap')}</dt>
          <dd>{format.number(candidate.automationPotential, 0)}</dd>
        </div>
        <div>
          <dt>{t('ranking.column.ei')}</dt>
          <dd>{format.number(candidate.easeOfImplementation, 0)}</dd>
        </div>
        <div>
          <dt>{t('ranking.column.probability')}</dt>
          <dd data-figure="probability">{format.percent(candidate.display.probabilityPositiveNpv, 0)}</dd>
        </div>
        {candidate.candidate && candidate.display.payback ? (
          <div>
            <dt>{t('candidate.paybackPercentiles')}</dt>
            <dd data-figure="payback">{paybackRange(candidate.display.payback)}</dd>
          </div>
        ) : null}
        {candidate.candidate ? (
          <div>
            <dt>{t('candidate.paybackPoint')}</dt>
            <dd>{candidate.paybackMonths === null || candidate.paybackMonths === undefined ? t('candidate.neverRepaid') : t('candidate.months', { months: format.number(candidate.paybackMonths, 1) })}</dd>
          </div>
        ) : null}
      </dl>
      <AssessmentDownload processId={candidate.processId} />
      {candidate.warnings.length > 0 ? (
        <div className="notice notice--error">
          <h2>{t('ranking.column.warnings')}</h2>
          <ul className="warnings" lang={SERVER_TEXT_LANGUAGE}>
            {candidate.warnings.map((warning) => (
              <li key={warning}>
                <span aria-hidden="true">⚠ </span>
                {warning}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <section className="form-section" aria-labelledby="savings-heading">
        <h2 id="savings-heading">{t('candidate.savings')}</h2>
        <p className="hint">{t('candidate.rounded')}</p>
        <Ranges candidate={candidate} caption={t('candidate.rangesNow')} />
        {histogram(data.candidateWhatIf.npvHistogram, candidate, t('candidate.rangesNow'))}
      </section>

      {canEdit ? (
        <section className="form-section" aria-labelledby="whatif-heading">
          <h2 id="whatif-heading">{t('candidate.whatIf')}</h2>
          <p>{t('candidate.whatIfIntro')}</p>
          <ErrorNotice error={refusal} />
          <ErrorSummary problems={problems} />
          <form onSubmit={(event) => void tryIt(event)} noValidate className="whatif-grid">
            {LEVERS.map((lever) => {
              const effective = inputs.facts.costs[lever.cost];
              const source = inputs.costSources[lever.cost];
              const sourceKey = `candidate.source.${source}`;
              return (
                <TextField
                  key={lever.field}
                  id={`whatif-${lever.field}`}
                  label={t(`candidate.lever.${lever.field}`)}
                  hint={
                    data.processScenario?.[lever.field] === null || data.processScenario?.[lever.field] === undefined
                      ? t('candidate.inherited', {
                          value: lever.kind === 'money' ? format.money(effective) : lever.kind === 'percent' ? format.percent(effective) : format.number(effective, 2),
                          source: isMessageKey(sourceKey) ? t(sourceKey) : source,
                        })
                      : undefined
                  }
                  inputMode="decimal"
                  width="narrow"
                  value={draft[lever.field]}
                  onChange={(value) => setDraft({ ...draft, [lever.field]: value })}
                  error={problemFor(problems, `whatif-${lever.field}`)}
                />
              );
            })}
            <div className="form-actions">
              <button type="submit" className="button" disabled={busy}>
                {t('candidate.try')}
              </button>
            </div>
          </form>
          {trial ? (
            <div className="whatif-result" aria-live="polite">
              <Ranges candidate={trial.candidate} caption={t('candidate.rangesWhatIf', { rank: trial.candidate.rank })} />
              {histogram(trial.bins, trial.candidate, t('candidate.rangesWhatIf', { rank: trial.candidate.rank }))}
              <div className="form-actions">
                <button type="button" className="button" onClick={() => void save()} disabled={busy}>
                  {t('candidate.save')}
                </button>
                <button type="button" className="button button--secondary" onClick={discard}>
                  {t('candidate.discard')}
                </button>
              </div>
            </div>
          ) : null}
          <StatusMessage message={status} />
        </section>
      ) : null}

      <section className="form-section" aria-labelledby="readiness-heading">
        <h2 id="readiness-heading">{t('candidate.readiness')}</h2>
        <p lang={SERVER_TEXT_LANGUAGE}>{result.readiness.automatableShareReason}</p>
        <DataTable
          labelledBy="readiness-heading"
          columns={[{ label: t('candidate.component') }, { label: t('candidate.value'), numeric: true }, { label: t('candidate.weight'), numeric: true }, { label: t('candidate.reason') }]}
        >
          {result.readiness.components.map((component) => {
            const key = `candidate.componentName.${component.name}`;
            return (
              <tr key={component.name}>
                <th scope="row">{isMessageKey(key) ? t(key) : component.name}</th>
                <td className="numeric">{format.percent(component.value, 0)}</td>
                <td className="numeric">{format.number(component.weight, 2)}</td>
                <td lang={SERVER_TEXT_LANGUAGE}>{component.reason}</td>
              </tr>
            );
          })}
        </DataTable>
      </section>

      <section className="form-section" aria-labelledby="inputs-heading">
        <h2 id="inputs-heading">{t('candidate.inputs')}</h2>
        <p>
          {t('candidate.evidence', { grade: label('EvidenceGrade', candidate.evidenceGrade), sample: format.integer(candidate.sampleSize) })}
        </p>
        <DataTable labelledBy="inputs-heading" columns={[{ label: t('candidate.input') }, { label: t('candidate.value'), numeric: true }, { label: t('candidate.source') }, { label: t('candidate.note') }]}>
          {evidenceRows.map(([name, input]) => {
            const key = `candidate.inputName.${name}`;
            return (
              <tr key={name}>
                <th scope="row">{isMessageKey(key) ? t(key) : name}</th>
                <td className="numeric">{format.number(input.value, 3)}</td>
                <td>{isMessageKey(`candidate.inputSource.${input.source}`) ? t(`candidate.inputSource.${input.source}` as MessageKey) : input.source}</td>
                <td lang={SERVER_TEXT_LANGUAGE}>{input.note}</td>
              </tr>
            );
          })}
        </DataTable>
        <p className="hint">{t('candidate.method', { version: candidate.methodVersion })}</p>
      </section>
    </>
  );
}
