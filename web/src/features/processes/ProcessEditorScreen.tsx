import { type FormEvent, useEffect, useState } from 'react';
import { ApiError, request, toApiError } from '../../api/client.js';
import { useQuery } from '../../api/use-query.js';
import { Link, useRouter } from '../../app/router.js';
import { useSignedIn } from '../../app/session.js';
import { useDraft } from '../../app/drafts.js';
import { RestoredDraftNotice } from '../../components/restored-draft.js';
import {
  CheckboxField,
  ErrorNotice,
  ErrorSummary,
  type FormProblem,
  problemFor,
  problemsFromError,
  SelectField,
  StatusMessage,
  TextAreaField,
  TextField,
} from '../../components/forms.js';
import { DataTable } from '../../components/data-table.js';
import { numberInputText, parseDecimal, parseMoney, parsePercent, parseWholeNumber, percentInputText } from '../../components/numbers.js';
import { Loading, PageHeading } from '../../components/page.js';
import { graphql } from '../../gql/index.js';
import type { ProcessCategory, ProcessDetailsFragment, ProcessStatus, UpdateProcessInput, WorkflowStepInput } from '../../gql/graphql.js';
import { type Translate, useI18n } from '../../i18n/i18n.js';
import { PROCESS_CATEGORIES, PROCESS_STATUSES } from '../../components/enum-values.js';
import { newStepKey, type StepDraft, StepsEditor, stepFieldId } from './StepsEditor.js';

graphql(`
  fragment ProcessDetails on Process {
    id
    version
    name
    category
    departmentId
    description
    ownerContact
    ownerUserId
    status
    exceptionRate
    expectedChanges12m
    applicationCount
    documentationAvailable
    statutoryDeadlineDays
    decidesAboutPerson
    standardisationEstimate
    hourlyLabourCost
    costPerError
    estimatedMonthlyVolume
    estimatedHandlingMinutes
    estimatedErrorRate
    serviceHoursPerWeek
    steps {
      id
      position
      name
      minutesPerCase
      ruleBased
      inputType
      systems
      automatableOverride
      automatableReason
    }
    periods {
      id
      kind
      label
      startsOn
      endsOn
      baselineFigures {
        cases
        grade
      }
    }
  }
`);

export const ProcessEditorQuery = graphql(`
  query ProcessEditor($id: ID!) {
    process(id: $id) {
      ...ProcessDetails
    }
  }
`);

const CreateProcessMutation = graphql(`
  mutation CreateProcess($input: CreateProcessInput!) {
    createProcess(input: $input) {
      id
    }
  }
`);

const UpdateProcessMutation = graphql(`
  mutation UpdateProcess($id: ID!, $input: UpdateProcessInput!) {
    updateProcess(id: $id, input: $input) {
      ...ProcessDetails
    }
  }
`);

/** The form as typed: numbers stay text until saved. Keys are the API's field names. */
interface ProcessDraft {
  name: string;
  category: ProcessCategory;
  departmentId: string;
  description: string;
  ownerContact: string;
  status: ProcessStatus;
  exceptionRate: string;
  expectedChanges12m: string;
  applicationCount: string;
  documentationAvailable: boolean;
  statutoryDeadlineDays: string;
  decidesAboutPerson: boolean;
  standardisationEstimate: string;
  hourlyLabourCost: string;
  costPerError: string;
  estimatedMonthlyVolume: string;
  estimatedHandlingMinutes: string;
  estimatedErrorRate: string;
  serviceHoursPerWeek: string;
  steps: StepDraft[];
}

type NumberKind = 'decimal' | 'whole' | 'percent' | 'money';
const NUMBER_FIELDS: Record<string, NumberKind> = {
  exceptionRate: 'percent',
  expectedChanges12m: 'whole',
  applicationCount: 'whole',
  statutoryDeadlineDays: 'whole',
  standardisationEstimate: 'percent',
  hourlyLabourCost: 'money',
  costPerError: 'money',
  estimatedMonthlyVolume: 'whole',
  estimatedHandlingMinutes: 'decimal',
  estimatedErrorRate: 'percent',
  serviceHoursPerWeek: 'decimal',
} satisfies Partial<Record<keyof ProcessDraft, NumberKind>>;

function moneyText(value: string | null | undefined, language: 'pl' | 'en'): string {
  if (value === null || value === undefined) return '';
  return language === 'pl' ? value.replace('.', ',') : value;
}

