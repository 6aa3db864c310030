import { type FormEvent, useState } from 'react';
import { lazyModule, WithModule } from '../../components/lazy-module.js';
import { ApiError, request, toApiError } from '../../api/client.js';
import { useQuery } from '../../api/use-query.js';
import { Link, useRouter } from '../../app/router.js';
import { useSignedIn } from '../../app/session.js';
import { ErrorNotice, ErrorSummary, type FormProblem, problemFor, problemsFromError, SelectField, StatusMessage, TextField, fieldsUnder } from '../../components/forms.js';
import { DataTable } from '../../components/data-table.js';
import { numberInputText, parseDecimal } from '../../components/numbers.js';
import { Loading, PageHeading } from '../../components/page.js';
import { graphql } from '../../gql/index.js';
import type { PeriodKind, PeriodScreenQuery as PeriodScreenData } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';
import { PERIOD_KINDS } from '../../components/enum-values.js';
import { ImportPanel } from './ImportPanel.js';

// Charts are code that the first screen does not need: loaded when a period with data is shown.
/** The figures' panel and its charts, fetched only when a period has figures to show. */
const baselineFigures = lazyModule(() => import('./BaselineFigures.js'));

export const PeriodScreenQuery = graphql(`
  query PeriodScreen($processId: ID!) {
    process(id: $processId) {
      id
      name
      ownerUserId
      periods {
        id
        kind
        label
        startsOn
        endsOn
        serviceHoursPerWeek
        imports {
          id
          fileName
          format
          grade
          rowCount
          contentHash
          createdAt
        }
        monthlyTotals {
          month
          cases
          handlingMinutes
          casesWithErrors
        }
        baselineFigures {
          ...BaselineFigureFields
        }
      }
    }
  }
`);

graphql(`
  fragment BaselineFigureFields on Baseline {
    grade
    cases
    events
    annualVolume
    months
    coveredDays
    variants
    topVariantShare
    methodVersion
    touchTime {
      ...DurationFields
    }
    leadTime {
      ...DurationFields
    }
    reactionTime {
      ...DurationFields
    }
    errorRate {
      ...RateFields
    }
    reworkRate {
      ...RateFields
    }
  }
  fragment DurationFields on DurationStatistics {
    unit
    n
    mean
    median
    p90
    ciLower
    ciUpper
    ciMethod
  }
  fragment RateFields on RateStatistics {
    n
    count
    rate
    ciLower
    ciUpper
  }
`);

const CreatePeriodMutation = graphql(`
  mutation CreateMeasurementPeriod($input: CreateMeasurementPeriodInput!) {
    createMeasurementPeriod(input: $input) {
      id
    }
  }
`);

const UpdatePeriodMutation = graphql(`
  mutation UpdateMeasurementPeriod($id: ID!, $input: UpdateMeasurementPeriodInput!) {
    updateMeasurementPeriod(id: $id, input: $input) {
      id
    }
  }
`);

const DeletePeriodMutation = graphql(`
  mutation DeleteMeasurementPeriod($id: ID!) {
    deleteMeasurementPeriod(id: $id) {
      id
    }
  }
`);

const DeleteImportMutation = graphql(`
  mutation DeleteMeasurementImport($id: ID!) {
    deleteMeasurementImport(id: $id) {
      id
    }
  }
`);

export type PeriodData = PeriodScreenData['process']['periods'][number];

export function PeriodScreen({ processId, periodId }: { processId: string; periodId: string | null }) {
  const { t } = useI18n();
  const session = useSignedIn();
  const { data, error, loading, reload } = useQuery(PeriodScreenQuery, { processId });
  if (error && !data) return <ErrorNotice error={error} />;
  if (loading && !data) return <Loading />;
  if (!data) return null;
  const process = data.process;
  const period = periodId === null ? null : process.periods.find((candidate) => candidate.id === periodId);
  if (period === undefined) return <ErrorNotice error={new ApiError('NOT_FOUND', 'period')} />;
  const canEdit = session.can('PROCESS_OWNER') && process.ownerUserId === session.userId;
  const title = period ? t('period.title', { label: period.label }) : t('period.title.new');
  const figures = period?.baselineFigures;
  return (
    <>
      <p className="breadcrumbs">
        <Link to="/processes">{t('nav.processes')}</Link> › <Link to={`/processes/${process.id}`}>{process.name}</Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      <PeriodForm key={period?.id ?? 'new'} processId={process.id} processName={process.name} period={period} canEdit={canEdit} onSaved={() => void reload()} />
      {period ? (
        <>
          {canEdit ? (
            <section className="form-section" aria-labelledby="import-heading">
              <h2 id="import-heading">{t('period.section.import')}</h2>
              <ImportPanel periodId={period.id} processId={process.id} onImported={() => void reload()} />
            </section>
          ) : null}
          <ImportHistory period={period} canEdit={canEdit} onChanged={() => void reload()} />
          <section className="form-section" aria-labelledby="figures-heading">
            <h2 id="figures-heading">{t('period.section.figures')}</h2>
            {figures ? (
              <WithModule module={baselineFigures}>
                {({ default: BaselineFigures }) => <BaselineFigures figures={figures} months={period.monthlyTotals} />}
              </WithModule>
            ) : (
              <p>{t('figures.none')}</p>
            )}
          </section>
        </>
      ) : null}
    </>
  );
}

