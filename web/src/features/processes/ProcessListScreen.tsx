import { type FormEvent, useEffect, useState } from 'react';
import { useQuery } from '../../api/use-query.js';
import { addressOf, Link, useRouter } from '../../app/router.js';
import { useSignedIn } from '../../app/session.js';
import { ErrorNotice, SelectField, TextField } from '../../components/forms.js';
import { Loading, PageHeading } from '../../components/page.js';
import { DataTable } from '../../components/data-table.js';
import { Pagination } from '../../components/pagination.js';
import { graphql } from '../../gql/index.js';
import type { ProcessCategory, ProcessInventoryQueryVariables, ProcessStatus } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';
import { PROCESS_CATEGORIES, PROCESS_STATUSES } from '../../components/enum-values.js';

export const PAGE_SIZE = 20;

export const ProcessInventoryQuery = graphql(`
  query ProcessInventory($filter: ProcessFilterInput!, $first: Int!, $after: String) {
    processes(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          category
          status
          estimatedMonthlyVolume
          department {
            id
            name
          }
          candidate {
            evidenceGrade
            quadrant
            annualVolume
          }
        }
      }
    }
  }
`);

/** The inventory query for an address (`?department=&category=&status=&q=&after=`) and an office. */
export function inventoryVariables(search: URLSearchParams, organizationId: string): ProcessInventoryQueryVariables {
  return {
    filter: {
      organizationId,
      departmentId: search.get('department') || null,
      category: (search.get('category') || null) as ProcessCategory | null,
      status: (search.get('status') || null) as ProcessStatus | null,
      text: search.get('q') || null,
    },
    first: PAGE_SIZE,
    after: search.get('after'),
  };
}

/** Filters and page live in the address: `/processes?department=..&category=..&status=..&q=..&after=..&from=..`. */
export function ProcessListScreen() {
  const { t, label, format } = useI18n();
  const session = useSignedIn();
  const { location, navigate } = useRouter();
  const search = location.search;
  const departmentId = search.get('department') ?? '';
  const category = search.get('category') ?? '';
  const status = search.get('status') ?? '';
  const text = search.get('q') ?? '';
  const after = search.get('after');
  const from = Number(search.get('from') ?? '1') || 1;

  const [draft, setDraft] = useState({ departmentId, category, status, text });
  useEffect(() => setDraft({ departmentId, category, status, text }), [departmentId, category, status, text]);

  const { data, error, loading } = useQuery(ProcessInventoryQuery, inventoryVariables(search, session.organization.id));

  const address = (values: Record<string, string | null>) => addressOf('/processes', values);
  const filterValues = { department: departmentId, category, status, q: text };

  const apply = (event: FormEvent) => {
    event.preventDefault();
    navigate(address({ department: draft.departmentId, category: draft.category, status: draft.status, q: draft.text.trim() }));
  };

  const connection = data?.processes;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const canCreate = session.can('PROCESS_OWNER');

  return (
    <>
      <PageHeading title={t('processes.title')}>{t('processes.title')}</PageHeading>
      {canCreate ? (
        <p>
          <Link to="/processes/new" className="button">
            {t('processes.new')}
          </Link>
        </p>
      ) : null}
      <form className="filters" onSubmit={apply} aria-label={t('list.filters')}>
        <TextField id="filter-q" label={t('processes.search')} type="search" value={draft.text} onChange={(value) => setDraft({ ...draft, text: value })} />
        <SelectField
          id="filter-department"
          label={t('processes.column.department')}
          value={draft.departmentId}
          onChange={(value) => setDraft({ ...draft, departmentId: value })}
          options={[{ value: '', label: t('list.all') }, ...session.organization.departments.map((department) => ({ value: department.id, label: department.name }))]}
        />
        <SelectField
          id="filter-category"
          label={t('processes.column.category')}
          value={draft.category}
          onChange={(value) => setDraft({ ...draft, category: value })}
          options={[{ value: '', label: t('list.all') }, ...PROCESS_CATEGORIES.map((value) => ({ value, label: label('ProcessCategory', value) }))]}
        />
        <SelectField
          id="filter-status"
          label={t('processes.column.status')}
          value={draft.status}
          onChange={(value) => setDraft({ ...draft, status: value })}
          options={[{ value: '', label: t('list.all') }, ...PROCESS_STATUSES.map((value) => ({ value, label: label('ProcessStatus', value) }))]}
        />
        <div className="filters__actions">
          <button type="submit" className="button">
            {t('list.apply')}
          </button>
          {departmentId || category || status || text ? (
            <Link to="/processes" className="button button--secondary">
              {t('list.clear')}
            </Link>
          ) : null}
        </div>
      </form>
      <ErrorNotice error={error} />
      {loading && !data ? <Loading /> : null}
      {connection ? (
        <>
          <DataTable
            labelledBy="processes-caption"
            caption={t('processes.caption', { organization: session.organization.name })}
            busy={loading}
            columns={[
              { label: t('processes.column.name') },
              { label: t('processes.column.department') },
              { label: t('processes.column.category') },
              { label: t('processes.column.status') },
              { label: t('processes.column.monthlyVolume'), numeric: true },
              { label: t('processes.column.evidence') },
              { label: t('processes.column.quadrant') },
            ]}
          >
                {rows.length === 0 ? (
                  <tr>
                    <td colSpan={7}>{t('list.empty')}</td>
                  </tr>
                ) : null}
                {rows.map((process) => {
                  const annual = process.candidate?.annualVolume ?? null;
                  const estimated = process.candidate ? process.candidate.evidenceGrade === 'ESTIMATE' : true;
                  const monthly = annual !== null ? annual / 12 : process.estimatedMonthlyVolume ?? null;
                  const volume = monthly === null ? t('figures.noValue') : format.integer(Math.round(monthly));
                  return (
                    <tr key={process.id}>
                      <th scope="row">
                        <Link to={`/processes/${process.id}`}>{process.name}</Link>
                      </th>
                      <td>{process.department?.name ?? t('figures.noValue')}</td>
                      <td>{label('ProcessCategory', process.category)}</td>
                      <td>{label('ProcessStatus', process.status)}</td>
                      <td className="numeric">{monthly !== null && estimated ? t('processes.monthlyVolumeEstimated', { value: volume }) : volume}</td>
                      <td>{process.candidate ? label('EvidenceGrade', process.candidate.evidenceGrade) : t('processes.notScored')}</td>
                      <td>{process.candidate ? label('Quadrant', process.candidate.quadrant) : t('processes.notScored')}</td>
                    </tr>
                  );
                })}
          </DataTable>
          <Pagination
            from={from}
            count={rows.length}
            total={connection.totalCount}
            firstHref={after ? address(filterValues) : null}
            nextHref={
              connection.pageInfo.hasNextPage && connection.pageInfo.endCursor
                ? address({ ...filterValues, after: connection.pageInfo.endCursor, from: String(from + rows.length) })
                : null
            }
          />
        </>
      ) : null}
    </>
  );
}