function draftOf(process: ProcessDetailsFragment | null, language: 'pl' | 'en'): ProcessDraft {
  return {
    name: process?.name ?? '',
    category: process?.category ?? 'OTHER',
    departmentId: process?.departmentId ?? '',
    description: process?.description ?? '',
    ownerContact: process?.ownerContact ?? '',
    status: process?.status ?? 'DRAFT',
    exceptionRate: percentInputText(process?.exceptionRate ?? 0, language),
    expectedChanges12m: numberInputText(process?.expectedChanges12m ?? 0, language),
    applicationCount: numberInputText(process?.applicationCount ?? 1, language),
    documentationAvailable: process?.documentationAvailable ?? false,
    statutoryDeadlineDays: numberInputText(process?.statutoryDeadlineDays, language),
    decidesAboutPerson: process?.decidesAboutPerson ?? false,
    standardisationEstimate: percentInputText(process?.standardisationEstimate, language),
    hourlyLabourCost: moneyText(process?.hourlyLabourCost, language),
    costPerError: moneyText(process?.costPerError, language),
    estimatedMonthlyVolume: numberInputText(process?.estimatedMonthlyVolume, language),
    estimatedHandlingMinutes: numberInputText(process?.estimatedHandlingMinutes, language),
    estimatedErrorRate: percentInputText(process?.estimatedErrorRate, language),
    serviceHoursPerWeek: numberInputText(process?.serviceHoursPerWeek, language),
    steps: (process?.steps ?? []).map((step) => ({
      key: newStepKey(),
      name: step.name,
      minutesPerCase: numberInputText(step.minutesPerCase, language),
      ruleBased: step.ruleBased,
      inputType: step.inputType,
      systems: step.systems.join(', '),
      override: step.automatableOverride === null || step.automatableOverride === undefined ? 'auto' : step.automatableOverride ? 'yes' : 'no',
      automatableReason: step.automatableReason ?? '',
    })),
  };
}

const FIELD_PREFIX = 'process-';

/** Where a server path (`input.name`, `input.steps.2.minutesPerCase`) is shown. */
function fieldIdOfPath(path: string): string | null {
  const step = /^input\.steps\.(\d+)\.(\w+)/.exec(path);
  if (step) return stepFieldId(Number(step[1]), step[2] === 'step' ? 'name' : step[2]);
  const field = /^input\.(\w+)/.exec(path);
  if (field && field[1] !== 'version') return `${FIELD_PREFIX}${field[1]}`;
  return null;
}

/** What create and update both take: every attribute and the whole step list. */
type Input = Omit<UpdateProcessInput, 'version' | 'name' | 'category' | 'steps'> & { name: string; category: ProcessCategory; steps: WorkflowStepInput[] };

/** Turns the typed form into API input; number fields that are not numbers become problems. */
function inputOf(draft: ProcessDraft, t: Translate): { input: Input; problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const input: Input = {
    name: draft.name.trim(),
    category: draft.category,
    departmentId: draft.departmentId || null,
    description: draft.description.trim() || null,
    ownerContact: draft.ownerContact.trim() || null,
    status: draft.status,
    documentationAvailable: draft.documentationAvailable,
    decidesAboutPerson: draft.decidesAboutPerson,
    steps: [],
  };
  if (!input.name) problems.push({ fieldId: `${FIELD_PREFIX}name`, message: t('form.required') });
  for (const [field, kind] of Object.entries(NUMBER_FIELDS)) {
    const text = draft[field as keyof ProcessDraft] as string;
    const fieldId = `${FIELD_PREFIX}${field}`;
    if (kind === 'money') {
      const money = parseMoney(text);
      if (money.kind === 'invalid') problems.push({ fieldId, message: t('form.notMoney') });
      else Object.assign(input, { [field]: money.kind === 'money' ? money.value : null });
      continue;
    }
    const parsed = kind === 'percent' ? parsePercent(text) : kind === 'whole' ? parseWholeNumber(text) : parseDecimal(text);
    if (parsed.kind === 'invalid') {
      problems.push({ fieldId, message: t(kind === 'percent' ? 'form.notAPercent' : kind === 'whole' ? 'form.notAWholeNumber' : 'form.notANumber') });
    } else {
      Object.assign(input, { [field]: parsed.kind === 'number' ? parsed.value : null });
    }
  }
  // Fields the API treats as "not null" get their documented defaults when left empty.
  input.exceptionRate ??= 0;
  input.expectedChanges12m ??= 0;
  input.applicationCount ??= 1;
  draft.steps.forEach((step, index) => {
    const minutes = parseDecimal(step.minutesPerCase);
    if (minutes.kind === 'invalid') problems.push({ fieldId: stepFieldId(index, 'minutesPerCase'), message: t('form.notANumber') });
    if (minutes.kind === 'empty') problems.push({ fieldId: stepFieldId(index, 'minutesPerCase'), message: t('form.required') });
    input.steps.push({
      name: step.name.trim(),
      minutesPerCase: minutes.kind === 'number' ? minutes.value : 0,
      ruleBased: step.ruleBased,
      inputType: step.inputType,
      systems: step.systems
        .split(',')
        .map((system) => system.trim())
        .filter(Boolean),
      automatableOverride: step.override === 'auto' ? null : step.override === 'yes',
      automatableReason: step.override === 'auto' ? null : step.automatableReason.trim() || null,
    });
  });
  return { input, problems };
}