function PeriodForm({
  processId,
  processName,
  period,
  canEdit,
  onSaved,
}: {
  processId: string;
  processName: string;
  period: PeriodData | null;
  canEdit: boolean;
  onSaved: () => void;
}) {
  const { t, label, language } = useI18n();
  const { navigate } = useRouter();
  const [kind, setKind] = useState<PeriodKind>(period?.kind ?? 'BASELINE');
  const [periodLabel, setPeriodLabel] = useState(period?.label ?? '');
  const [startsOn, setStartsOn] = useState(period?.startsOn ?? '');
  const [endsOn, setEndsOn] = useState(period?.endsOn ?? '');
  const [serviceHours, setServiceHours] = useState(numberInputText(period?.serviceHoursPerWeek, language));
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [saving, setSaving] = useState(false);


  const save = async (event: FormEvent) => {
    event.preventDefault();
    setStatus(null);
    setRefusal(null);
    const hours = parseDecimal(serviceHours);
    const typed: FormProblem[] = [];
    if (!periodLabel.trim()) typed.push({ fieldId: 'period-label', message: t('form.required') });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(startsOn)) typed.push({ fieldId: 'period-startsOn', message: t('form.notADate') });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(endsOn)) typed.push({ fieldId: 'period-endsOn', message: t('form.notADate') });
    if (hours.kind === 'invalid') typed.push({ fieldId: 'period-serviceHoursPerWeek', message: t('form.notANumber') });
    setProblems(typed);
    if (typed.length) return;
    const serviceHoursPerWeek = hours.kind === 'number' ? hours.value : null;
    setSaving(true);
    try {
      if (period === null) {
        const { createMeasurementPeriod } = await request(CreatePeriodMutation, {
          input: { processId, kind, label: periodLabel.trim(), startsOn, endsOn, serviceHoursPerWeek },
        });
        navigate(`/processes/${processId}/periods/${createMeasurementPeriod.id}`, { replace: true });
        onSaved();
        return;
      }
      await request(UpdatePeriodMutation, { id: period.id, input: { label: periodLabel.trim(), startsOn, endsOn, serviceHoursPerWeek } });
      setStatus(t('form.saved'));
      onSaved();
    } catch (caught) {
      const apiError = toApiError(caught);
      if (apiError.code === 'BAD_USER_INPUT') setProblems(problemsFromError(t, apiError, fieldsUnder('input', 'period'), 'period-label'));
      else setRefusal(apiError);
    } finally {
      setSaving(false);
    }
  };

  const remove = async () => {
    if (!period) return;
    try {
      await request(DeletePeriodMutation, { id: period.id });
      navigate(`/processes/${processId}`);
    } catch (caught) {
      setRefusal(toApiError(caught));
      setConfirming(false);
    }
  };

  return (
    <section className="form-section" aria-labelledby="period-details-heading">
      <h2 id="period-details-heading">{t('period.section.details')}</h2>
      <ErrorNotice error={refusal} />
      <ErrorSummary problems={problems} />
      <form onSubmit={(event) => void save(event)} noValidate>
        <fieldset disabled={!canEdit}>
          <legend className="visually-hidden">{t('period.section.details')}</legend>
          <SelectField
            id="period-kind"
            label={t('period.field.kind')}
            value={kind}
            onChange={(value) => setKind(value as PeriodKind)}
            options={PERIOD_KINDS.map((value) => ({ value, label: label('PeriodKind', value) }))}
            disabled={period !== null}
            error={problemFor(problems, 'period-kind')}
          />
          <TextField id="period-label" label={t('period.field.label')} value={periodLabel} onChange={setPeriodLabel} error={problemFor(problems, 'period-label')} />
          <TextField id="period-startsOn" label={t('period.field.startsOn')} hint={t('period.field.dateHint')} width="narrow" value={startsOn} onChange={setStartsOn} error={problemFor(problems, 'period-startsOn')} />
          <TextField id="period-endsOn" label={t('period.field.endsOn')} hint={t('period.field.dateHint')} width="narrow" value={endsOn} onChange={setEndsOn} error={problemFor(problems, 'period-endsOn')} />
          <TextField
            id="period-serviceHoursPerWeek"
            label={t('period.field.serviceHoursPerWeek')}
            optional
            inputMode="decimal"
            width="narrow"
            value={serviceHours}
            onChange={setServiceHours}
            error={problemFor(problems, 'period-serviceHoursPerWeek')}
          />
        </fieldset>
        {canEdit ? (
          <div className="form-actions">
            <button type="submit" className="button" disabled={saving}>
              {saving ? t('form.saving') : t('form.save')}
            </button>
            <Link to={`/processes/${processId}`} className="button button--secondary">
              {period ? t('period.back', { name: processName }) : t('form.cancel')}
            </Link>
            {period && !confirming ? (
              <button type="button" className="button button--warning" onClick={() => setConfirming(true)}>
                {t('form.delete')}
              </button>
            ) : null}
          </div>
        ) : null}
        {period && confirming ? (
          <div className="notice notice--error confirm" role="alertdialog" aria-labelledby="confirm-period-delete">
            <p id="confirm-period-delete">{t('form.confirmDelete', { name: period.label })}</p>
            <button type="button" className="button button--warning" onClick={() => void remove()} autoFocus>
              {t('form.confirm')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {t('form.cancel')}
            </button>
          </div>
        ) : null}
        <StatusMessage message={status} />
      </form>
    </section>
  );
}

