import { Role } from '../../src/auth/domain/role.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

describe('audit log filters', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('filters by who, what, when and entity', async () => {
    const organizationId = await t.createOrganization('Gmina Audytowana', '1299011');
    const admin = await t.createUser([{ organizationId, role: Role.ADMIN }]);
    const auditor = await t.createUser([{ organizationId, role: Role.AUDITOR }]);
    const started = new Date(Date.now() - 1000).toISOString();
    for (const name of ['Wydział A', 'Wydział B']) {
      const created = await t.graphql('mutation ($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }', { input: { organizationId, name } }, admin.token);
      expect(created.errors).toBeUndefined();
    }
    type Page = { auditLog: { totalCount: number; edges: { node: { actorUserId: string | null; action: string; entity: string; occurredAt: string } }[] } };
    const read = (filter: Record<string, unknown>) =>
      t.graphql<Page>(
        'query ($org: ID!, $filter: AuditFilterInput) { auditLog(organizationId: $org, filter: $filter, first: 100) { totalCount edges { node { actorUserId action entity occurredAt } } } }',
        { org: organizationId, filter },
        auditor.token,
      );
    const byAdmin = await read({ actorUserId: admin.id, action: 'INSERT', entity: 'department', occurredFrom: started });
    expect(byAdmin.errors).toBeUndefined();
    expect(byAdmin.data!.auditLog.totalCount).toBe(2);
    for (const { node } of byAdmin.data!.auditLog.edges) expect(node).toMatchObject({ actorUserId: admin.id, action: 'INSERT', entity: 'department' });
    expect((await read({ actorUserId: auditor.id })).data!.auditLog.totalCount).toBe(0);
    expect((await read({ action: 'DELETE', entity: 'department' })).data!.auditLog.totalCount).toBe(0);
    expect((await read({ occurredBefore: started, entity: 'department' })).data!.auditLog.totalCount).toBe(0);
    const refused = await read({ actorUserId: 'someone' });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'filter.actorUserId' }] });
  });
});
