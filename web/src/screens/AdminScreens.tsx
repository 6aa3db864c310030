import { type FormEvent, useState } from 'react';
import { ApiError, request, toApiError } from '../api/client.js';
import { useQuery } from '../api/use-query.js';
import { addressOf, Link, useRouter } from '../app/router.js';
import { useDraft } from '../app/drafts.js';
import { useSession, useSignedIn } from '../app/session.js';
import { DataTable } from '../components/data-table.js';
import { ErrorNotice, ErrorSummary, type FormProblem, problemFor, problemsFromError, SelectField, StatusMessage, TextField, fieldsUnder } from '../components/forms.js';
import { Loading, PageHeading } from '../components/page.js';
import { Pagination } from '../components/pagination.js';
import { graphql } from '../gql/index.js';
import type { Role } from '../gql/graphql.js';
import { useI18n } from '../i18n/i18n.js';
import { ROLES } from './enum-values.js';

const MembersQuery = graphql(`
  query Members($organizationId: ID!) {
    members(organizationId: $organizationId) {
      userId
      displayName
      email
      roles
    }
    invitations(organizationId: $organizationId) {
      id
      email
      displayName
      role
      expiresAt
    }
  }
`);

const InviteMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      code
      invitation {
        id
        email
      }
    }
  }
`);

const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
    }
  }
`);

const GrantRoleMutation = graphql(`
  mutation GrantRole($input: RoleGrantInput!) {
    grantRole(input: $input) {
      userId
      roles
    }
  }
`);

const RevokeRoleMutation = graphql(`
  mutation RevokeRole($input: RoleGrantInput!) {
    revokeRole(input: $input) {
      userId
      roles
    }
  }
`);


