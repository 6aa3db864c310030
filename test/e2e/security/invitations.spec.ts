import { createTwoOffices, type TwoOffices } from '../../helpers/two-offices.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

const INVITE =
  'mutation ($org: ID!, $email: String!) { inviteMember(input: {organizationId: $org, role: AUDITOR, email: $email, displayName: "Invited"}) { code invitation { id email role organizationId expiresAt acceptedAt } } }';
const ACCEPT = 'mutation ($code: String!, $password: String!) { acceptInvitation(input: {code: $code, password: $password}) { accessToken } }';
const ME = '{ me { email memberships { organizationId role } } }';

interface Invited {
  inviteMember: { code: string; invitation: { id: string; email: string; role: string; organizationId: string; expiresAt: string; acceptedAt: null } };
}

describe('adding people by invitation', () => {
  let t: TestApp;
  let offices: TwoOffices;

  beforeAll(async () => {
    t = await startTestApp();
    offices = await createTwoOffices(t);
  });

  afterAll(async () => {
    await t.close();
  });

  const accounts = async () => (await t.owner.query<Record<string, unknown>>('SELECT id, email, display_name, password_hash FROM app_user ORDER BY id')).rows;
  const memberships = async () => (await t.owner.query<Record<string, unknown>>('SELECT organization_id, user_id, role FROM membership ORDER BY id')).rows;

  it('answers alike whether or not the e-mail has an account, and changes no account', async () => {
    const before = { accounts: await accounts(), memberships: await memberships() };
    const existing = await t.graphql<Invited>(INVITE, { org: offices.organizationA, email: offices.users.ownerB.email }, offices.users.adminA.token);
    const unknown = await t.graphql<Invited>(INVITE, { org: offices.organizationA, email: 'nobody-yet@a.example' }, offices.users.adminA.token);
    const shape = (response: { data: Invited | null }) => {
      const { code, invitation } = response.data!.inviteMember;
      return { code: code.replace(/^inv_[\w-]{43}$/, 'CODE'), invitation: { ...invitation, id: 'ID', email: 'EMAIL', expiresAt: 'TIME' } };
    };
    expect(shape(existing)).toEqual(shape(unknown));
    expect({ accounts: await accounts(), memberships: await memberships() }).toEqual(before);
  });

  it("never enrols or describes another organization's account through grantRole", async () => {
    const response = await t.graphql(
      'mutation ($org: ID!, $user: ID!) { grantRole(input: {organizationId: $org, userId: $user, role: AUDITOR}) { email displayName } }',
      { org: offices.organizationA, user: offices.users.ownerB.id },
      offices.users.adminA.token,
    );
    expect(response.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(JSON.stringify(response)).not.toContain(offices.users.ownerB.email);
    const unknownId = await t.graphql(
      'mutation ($org: ID!, $user: ID!) { grantRole(input: {organizationId: $org, userId: $user, role: AUDITOR}) { email } }',
      { org: offices.organizationA, user: '00000000-0000-4000-8000-000000000000' },
      offices.users.adminA.token,
    );
    expect(unknownId.errors?.[0].message.replace('00000000-0000-4000-8000-000000000000', offices.users.ownerB.id)).toBe(response.errors?.[0].message);
  });

  it("joins an existing account only with that account's password, once", async () => {
    const invited = await t.graphql<Invited>(INVITE, { org: offices.organizationA, email: offices.users.ownerB.email }, offices.users.adminA.token);
    const code = invited.data!.inviteMember.code;
    const wrong = await t.graphql(ACCEPT, { code, password: 'a guessed password' });
    expect(wrong.errors?.[0]).toMatchObject({
      message: 'the invitation code or the password is wrong, or the invitation has expired or was used',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const accepted = await t.graphql<{ acceptInvitation: { accessToken: string } }>(ACCEPT, { code, password: offices.users.ownerB.password });
    expect(accepted.errors).toBeUndefined();
    const me = await t.graphql<{ me: { memberships: { organizationId: string; role: string }[] } }>(ME, {}, accepted.data!.acceptInvitation.accessToken);
    expect(me.data?.me.memberships).toEqual(
      expect.arrayContaining([
        { organizationId: offices.organizationA, role: 'AUDITOR' },
        { organizationId: offices.organizationB, role: 'PROCESS_OWNER' },
      ]),
    );
    const again = await t.graphql(ACCEPT, { code, password: offices.users.ownerB.password });
    expect(again.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('creates the account of a new e-mail with the password its owner chooses; a revoked invitation is refused', async () => {
    const invited = await t.graphql<Invited>(INVITE, { org: offices.organizationA, email: 'New.Person@A.example' }, offices.users.adminA.token);
    expect(invited.data!.inviteMember.invitation.email).toBe('new.person@a.example');
    const accepted = await t.graphql(ACCEPT, { code: invited.data!.inviteMember.code, password: 'my own long password' });
    expect(accepted.errors).toBeUndefined();
    const login = await t.graphql('mutation { login(input: {email: "new.person@a.example", password: "my own long password"}) { accessToken } }');
    expect(login.errors).toBeUndefined();

    const revoked = await t.graphql<Invited>(INVITE, { org: offices.organizationA, email: 'later@a.example' }, offices.users.adminA.token);
    const pending = await t.graphql<{ invitations: { id: string }[] }>(
      'query ($org: ID!) { invitations(organizationId: $org) { id } }',
      { org: offices.organizationA },
      offices.users.adminA.token,
    );
    expect(pending.data?.invitations.map((invitation) => invitation.id)).toContain(revoked.data!.inviteMember.invitation.id);
    await t.graphql('mutation ($id: ID!) { revokeInvitation(id: $id) { revokedAt } }', { id: revoked.data!.inviteMember.invitation.id }, offices.users.adminA.token);
    const refused = await t.graphql(ACCEPT, { code: revoked.data!.inviteMember.code, password: 'another long password' });
    expect(refused.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await t.owner.query("SELECT 1 FROM app_user WHERE email = 'later@a.example'")).rowCount).toBe(0);
  });

  it('lets exactly one of a revocation and an acceptance racing for the same invitation win, and tells the other', async () => {
    const REVOKE = 'mutation ($id: ID!) { revokeInvitation(id: $id) { acceptedAt revokedAt } }';
    for (let round = 0; round < 10; round += 1) {
      const invitee = await t.createUser([]);
      const invited = await t.graphql<Invited>(INVITE, { org: offices.organizationA, email: invitee.email }, offices.users.adminA.token);
      const { code, invitation } = invited.data!.inviteMember;
      const [accept, revoke] = await Promise.all([
        t.graphql(ACCEPT, { code, password: invitee.password }),
        t.graphql<{ revokeInvitation: { acceptedAt: string | null; revokedAt: string } }>(REVOKE, { id: invitation.id }, offices.users.adminA.token),
      ]);
      const row = (
        await t.owner.query<{ accepted: boolean; revoked: boolean }>(
          'SELECT accepted_at IS NOT NULL AS accepted, revoked_at IS NOT NULL AS revoked FROM invitation WHERE id = $1',
          [invitation.id],
        )
      ).rows[0];
      const joined = (await t.owner.query('SELECT 1 FROM membership WHERE user_id = $1 AND organization_id = $2', [invitee.id, offices.organizationA])).rowCount === 1;
      const revokeError = revoke.errors?.[0];
      const seen = {
        row,
        joined,
        accept: accept.errors?.[0].extensions.code ?? 'ok',
        revoke: revokeError
          ? { code: revokeError.extensions.code, message: revokeError.message }
          : { acceptedAt: revoke.data?.revokeInvitation.acceptedAt, revoked: Boolean(revoke.data?.revokeInvitation.revokedAt) },
      };
      if (accept.errors === undefined) {
        // The acceptance won: the person joined, and the revocation says why it changed nothing.
        expect(seen).toEqual({
          row: { accepted: true, revoked: false },
          joined: true,
          accept: 'ok',
          revoke: { code: 'CONFLICT', message: 'this invitation was already accepted: revoke the role instead' },
        });
      } else {
        // The revocation won: the code is refused as any used code is, and nobody joined.
        expect(seen).toEqual({
          row: { accepted: false, revoked: true },
          joined: false,
          accept: 'UNAUTHENTICATED',
          revoke: { acceptedAt: null, revoked: true },
        });
      }
    }
  });
});
