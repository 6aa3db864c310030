import { type FormEvent, useEffect, useState } from 'react';
import { ApiError, request, toApiError } from '../../api/client.js';
import { useQuery } from '../../api/use-query.js';
import { Link } from '../../app/router.js';
import { useSignedIn } from '../../app/session.js';
import { DataTable } from '../../components/data-table.js';
import { ErrorNotice, ErrorSummary, type FormProblem, problemFor, problemsFromError, StatusMessage, TextField, fieldsUnder } from '../../components/forms.js';
import { numberInputText, parseDecimal } from '../../components/numbers.js';
import { Loading, PageHeading } from '../../components/page.js';
import { graphql } from '../../gql/index.js';
import type { ReadinessWeightsInput, ScenariosQuery, WeightsPreviewQuery } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/messages.pl.js';
import { type Lever, LEVERS, leverText, scenarioOf } from './scenario-levers.js';

const ScenariosQueryDocument = graphql(`
  query Scenarios($organizationId: ID!) {
    organizationScenario(organizationId: $organizationId) {
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
    processScenarios(organizationId: $organizationId) {
      processId
      botLicensePerYear
      implementationCost
      grantAmount
      updatedAt
    }
    readinessWeights(organizationId: $organizationId) {
      version
      stability
      standardisation
      structuredInput
      applicationComplexity
      documentation
    }
    candidateRanking(organizationId: $organizationId, first: 100) {
      edges {
        node {
          processId
          processName
        }
      }
    }
  }
`);

const SaveOrganizationScenarioMutation = graphql(`
  mutation SaveOrganizationScenario($organizationId: ID!, $input: AutomationScenarioInput!, $version: Int) {
    setOrganizationScenario(organizationId: $organizationId, input: $input, version: $version) {
      version
    }
  }
`);

const WeightsPreviewQueryDocument = graphql(`
  query WeightsPreview($organizationId: ID!, $input: ReadinessWeightsInput!) {
    readinessWeightsPreview(organizationId: $organizationId, input: $input) {
      processId
      processName
      easeNow
      easeThen
      rankNow
      rankThen
      quadrantNow
      quadrantThen
    }
  }
`);

const SaveWeightsMutation = graphql(`
  mutation SaveReadinessWeights($organizationId: ID!, $input: ReadinessWeightsInput!, $version: Int) {
    setReadinessWeights(organizationId: $organizationId, input: $input, version: $version) {
      version
    }
  }
`);

const WEIGHTS = ['stability', 'standardisation', 'structuredInput', 'applicationComplexity', 'documentation'] as const;
type WeightTexts = Record<(typeof WEIGHTS)[number], string>;

/** The weights as typed, for the API; null while one of them is not a number. */
function weightsInputOf(weights: WeightTexts): ReadinessWeightsInput | null {
  const parsed = WEIGHTS.map((name) => [name, parseDecimal(weights[name])] as const);
  if (parsed.some(([, value]) => value.kind !== 'number')) return null;
  return Object.fromEntries(parsed.map(([name, value]) => [name, value.kind === 'number' ? value.value : 0])) as unknown as ReadinessWeightsInput;
}

/** /scenarios: the office's default scenario, which processes have their own, and the readiness weights with a preview. */
export function ScenariosScreen() {
  const session = useSignedIn();
  const { data, error, loading, reload } = useQuery(ScenariosQueryDocument, { organizationId: session.organization.id });
  // Kept here: a save reloads the data and starts the form again from it, and the message stays.
  const [status, setStatus] = useState<string | null>(null);
  if (error && !data) return <ErrorNotice error={error} />;
  if (loading && !data) return <Loading />;
  if (!data) return null;
  return (
    <Scenarios
      key={`${data.organizationScenario?.version ?? 0}-${data.readinessWeights.version}`}
      data={data}
      status={status}
      onSaved={(message) => {
        setStatus(message);
        void reload();
      }}
    />
  );
}