/** /admin/users: members and their roles, invitations (the code shown once), grant and revoke. */
export function UsersScreen() {
  const { t, label, format } = useI18n();
  const session = useSignedIn();
  const organizationId = session.organization.id;
  const { data, error, loading, reload } = useQuery(MembersQuery, { organizationId });
  const { value: invite, setValue: setInvite, discard: discardInvite } = useDraft<{ email: string; displayName: string; role: Role }>(`invite.${organizationId}`, () => ({
    email: '',
    displayName: '',
    role: 'PROCESS_OWNER',
  }));
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [code, setCode] = useState<{ email: string; code: string } | null>(null);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [grant, setGrant] = useState<Record<string, Role>>({});
  const title = t('admin.users.title');

  if (!session.can('ADMIN')) return <Forbidden title={title} />;

  const sendInvite = async (event: FormEvent) => {
    event.preventDefault();
    setRefusal(null);
    setProblems([]);
    try {
      const { inviteMember } = await request(InviteMutation, { input: { organizationId, ...invite } });
      setCode({ email: inviteMember.invitation.email, code: inviteMember.code });
      discardInvite({ email: '', displayName: '', role: invite.role });
      void reload();
    } catch (caught) {
      const apiError = toApiError(caught);
      if (apiError.code === 'BAD_USER_INPUT') setProblems(problemsFromError(t, apiError, fieldsUnder('input', 'invite'), 'invite-email'));
      else setRefusal(apiError);
    }
  };

  const act = async (work: () => Promise<unknown>, done: string) => {
    setRefusal(null);
    setStatus(null);
    try {
      await work();
      setStatus(done);
      void reload();
    } catch (caught) {
      setRefusal(toApiError(caught));
    }
  };

  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <ErrorNotice error={refusal || error} />
      <StatusMessage message={status} />
      {loading && !data ? <Loading /> : null}
      {data ? (
        <DataTable
          labelledBy="members-caption"
          caption={t('admin.users.members')}
          columns={[{ label: t('admin.users.person') }, { label: t('auth.email') }, { label: t('app.roles') }, { label: t('admin.users.grant') }]}
        >
          {data.members.map((member) => (
            <tr key={member.userId}>
              <th scope="row">{member.displayName}</th>
              <td>{member.email}</td>
              <td>
                <ul className="verdicts">
                  {member.roles.map((role) => (
                    <li key={role}>
                      {label('Role', role)}{' '}
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        onClick={() => void act(() => request(RevokeRoleMutation, { input: { organizationId, userId: member.userId, role } }), t('admin.users.revoked', { role: label('Role', role), name: member.displayName }))}
                      >
                        {t('admin.users.revoke')}
                        <span className="visually-hidden">
                          {' '}
                          {label('Role', role)} – {member.displayName}
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                <div className="inline-form">
                  <label htmlFor={`grant-${member.userId}`} className="visually-hidden">
                    {t('admin.users.grantTo', { name: member.displayName })}
                  </label>
                  <select id={`grant-${member.userId}`} value={grant[member.userId] ?? 'AUDITOR'} onChange={(event) => setGrant({ ...grant, [member.userId]: event.target.value as Role })}>
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {label('Role', role)}
                      </option>
                    ))}
                  </select>{' '}
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => {
                      const role = grant[member.userId] ?? 'AUDITOR';
                      void act(() => request(GrantRoleMutation, { input: { organizationId, userId: member.userId, role } }), t('admin.users.granted', { role: label('Role', role), name: member.displayName }));
                    }}
                  >
                    {t('admin.users.grant')}
                    <span className="visually-hidden"> – {member.displayName}</span>
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}

      <section className="form-section" aria-labelledby="invite-heading">
        <h2 id="invite-heading">{t('admin.users.invite')}</h2>
        <p>{t('admin.users.inviteIntro')}</p>
        <ErrorSummary problems={problems} />
        <form onSubmit={(event) => void sendInvite(event)} noValidate>
          <TextField id="invite-email" label={t('auth.email')} type="email" value={invite.email} onChange={(email) => setInvite({ ...invite, email })} error={problemFor(problems, 'invite-email')} />
          <TextField id="invite-displayName" label={t('admin.users.person')} value={invite.displayName} onChange={(displayName) => setInvite({ ...invite, displayName })} error={problemFor(problems, 'invite-displayName')} />
          <SelectField
            id="invite-role"
            label={t('app.role')}
            value={invite.role}
            onChange={(role) => setInvite({ ...invite, role: role as Role })}
            options={ROLES.map((value) => ({ value, label: label('Role', value) }))}
            error={problemFor(problems, 'invite-role')}
          />
          <button type="submit" className="button">
            {t('admin.users.sendInvite')}
          </button>
        </form>
        {code ? (
          <div className="notice notice--success" role="status">
            <p>{t('admin.users.codeIntro', { email: code.email })}</p>
            <p>
              <code className="secret" data-secret="invitation-code">
                {code.code}
              </code>
            </p>
            <p>{t('admin.users.codeWhere', { address: `${window.location.origin}/accept-invitation` })}</p>
          </div>
        ) : null}
        {data && data.invitations.length > 0 ? (
          <DataTable
            labelledBy="invitations-caption"
            caption={t('admin.users.pending')}
            columns={[{ label: t('auth.email') }, { label: t('app.role') }, { label: t('admin.users.expires') }, { label: t('admin.users.revoke'), visuallyHidden: true }]}
          >
            {data.invitations.map((invitation) => (
              <tr key={invitation.id}>
                <th scope="row">
                  {invitation.displayName} ({invitation.email})
                </th>
                <td>{label('Role', invitation.role)}</td>
                <td>{format.dateTime(invitation.expiresAt)}</td>
                <td>
                  <button type="button" className="button button--secondary button--small" onClick={() => void act(() => request(RevokeInvitationMutation, { id: invitation.id }), t('admin.users.invitationRevoked'))}>
                    {t('admin.users.withdraw')}
                    <span className="visually-hidden"> {invitation.email}</span>
                  </button>
                </td>
              </tr>
            ))}
          </DataTable>
        ) : null}
      </section>
    </>
  );
}

function Forbidden({ title }: { title: string }) {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <div className="notice">{t('error.FORBIDDEN')}</div>
    </>
  );
}

const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      ...SessionTokens
    }
  }
`);

/** /accept-invitation: a person joins an office with the code an administrator gave them. */
export function AcceptInvitationScreen() {
  const { t } = useI18n();
  const { adoptSession } = useSession();
  const { navigate } = useRouter();
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const title = t('invitation.title');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblems([]);
    try {
      const { acceptInvitation } = await request(AcceptInvitationMutation, { input: { code: code.trim(), password } });
      adoptSession(acceptInvitation);
      navigate('/processes', { replace: true });
    } catch (caught) {
      const apiError = toApiError(caught);
      setProblems(
        apiError.code === 'UNAUTHENTICATED'
          ? [{ fieldId: 'invitation-code', message: t('invitation.refused') }]
          : problemsFromError(t, apiError, (path) => (path.endsWith('password') ? 'invitation-password' : 'invitation-code'), 'invitation-code'),
      );
    }
  };

  return (
    <div className="narrow-page">
      <PageHeading title={title}>{title}</PageHeading>
      <p>{t('invitation.intro')}</p>
      <ErrorSummary problems={problems} />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField id="invitation-code" label={t('invitation.code')} value={code} onChange={setCode} error={problemFor(problems, 'invitation-code')} />
        <TextField
          id="invitation-password"
          label={t('auth.password')}
          hint={t('invitation.passwordHint')}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          error={problemFor(problems, 'invitation-password')}
        />
        <button type="submit" className="button">
          {t('invitation.accept')}
        </button>
      </form>
      <p>
        <Link to="/sign-in">{t('auth.signIn')}</Link>
      </p>
    </div>
  );
}

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
