import { type FormEvent, useState } from 'react';
import { ApiError, request, toApiError } from '../../api/client.js';
import { useQuery } from '../../api/use-query.js';
import { addressOf, Link, useRouter } from '../../app/router.js';
import { useDraft } from '../../app/drafts.js';
import { useSignedIn } from '../../app/session.js';
import { RestoredDraftNotice } from '../../components/restored-draft.js';
import { DataTable } from '../../components/data-table.js';
import { ErrorNotice, ErrorSummary, type FormProblem, problemFor, problemsFromError, SelectField, TextAreaField, TextField } from '../../components/forms.js';
import { parsePercent } from '../../components/numbers.js';
import { Loading, PageHeading } from '../../components/page.js';
import { Pagination } from '../../components/pagination.js';
import { graphql } from '../../gql/index.js';
import type { ClaimDirection, ClaimMetric, ClaimScopeKind, ProcessCategory } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';
import { CLAIM_DIRECTIONS, CLAIM_METRICS, CLAIM_SCOPE_KINDS, PROCESS_CATEGORIES } from '../../components/enum-values.js';

const ClaimsQuery = graphql(`
  query Claims($organizationId: ID, $after: String) {
    claims(organizationId: $organizationId, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          statement
          metric
          vendor
          source {
            title
            quote
          }
          verifications(first: 1) {
            id
            createdAt
            checks {
              id
              processName
              exPost {
                verdict
              }
            }
          }
        }
      }
    }
  }
`);

