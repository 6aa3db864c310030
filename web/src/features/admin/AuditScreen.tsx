import { useState } from 'react';
import { useQuery } from '../../api/use-query.js';
import { addressOf, useRouter } from '../../app/router.js';
import { useSignedIn } from '../../app/session.js';
import { DataTable } from '../../components/data-table.js';
import { ErrorNotice, SelectField, TextField } from '../../components/forms.js';
import { Forbidden, Loading, PageHeading } from '../../components/page.js';
import { Pagination } from '../../components/pagination.js';
import { graphql } from '../../gql/index.js';
import { useI18n } from '../../i18n/i18n.js';

const AuditLogQuery = graphql(`
  query AuditLog($organizationId: ID!, $filter: AuditFilterInput, $after: String) {
    auditLog(organizationId: $organizationId, filter: $filter, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          occurredAt
          actorUserId
          action
          entity
          entityId
          fileHash
        }
      }
    }
    members(organizationId: $organizationId) {
      userId
      displayName
    }
  }
`);

const AUDIT_ACTIONS = ['INSERT', 'UPDATE', 'DELETE', 'IMPORT'];

/** /admin/audit: the trail, filtered by who, what, when and entity; all of it in the address. */
export function AuditScreen() {
  const { t, format } = useI18n();
  const session = useSignedIn();
  const { location, navigate } = useRouter();
  const search = location.search;
  const values = { who: search.get('who') ?? '', what: search.get('what') ?? '', from: search.get('from') ?? '', to: search.get('to') ?? '', entity: search.get('entity') ?? '' };
  const [draft, setDraft] = useState(values);
  const title = t('admin.audit.title');
  const allowed = session.can('ADMIN') || session.can('AUDITOR');
  const day = /^\d{4}-\d{2}-\d{2}$/;
  const { data, error, loading } = useQuery(AuditLogQuery, {
    organizationId: session.organization.id,
    filter: {
      actorUserId: values.who || null,
      action: values.what || null,
      entity: values.entity || null,
      occurredFrom: day.test(values.from) ? `${values.from}T00:00:00Z` : null,
      occurredBefore: day.test(values.to) ? new Date(Date.parse(`${values.to}T00:00:00Z`) + 86_400_000).toISOString() : null,
    },
    after: search.get('after'),
  });
  if (!allowed) return <Forbidden title={title} />;
  const names = new Map(data?.members.map((member) => [member.userId, member.displayName]) ?? []);
  const address = (next: Record<string, string | null>) => addressOf('/admin/audit', next);
  const rows = data?.auditLog.edges.map((edge) => edge.node) ?? [];
  const from = Number(search.get('skip') ?? '1') || 1;
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <form
        className="filters"
        aria-label={t('list.filters')}
        onSubmit={(event) => {
          event.preventDefault();
          navigate(address(draft));
        }}
      >
        <SelectField
          id="audit-who"
          label={t('admin.audit.who')}
          value={draft.who}
          onChange={(who) => setDraft({ ...draft, who })}
          options={[{ value: '', label: t('list.all') }, ...(data?.members.map((member) => ({ value: member.userId, label: member.displayName })) ?? [])]}
        />
        <SelectField
          id="audit-what"
          label={t('admin.audit.what')}
          value={draft.what}
          onChange={(what) => setDraft({ ...draft, what })}
          options={[{ value: '', label: t('list.all') }, ...AUDIT_ACTIONS.map((action) => ({ value: action, label: action }))]}
        />
        <TextField id="audit-entity" label={t('admin.audit.entity')} value={draft.entity} onChange={(entity) => setDraft({ ...draft, entity })} />
        <TextField id="audit-from" label={t('admin.audit.from')} hint={t('period.field.dateHint')} value={draft.from} onChange={(value) => setDraft({ ...draft, from: value })} />
        <TextField id="audit-to" label={t('admin.audit.to')} hint={t('period.field.dateHint')} value={draft.to} onChange={(value) => setDraft({ ...draft, to: value })} />
        <div className="filters__actions">
          <button type="submit" className="button">
            {t('list.apply')}
          </button>
        </div>
      </form>
      <ErrorNotice error={error} />
      {loading && !data ? <Loading /> : null}
      {data ? (
        <>
          <DataTable
            labelledBy="audit-caption"
            caption={t('admin.audit.caption', { count: format.integer(data.auditLog.totalCount) })}
            busy={loading}
            columns={[{ label: t('admin.audit.when') }, { label: t('admin.audit.who') }, { label: t('admin.audit.what') }, { label: t('admin.audit.entity') }, { label: t('admin.audit.entityId') }]}
          >
            {rows.map((entry) => (
              <tr key={entry.id}>
                <td>{format.dateTime(entry.occurredAt)}</td>
                <td>{entry.actorUserId ? (names.get(entry.actorUserId) ?? entry.actorUserId) : '—'}</td>
                <td>{entry.action}</td>
                <td>{entry.entity}</td>
                <td>
                  <code>{entry.entityId ?? '—'}</code>
                </td>
              </tr>
            ))}
          </DataTable>
          <Pagination
            from={from}
            count={rows.length}
            total={data.auditLog.totalCount}
            firstHref={search.get('after') ? address(values) : null}
            nextHref={data.auditLog.pageInfo.hasNextPage && data.auditLog.pageInfo.endCursor ? address({ ...values, after: data.auditLog.pageInfo.endCursor, skip: String(from + rows.length) }) : null}
          />
        </>
      ) : null}
    </>
  );
}
