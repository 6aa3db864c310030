import { Role } from '../../src/auth/domain/role.js';
import type { TestApp, TestUser } from './test-app.js';

/** Two offices with one user per role in A, an owner in B, and one process in each. */
export interface TwoOffices {
  organizationA: string;
  organizationB: string;
  departmentA: string;
  processA: string;
  processB: string;
  /** A BASELINE measurement period of process A, empty. */
  periodA: string;
  users: {
    ownerA: TestUser;
    otherOwnerA: TestUser;
    managerA: TestUser;
    auditorA: TestUser;
    adminA: TestUser;
    ownerB: TestUser;
    platformAdmin: TestUser;
  };
}

let terytCounter = 0;

/** A valid TERYT code (voivodeship 14) not used before in this test file. */
export function uniqueTeryt(): string {
  terytCounter += 1;
  return `14${String(terytCounter).padStart(5, '0')}`;
}

export async function createTwoOffices(t: TestApp): Promise<TwoOffices> {
  const organizationA = await t.createOrganization('Gmina A', uniqueTeryt());
  const organizationB = await t.createOrganization('Gmina B', uniqueTeryt());
  const in_ = (organizationId: string, role: Role) => [{ organizationId, role }];
  const users = {
    ownerA: await t.createUser(in_(organizationA, Role.PROCESS_OWNER)),
    otherOwnerA: await t.createUser(in_(organizationA, Role.PROCESS_OWNER)),
    managerA: await t.createUser(in_(organizationA, Role.MANAGER)),
    auditorA: await t.createUser(in_(organizationA, Role.AUDITOR)),
    adminA: await t.createUser(in_(organizationA, Role.ADMIN)),
    ownerB: await t.createUser(in_(organizationB, Role.PROCESS_OWNER)),
    platformAdmin: await t.createUser([], { platformAdmin: true }),
  };
  const department = await t.owner.query<{ id: string }>(
    "INSERT INTO department (organization_id, name) VALUES ($1, 'Finanse') RETURNING id",
    [organizationA],
  );
  const createProcess = async (organizationId: string, ownerUserId: string, name: string) => {
    const { rows } = await t.owner.query<{ id: string }>(
      `INSERT INTO process (organization_id, name, category, owner_user_id) VALUES ($1, $2, 'INVOICE_PROCESSING', $3) RETURNING id`,
      [organizationId, name, ownerUserId],
    );
    await t.owner.query(
      `INSERT INTO workflow_step (organization_id, process_id, position, name, minutes_per_case, rule_based, input_type)
       VALUES ($1, $2, 1, 'Register', 2, true, 'STRUCTURED_DIGITAL')`,
      [organizationId, rows[0].id],
    );
    return rows[0].id;
  };
  const processA = await createProcess(organizationA, users.ownerA.id, 'Invoices A');
  const period = await t.owner.query<{ id: string }>(
    `INSERT INTO measurement_period (organization_id, process_id, kind, label, starts_on, ends_on)
     VALUES ($1, $2, 'BASELINE', '2025', '2025-01-01', '2025-12-31') RETURNING id`,
    [organizationA, processA],
  );
  return {
    organizationA,
    organizationB,
    departmentA: department.rows[0].id,
    processA,
    processB: await createProcess(organizationB, users.ownerB.id, 'Invoices B'),
    periodA: period.rows[0].id,
    users,
  };
}

/**
 * A fingerprint of every table of the schema (read from the catalogue, so new tables are
 * covered): equal before and after means nothing was written.
 */
export async function tenantDataFingerprint(t: TestApp): Promise<string> {
  const { rows: tableRows } = await t.owner.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const tables = tableRows.map((row) => row.table_name);
  const parts: string[] = [];
  for (const table of tables) {
    const { rows } = await t.owner.query<{ digest: string | null }>(
      `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM ${table} t`,
    );
    parts.push(`${table}:${rows[0].digest}`);
  }
  return parts.join(',');
}