const ClaimFormProcessesQuery = graphql(`
  query ClaimFormProcesses($organizationId: ID!) {
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

const CreateClaimMutation = graphql(`
  mutation CreateVendorClaim($input: CreateVendorClaimInput!) {
    createVendorClaim(input: $input) {
      id
    }
  }
`);

/** A verdict as a badge: its word, coloured by what it means for the promise. */
export function VerdictBadge({ enumName, verdict }: { enumName: 'ExPostVerdict' | 'ExAnteVerdict'; verdict: string }) {
  const { label } = useI18n();
  const tone = ['SUPPORTED', 'PLAUSIBLE'].includes(verdict) ? 'yes' : ['CONTRADICTED', 'IMPLAUSIBLE'].includes(verdict) ? 'no-strong' : 'no';
  return <span className={`badge badge--${tone}`}>{label(enumName, verdict)}</span>;
}

export function ClaimsScreen() {
  const { t, label, format } = useI18n();
  const session = useSignedIn();
  const { location } = useRouter();
  const { data, error, loading } = useQuery(ClaimsQuery, { organizationId: session.organization.id, after: location.search.get('after') });
  const canRegister = session.can('AUDITOR') || session.can('ADMIN');
  const rows = data?.claims.edges.map((edge) => edge.node) ?? [];
  const from = Number(location.search.get('from') ?? '1') || 1;
  return (
    <>
      <PageHeading title={t('claims.title')}>{t('claims.title')}</PageHeading>
      <p>{t('claims.intro')}</p>
      {canRegister ? (
        <p>
          <Link to="/claims/new" className="button">
            {t('claims.new')}
          </Link>
        </p>
      ) : null}
      <ErrorNotice error={error} />
      {loading && !data ? <Loading /> : null}
      {data ? (
        <DataTable
          labelledBy="claims-caption"
          caption={t('claims.caption', { count: format.integer(data.claims.totalCount) })}
          columns={[{ label: t('claims.column.statement') }, { label: t('claims.column.metric') }, { label: t('claims.column.vendor') }, { label: t('claims.column.source') }, { label: t('claims.column.verdicts') }]}
        >
          {rows.length === 0 ? (
            <tr>
              <td colSpan={5}>{t('list.empty')}</td>
            </tr>
          ) : null}
          {rows.map((claim) => {
            const latest = claim.verifications[0];
            return (
              <tr key={claim.id}>
                <th scope="row">
                  <Link to={`/claims/${claim.id}`}>{claim.statement}</Link>
                </th>
                <td>{label('ClaimMetric', claim.metric)}</td>
                <td>{claim.vendor}</td>
                <td>
                  {claim.source.title}
                  <blockquote className="quote">„{claim.source.quote}”</blockquote>
                </td>
                <td>
                  {latest ? (
                    <ul className="verdicts">
                      {latest.checks.map((check) => (
                        <li key={check.id}>
                          {check.processName}: <VerdictBadge enumName="ExPostVerdict" verdict={check.exPost.verdict} />
                        </li>
                      ))}
                    </ul>
                  ) : (
                    t('claims.notVerified')
                  )}
                </td>
              </tr>
            );
          })}
        </DataTable>
      ) : null}
      {data ? (
        <Pagination
          from={from}
          count={rows.length}
          total={data.claims.totalCount}
          firstHref={location.search.get('after') ? '/claims' : null}
          nextHref={
            data.claims.pageInfo.hasNextPage && data.claims.pageInfo.endCursor
              ? addressOf('/claims', { after: data.claims.pageInfo.endCursor, from: String(from + rows.length) })
              : null
          }
        />
      ) : null}
    </>
  );
}

const FIELD_IDS: Record<string, string> = {
  'input.vendor': 'claim-vendor',
  'input.source.quote': 'claim-quote',
  'input.source.title': 'claim-title',
  'input.source.date': 'claim-date',
  'input.source.reference': 'claim-reference',
  'input.metric': 'claim-metric',
  'input.direction': 'claim-direction',
  'input.magnitude': 'claim-magnitude',
  'input.scope.kind': 'claim-scope',
  'input.scope.category': 'claim-category',
  'input.scope.processId': 'claim-process',
};

/** The claim form before anything is typed. */
function emptyClaimForm() {
  return {
    vendor: '',
    quote: '',
    title: '',
    date: '',
    reference: '',
    metric: 'HANDLING_TIME' as ClaimMetric,
    direction: 'DECREASE' as ClaimDirection,
    magnitude: '',
    scope: 'ORGANIZATION' as ClaimScopeKind,
    category: 'INVOICE_PROCESSING' as ProcessCategory,
    processId: '',
  };
}

export function NewClaimScreen() {
  const { t, label } = useI18n();
  const session = useSignedIn();
  const { navigate } = useRouter();
  const processes = useQuery(ClaimFormProcessesQuery, { organizationId: session.organization.id });
  const {
    value: form,
    setValue: setForm,
    restored,
    discard,
  } = useDraft(`claim.new.${session.organization.id}`, emptyClaimForm);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof form) => (value: string) => setForm({ ...form, [key]: value });
  const title = t('claims.new');
  if (!(session.can('AUDITOR') || session.can('ADMIN'))) {
    return (
      <>
        <PageHeading title={title}>{title}</PageHeading>
        <div className="notice">{t('error.FORBIDDEN')}</div>
      </>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setRefusal(null);
    const magnitude = parsePercent(form.magnitude);
    const typed: FormProblem[] = [];
    if (magnitude.kind !== 'number') typed.push({ fieldId: 'claim-magnitude', message: t('form.notAPercent') });
    setProblems(typed);
    if (magnitude.kind !== 'number') return;
    setBusy(true);
    try {
      const { createVendorClaim } = await request(CreateClaimMutation, {
        input: {
          organizationId: session.organization.id,
          vendor: form.vendor,
          source: { quote: form.quote, title: form.title, date: form.date || null, reference: form.reference || null },
          metric: form.metric,
          direction: form.direction,
          magnitude: magnitude.value,
          scope: {
            kind: form.scope,
            category: form.scope === 'CATEGORY' ? form.category : null,
            processId: form.scope === 'PROCESS' ? form.processId || null : null,
          },
        },
      });
      discard();
      navigate(`/claims/${createVendorClaim.id}`);
    } catch (caught) {
      const apiError = toApiError(caught);
      if (apiError.code === 'BAD_USER_INPUT' || apiError.fields.length > 0) {
        setProblems(problemsFromError(t, apiError, (path) => FIELD_IDS[path] ?? null, 'claim-vendor'));
      } else setRefusal(apiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p className="breadcrumbs">
        <Link to="/claims">{t('nav.claims')}</Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      {restored ? <RestoredDraftNotice onDiscard={() => discard(emptyClaimForm())} /> : null}
      <p>{t('claims.newIntro')}</p>
      <ErrorNotice error={refusal} />
      <ErrorSummary problems={problems} />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField id="claim-vendor" label={t('claims.field.vendor')} value={form.vendor} onChange={set('vendor')} error={problemFor(problems, 'claim-vendor')} />
        <TextAreaField id="claim-quote" label={t('claims.field.quote')} hint={t('claims.field.quoteHint')} value={form.quote} onChange={set('quote')} error={problemFor(problems, 'claim-quote')} />
        <TextField id="claim-title" label={t('claims.field.title')} value={form.title} onChange={set('title')} error={problemFor(problems, 'claim-title')} />
        <TextField id="claim-date" label={t('claims.field.date')} optional hint={t('period.field.dateHint')} width="narrow" value={form.date} onChange={set('date')} error={problemFor(problems, 'claim-date')} />
        <TextField id="claim-reference" label={t('claims.field.reference')} optional value={form.reference} onChange={set('reference')} error={problemFor(problems, 'claim-reference')} />
        <SelectField
          id="claim-metric"
          label={t('claims.column.metric')}
          value={form.metric}
          onChange={set('metric')}
          options={CLAIM_METRICS.map((value) => ({ value, label: label('ClaimMetric', value) }))}
          error={problemFor(problems, 'claim-metric')}
        />
        <SelectField
          id="claim-direction"
          label={t('claims.field.direction')}
          value={form.direction}
          onChange={set('direction')}
          options={CLAIM_DIRECTIONS.map((value) => ({ value, label: label('ClaimDirection', value) }))}
          error={problemFor(problems, 'claim-direction')}
        />
        <TextField
          id="claim-magnitude"
          label={t('claims.field.magnitude')}
          inputMode="decimal"
          width="narrow"
          value={form.magnitude}
          onChange={set('magnitude')}
          error={problemFor(problems, 'claim-magnitude')}
        />
        <SelectField
          id="claim-scope"
          label={t('claims.field.scope')}
          value={form.scope}
          onChange={set('scope')}
          options={CLAIM_SCOPE_KINDS.map((value) => ({ value, label: label('ClaimScopeKind', value) }))}
          error={problemFor(problems, 'claim-scope')}
        />
        {form.scope === 'CATEGORY' ? (
          <SelectField
            id="claim-category"
            label={t('processes.column.category')}
            value={form.category}
            onChange={set('category')}
            options={PROCESS_CATEGORIES.map((value) => ({ value, label: label('ProcessCategory', value) }))}
            error={problemFor(problems, 'claim-category')}
          />
        ) : null}
        {form.scope === 'PROCESS' ? (
          <SelectField
            id="claim-process"
            label={t('claims.field.process')}
            value={form.processId}
            onChange={set('processId')}
            options={[{ value: '', label: t('form.none') }, ...(processes.data?.processes.edges.map((edge) => ({ value: edge.node.id, label: edge.node.name })) ?? [])]}
            error={problemFor(problems, 'claim-process')}
          />
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy}>
            {t('claims.register')}
          </button>
          <Link to="/claims" className="button button--secondary" onClick={() => discard()}>
            {t('form.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