export function ProcessEditorScreen({ processId }: { processId: string | null }) {
  return processId === null ? <ProcessForm process={null} onReload={() => undefined} /> : <ExistingProcess processId={processId} />;
}

function ExistingProcess({ processId }: { processId: string }) {
  const { t } = useI18n();
  const { data, error, loading, reload } = useQuery(ProcessEditorQuery, { id: processId });
  if (error && !data) return <ErrorNotice error={error} />;
  if (loading && !data) return <Loading />;
  if (!data) return <p>{t('error.UNKNOWN')}</p>;
  // A reload (after a conflict) brings a new version: the form starts again from it.
  return <ProcessForm key={`${data.process.id}-${data.process.version}`} process={data.process} onReload={() => void reload()} />;
}

function ProcessForm({ process, onReload }: { process: ProcessDetailsFragment | null; onReload: () => void }) {
  const { t, language, label } = useI18n();
  const session = useSignedIn();
  const { navigate, location } = useRouter();
  // "Added" is said once: the address loses its marker, so a reload or a later save does not repeat it.
  const [justCreated, setJustCreated] = useState(() => location.search.get('created') === '1');
  useEffect(() => {
    if (location.search.get('created') === '1') navigate(location.pathname, { replace: true });
  }, [location, navigate]);
  const [current, setCurrent] = useState(process);
  // Kept in the tab while typed: a sign-in that ends meanwhile loses nothing.
  const {
    value: draft,
    setValue: setDraft,
    restored,
    discard,
  } = useDraft<ProcessDraft>(`process.${process?.id ?? 'new'}`, () => draftOf(process, language));
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [conflict, setConflict] = useState(false);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    setCurrent(process);
  }, [process]);

  const owner = session.can('PROCESS_OWNER') && (current === null || current.ownerUserId === session.userId);
  const readOnly = !owner;
  const set = <Key extends keyof ProcessDraft>(key: Key) => (value: ProcessDraft[Key]) => setDraft((previous) => ({ ...previous, [key]: value }));
  const id = (field: string) => `${FIELD_PREFIX}${field}`;
  const error = (field: string) => problemFor(problems, id(field));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setStatus(null);
    setRefusal(null);
    setJustCreated(false);
    const { input, problems: typed } = inputOf(draft, t);
    setProblems(typed);
    if (typed.length) return;
    setSaving(true);
    try {
      if (current === null) {
        const created = await request(CreateProcessMutation, { input: { ...input, organizationId: session.organization.id } });
        discard();
        navigate(`/processes/${created.createProcess.id}?created=1`, { replace: true });
        return;
      }
      const { updateProcess } = await request(UpdateProcessMutation, { id: current.id, input: { ...input, version: current.version } });
      setCurrent(updateProcess);
      discard(draftOf(updateProcess, language));
      setConflict(false);
      setStatus(t('form.saved'));
    } catch (caught) {
      const apiError = toApiError(caught);
      if (apiError.code === 'CONFLICT') {
        setConflict(true);
        setProblems([]);
      } else if (apiError.code === 'BAD_USER_INPUT' || (apiError.fields.length > 0 && apiError.code === 'NOT_FOUND')) {
        setProblems(problemsFromError(t, apiError, fieldIdOfPath, id('name')));
      } else {
        setRefusal(apiError);
      }
    } finally {
      setSaving(false);
    }
  };

  const title = current ? t('process.title.edit', { name: current.name }) : t('process.title.new');

  return (
    <>
      <p className="breadcrumbs">
        <Link to="/processes">{t('nav.processes')}</Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      {justCreated ? (
        <div className="notice notice--success" role="status">
          {t('process.created')}
        </div>
      ) : null}
      {readOnly ? <div className="notice">{t('process.readOnly')}</div> : null}
      {restored && !readOnly ? <RestoredDraftNotice onDiscard={() => discard(draftOf(current, language))} /> : null}
      {conflict ? (
        <div className="notice notice--error" role="alert">
          <p>{t('process.conflict')}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              // The current version replaces what was typed: the draft goes with it.
              discard();
              onReload();
            }}
          >
            {t('process.reloadLatest')}
          </button>
        </div>
      ) : null}
      <ErrorNotice error={refusal} />
      <ErrorSummary problems={problems} />
      <form onSubmit={(event) => void save(event)} noValidate>
        <fieldset className="form-section" disabled={readOnly}>
          <legend>
            <h2>{t('process.section.basics')}</h2>
          </legend>
          <TextField id={id('name')} label={t('process.field.name')} value={draft.name} onChange={set('name')} error={error('name')} />
          <SelectField
            id={id('category')}
            label={t('process.field.category')}
            value={draft.category}
            onChange={(value) => set('category')(value as ProcessCategory)}
            options={PROCESS_CATEGORIES.map((value) => ({ value, label: label('ProcessCategory', value) }))}
            error={error('category')}
          />
          <SelectField
            id={id('departmentId')}
            label={t('process.field.department')}
            value={draft.departmentId}
            onChange={set('departmentId')}
            options={[{ value: '', label: t('form.none') }, ...session.organization.departments.map((department) => ({ value: department.id, label: department.name }))]}
            error={error('departmentId')}
          />
          <SelectField
            id={id('status')}
            label={t('process.field.status')}
            value={draft.status}
            onChange={(value) => set('status')(value as ProcessStatus)}
            options={PROCESS_STATUSES.map((value) => ({ value, label: label('ProcessStatus', value) }))}
            error={error('status')}
          />
          <TextAreaField id={id('description')} label={t('process.field.description')} optional value={draft.description} onChange={set('description')} error={error('description')} />
          <TextField id={id('ownerContact')} label={t('process.field.ownerContact')} optional value={draft.ownerContact} onChange={set('ownerContact')} error={error('ownerContact')} />
        </fieldset>

        <fieldset className="form-section" disabled={readOnly}>
          <legend>
            <h2>{t('process.section.steps')}</h2>
          </legend>
          <StepsEditor steps={draft.steps} onChange={set('steps')} problems={problems} readOnly={readOnly} />
        </fieldset>

        <fieldset className="form-section" disabled={readOnly}>
          <legend>
            <h2>{t('process.section.readiness')}</h2>
          </legend>
          <TextField id={id('exceptionRate')} label={t('process.field.exceptionRate')} hint={t('process.field.exceptionRate.hint')} inputMode="decimal" width="narrow" value={draft.exceptionRate} onChange={set('exceptionRate')} error={error('exceptionRate')} />
          <TextField id={id('standardisationEstimate')} label={t('process.field.standardisationEstimate')} optional inputMode="decimal" width="narrow" value={draft.standardisationEstimate} onChange={set('standardisationEstimate')} error={error('standardisationEstimate')} />
          <TextField id={id('expectedChanges12m')} label={t('process.field.expectedChanges12m')} inputMode="numeric" width="narrow" value={draft.expectedChanges12m} onChange={set('expectedChanges12m')} error={error('expectedChanges12m')} />
          <TextField id={id('applicationCount')} label={t('process.field.applicationCount')} inputMode="numeric" width="narrow" value={draft.applicationCount} onChange={set('applicationCount')} error={error('applicationCount')} />
          <TextField id={id('statutoryDeadlineDays')} label={t('process.field.statutoryDeadlineDays')} optional inputMode="numeric" width="narrow" value={draft.statutoryDeadlineDays} onChange={set('statutoryDeadlineDays')} error={error('statutoryDeadlineDays')} />
          <CheckboxField id={id('documentationAvailable')} label={t('process.field.documentationAvailable')} checked={draft.documentationAvailable} onChange={set('documentationAvailable')} error={error('documentationAvailable')} />
          <CheckboxField id={id('decidesAboutPerson')} label={t('process.field.decidesAboutPerson')} checked={draft.decidesAboutPerson} onChange={set('decidesAboutPerson')} error={error('decidesAboutPerson')} />
        </fieldset>

        <fieldset className="form-section" disabled={readOnly}>
          <legend>
            <h2>{t('process.section.costs')}</h2>
          </legend>
          <TextField id={id('hourlyLabourCost')} label={t('process.field.hourlyLabourCost')} optional inputMode="decimal" width="narrow" value={draft.hourlyLabourCost} onChange={set('hourlyLabourCost')} error={error('hourlyLabourCost')} />
          <TextField id={id('costPerError')} label={t('process.field.costPerError')} optional inputMode="decimal" width="narrow" value={draft.costPerError} onChange={set('costPerError')} error={error('costPerError')} />
          <TextField id={id('estimatedMonthlyVolume')} label={t('process.field.estimatedMonthlyVolume')} optional inputMode="numeric" width="narrow" value={draft.estimatedMonthlyVolume} onChange={set('estimatedMonthlyVolume')} error={error('estimatedMonthlyVolume')} />
          <TextField id={id('estimatedHandlingMinutes')} label={t('process.field.estimatedHandlingMinutes')} optional inputMode="decimal" width="narrow" value={draft.estimatedHandlingMinutes} onChange={set('estimatedHandlingMinutes')} error={error('estimatedHandlingMinutes')} />
          <TextField id={id('estimatedErrorRate')} label={t('process.field.estimatedErrorRate')} optional inputMode="decimal" width="narrow" value={draft.estimatedErrorRate} onChange={set('estimatedErrorRate')} error={error('estimatedErrorRate')} />
          <TextField id={id('serviceHoursPerWeek')} label={t('process.field.serviceHoursPerWeek')} optional inputMode="decimal" width="narrow" value={draft.serviceHoursPerWeek} onChange={set('serviceHoursPerWeek')} error={error('serviceHoursPerWeek')} />
        </fieldset>

        {!readOnly ? (
          <div className="form-actions">
            <button type="submit" className="button" disabled={saving}>
              {saving ? t('form.saving') : t('form.save')}
            </button>
            <Link to="/processes" className="button button--secondary" onClick={() => discard()}>
              {t('form.cancel')}
            </Link>
          </div>
        ) : null}
        <StatusMessage message={status} />
      </form>
      {current ? <PeriodList process={current} canEdit={owner} /> : null}
    </>
  );
}