function Scenarios({ data, status, onSaved }: { data: ScenariosQuery; status: string | null; onSaved: (message: string) => void }) {
  const { t, format, language, label } = useI18n();
  const session = useSignedIn();
  const organizationId = session.organization.id;
  const canEdit = session.can('MANAGER') || session.can('ADMIN');
  const title = t('scenarios.title');
  const [draft, setDraft] = useState(() => Object.fromEntries(LEVERS.map((lever) => [lever.field, leverText(data.organizationScenario?.[lever.field], lever.kind, language)])) as Record<Lever, string>);
  const [weights, setWeights] = useState(() => Object.fromEntries(WEIGHTS.map((name) => [name, numberInputText(data.readinessWeights[name], language)])) as WeightTexts);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [preview, setPreview] = useState<WeightsPreviewQuery['readinessWeightsPreview'] | null>(null);
  const names = new Map(data.candidateRanking.edges.map((edge) => [edge.node.processId, edge.node.processName]));

  const weightsInput = () => weightsInputOf(weights);
  const weightsKey = JSON.stringify(weights);

  // Live preview: a short pause after typing, then the server's own formula on the stored components.
  useEffect(() => {
    const input = weightsInputOf(JSON.parse(weightsKey) as WeightTexts);
    if (!input) return;
    const timer = window.setTimeout(() => {
      request(WeightsPreviewQueryDocument, { organizationId, input })
        .then((result) => setPreview(result.readinessWeightsPreview))
        .catch(() => setPreview(null));
    }, 300);
    return () => window.clearTimeout(timer);
  }, [weightsKey, organizationId]);

  const fail = (caught: unknown, prefix: string, fallback: string) => {
    const apiError = toApiError(caught);
    if (apiError.code === 'BAD_USER_INPUT') setProblems(problemsFromError(t, apiError, fieldsUnder('input', prefix), fallback));
    else setRefusal(apiError);
  };

  const saveScenario = async (event: FormEvent) => {
    event.preventDefault();
    setRefusal(null);
    const { input, problems: typed } = scenarioOf(draft, t, 'scenario');
    setProblems(typed);
    if (typed.length) return;
    try {
      await request(SaveOrganizationScenarioMutation, { organizationId, input, version: data.organizationScenario?.version ?? null });
      onSaved(t('scenarios.saved'));
    } catch (caught) {
      fail(caught, 'scenario', 'scenario-botLicensePerYear');
    }
  };

  const saveWeights = async (event: FormEvent) => {
    event.preventDefault();
    setRefusal(null);
    const input = weightsInput();
    if (!input) {
      setProblems(WEIGHTS.filter((name) => parseDecimal(weights[name]).kind !== 'number').map((name) => ({ fieldId: `weight-${name}`, message: t('form.notANumber') })));
      return;
    }
    setProblems([]);
    try {
      await request(SaveWeightsMutation, { organizationId, input, version: data.readinessWeights.version || null });
      onSaved(t('scenarios.weightsSaved'));
    } catch (caught) {
      fail(caught, 'weight', 'weight-stability');
    }
  };

  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p>{t('scenarios.intro')}</p>
      {!canEdit ? <div className="notice">{t('scenarios.readOnly')}</div> : null}
      <ErrorNotice error={refusal} />
      <ErrorSummary problems={problems} />
      <StatusMessage message={status} />

      <section className="form-section" aria-labelledby="defaults-heading">
        <h2 id="defaults-heading">{t('scenarios.defaults')}</h2>
        <form onSubmit={(event) => void saveScenario(event)} noValidate>
          <fieldset disabled={!canEdit} className="whatif-grid">
            <legend className="visually-hidden">{t('scenarios.defaults')}</legend>
            {LEVERS.map((lever) => (
              <TextField
                key={lever.field}
                id={`scenario-${lever.field}`}
                label={t(`candidate.lever.${lever.field}`)}
                hint={draft[lever.field] === '' ? t('scenarios.methodDefault') : undefined}
                inputMode="decimal"
                width="narrow"
                value={draft[lever.field]}
                onChange={(value) => setDraft({ ...draft, [lever.field]: value })}
                error={problemFor(problems, `scenario-${lever.field}`)}
              />
            ))}
          </fieldset>
          {canEdit ? (
            <button type="submit" className="button">
              {t('scenarios.saveDefaults')}
            </button>
          ) : null}
        </form>
      </section>

      <section className="form-section" aria-labelledby="overrides-heading">
        <h2 id="overrides-heading">{t('scenarios.overrides')}</h2>
        <p>{t('scenarios.overridesIntro', { inherit: data.candidateRanking.edges.length - data.processScenarios.length })}</p>
        {data.processScenarios.length > 0 ? (
          <DataTable
            labelledBy="overrides-heading"
            columns={[{ label: t('processes.column.name') }, { label: t('candidate.lever.botLicensePerYear') }, { label: t('candidate.lever.implementationCost') }, { label: t('candidate.lever.grantAmount') }]}
          >
            {data.processScenarios.map((scenario) => {
              const own = (value: string | null | undefined) => (value === null || value === undefined ? t('scenarios.inherited') : format.money(value));
              return (
                <tr key={scenario.processId}>
                  <th scope="row">{scenario.processId ? <Link to={`/candidates/${scenario.processId}`}>{names.get(scenario.processId) ?? scenario.processId}</Link> : '—'}</th>
                  <td>{own(scenario.botLicensePerYear)}</td>
                  <td>{own(scenario.implementationCost)}</td>
                  <td>{own(scenario.grantAmount)}</td>
                </tr>
              );
            })}
          </DataTable>
        ) : null}
      </section>

      <section className="form-section" aria-labelledby="weights-heading">
        <h2 id="weights-heading">{t('scenarios.weights')}</h2>
        <p>{t('scenarios.weightsIntro')}</p>
        <form onSubmit={(event) => void saveWeights(event)} noValidate>
          <fieldset disabled={!canEdit} className="whatif-grid">
            <legend className="visually-hidden">{t('scenarios.weights')}</legend>
            {WEIGHTS.map((name) => (
              <TextField
                key={name}
                id={`weight-${name}`}
                label={t(`candidate.componentName.${name}` as MessageKey)}
                inputMode="decimal"
                width="narrow"
                value={weights[name]}
                onChange={(value) => setWeights({ ...weights, [name]: value })}
                error={problemFor(problems, `weight-${name}`)}
              />
            ))}
          </fieldset>
          {canEdit ? (
            <button type="submit" className="button">
              {t('scenarios.saveWeights')}
            </button>
          ) : null}
        </form>
        {preview ? (
          <div aria-live="polite">
            <DataTable
              labelledBy="preview-caption"
              caption={t('scenarios.preview')}
              columns={[
                { label: t('scenarios.rankThen'), numeric: true },
                { label: t('processes.column.name') },
                { label: t('scenarios.rankNow'), numeric: true },
                { label: t('scenarios.easeChange'), numeric: true },
                { label: t('ranking.column.quadrant') },
              ]}
            >
              {preview.map((row) => (
                <tr key={row.processId} data-process={row.processId}>
                  <td className="numeric" data-figure="rank-then">
                    {row.rankThen}
                  </td>
                  <th scope="row">{row.processName}</th>
                  <td className="numeric">
                    {row.rankNow}
                    {row.rankNow !== row.rankThen ? <span className="change">{row.rankNow > row.rankThen ? ' ↑' : ' ↓'}</span> : null}
                  </td>
                  <td className="numeric" data-figure="ease-change">
                    {format.number(row.easeNow, 0)} → {format.number(row.easeThen, 0)}
                  </td>
                  <td>
                    {label('Quadrant', row.quadrantThen)}
                    {row.quadrantNow !== row.quadrantThen ? ` (${t('scenarios.was', { value: label('Quadrant', row.quadrantNow) })})` : ''}
                  </td>
                </tr>
              ))}
            </DataTable>
          </div>
        ) : null}
      </section>
    </>
  );
}