function ImportHistory({ period, canEdit, onChanged }: { period: PeriodData; canEdit: boolean; onChanged: () => void }) {
  const { t, label, format } = useI18n();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const remove = async (id: string) => {
    try {
      await request(DeleteImportMutation, { id });
      setStatus(t('import.history.deleted'));
      onChanged();
    } catch (caught) {
      setRefusal(toApiError(caught));
    } finally {
      setConfirming(null);
    }
  };

  return (
    <section className="form-section" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('period.section.history')}</h2>
      <ErrorNotice error={refusal} />
      <StatusMessage message={status} />
      {period.imports.length === 0 ? (
        <p>{t('import.history.empty')}</p>
      ) : (
        <DataTable
          labelledBy="history-heading"
          columns={[
            { label: t('import.history.file') },
            { label: t('import.history.format') },
            { label: t('import.history.rows'), numeric: true },
            { label: t('import.history.when') },
            { label: t('import.history.hash') },
            ...(canEdit ? [{ label: t('form.delete'), visuallyHidden: true }] : []),
          ]}
        >
              {period.imports.map((record) => {
                const name = record.fileName ?? t('import.history.unnamed');
                return (
                  <tr key={record.id}>
                    <th scope="row">{name}</th>
                    <td>{label('ImportFormat', record.format)}</td>
                    <td className="numeric">{format.integer(record.rowCount)}</td>
                    <td>{format.dateTime(record.createdAt)}</td>
                    <td>
                      <code title={record.contentHash ?? ''}>{record.contentHash ? `${record.contentHash.slice(0, 12)}…` : '—'}</code>
                    </td>
                    {canEdit ? (
                      <td>
                        {confirming === record.id ? (
                          <span className="confirm" role="group" aria-label={t('form.confirmDelete', { name })}>
                            <span>{t('form.confirmDelete', { name })}</span>{' '}
                            <button type="button" className="button button--warning" onClick={() => void remove(record.id)} autoFocus>
                              {t('form.confirm')}
                            </button>{' '}
                            <button type="button" className="button button--secondary" onClick={() => setConfirming(null)}>
                              {t('form.cancel')}
                            </button>
                          </span>
                        ) : (
                          <button type="button" className="button button--secondary" onClick={() => setConfirming(record.id)}>
                            {t('form.delete')}
                            <span className="visually-hidden"> {name}</span>
                          </button>
                        )}
                      </td>
                    ) : null}
                  </tr>
                );
              })}
        </DataTable>
      )}
    </section>
  );
}