function PeriodList({ process, canEdit }: { process: ProcessDetailsFragment; canEdit: boolean }) {
  const { t, label, format } = useI18n();
  return (
    <section className="form-section" aria-labelledby="periods-heading">
      <h2 id="periods-heading">{t('process.section.periods')}</h2>
      {process.periods.length === 0 ? <p>{t('periods.empty')}</p> : null}
      {process.periods.length > 0 ? (
        <DataTable
          labelledBy="periods-heading"
          columns={[
            { label: t('periods.column.label') },
            { label: t('periods.column.kind') },
            { label: t('periods.column.dates') },
            { label: t('periods.column.cases'), numeric: true },
            { label: t('periods.column.evidence') },
          ]}
        >
              {process.periods.map((period) => (
                <tr key={period.id}>
                  <th scope="row">
                    <Link to={`/processes/${process.id}/periods/${period.id}`}>{period.label}</Link>
                  </th>
                  <td>{label('PeriodKind', period.kind)}</td>
                  <td>
                    {format.date(period.startsOn)} – {format.date(period.endsOn)}
                  </td>
                  <td className="numeric">{period.baselineFigures ? format.integer(period.baselineFigures.cases) : t('periods.noData')}</td>
                  <td>{period.baselineFigures ? label('EvidenceGrade', period.baselineFigures.grade) : t('periods.noData')}</td>
                </tr>
              ))}
        </DataTable>
      ) : null}
      {canEdit ? (
        <p>
          <Link to={`/processes/${process.id}/periods/new`} className="button button--secondary">
            {t('periods.new')}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
