import { type FormEvent, useState } from 'react';
import { ApiError, request, toApiError } from '../../api/client.js';
import { useQuery } from '../../api/use-query.js';
import { useDraft } from '../../app/drafts.js';
import { useSignedIn } from '../../app/session.js';
import { DataTable } from '../../components/data-table.js';
import { ErrorNotice, ErrorSummary, type FormProblem, problemFor, problemsFromError, SelectField, StatusMessage, TextField, fieldsUnder } from '../../components/forms.js';
import { Forbidden, Loading, PageHeading } from '../../components/page.js';
import { graphql } from '../../gql/index.js';
import type { Role } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';
import { ROLES } from '../../components/enum-values.js';


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
