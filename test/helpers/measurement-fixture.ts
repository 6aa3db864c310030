import { Role } from '../../src/auth/domain/role.js';
import type { TestApp, TestUser } from './test-app.js';

export interface MeasurementFixture {
  organizationId: string;
  processId: string;
  owner: TestUser;
  /** Creates a period of the fixture's process through GraphQL and returns its id. */
  createPeriod(kind?: 'BASELINE' | 'AFTER', label?: string): Promise<string>;
}

let periodCounter = 0;

export async function createMeasurementFixture(t: TestApp, terytCode: string): Promise<MeasurementFixture> {
  const organizationId = await t.createOrganization(`Gmina ${terytCode}`, terytCode);
  const owner = await t.createUser([{ organizationId, role: Role.PROCESS_OWNER }]);
  const { rows } = await t.owner.query<{ id: string }>(
    `INSERT INTO process (organization_id, name, category, owner_user_id) VALUES ($1, 'Invoices', 'INVOICE_PROCESSING', $2) RETURNING id`,
    [organizationId, owner.id],
  );
  const processId = rows[0].id;
  return {
    organizationId,
    processId,
    owner,
    async createPeriod(kind = 'BASELINE', label) {
      periodCounter += 1;
      const response = await t.graphql<{ createMeasurementPeriod: { id: string } }>(
        'mutation ($input: CreateMeasurementPeriodInput!) { createMeasurementPeriod(input: $input) { id } }',
        { input: { processId, kind, label: label ?? `${kind} ${periodCounter}`, startsOn: '2000-01-01', endsOn: '2030-12-31' } },
        owner.token,
      );
      if (response.errors) throw new Error(JSON.stringify(response.errors));
      return response.data!.createMeasurementPeriod.id;
    },
  };
}

export interface UploadResponse {
  status: number;
  body: {
    rows?: number;
    cases?: number;
    importId?: string;
    replacedImportId?: string | null;
    contentHash?: string;
    errors?: { message: string; extensions: { code: string; fields?: { path: string; message: string; line?: number; column?: string }[] } }[];
  };
}

export async function upload(
  t: TestApp,
  query: Record<string, string>,
  body: string | Buffer,
  token: string | undefined,
): Promise<UploadResponse> {
  const response = await t.app.inject({
    method: 'POST',
    url: `/imports?${new URLSearchParams(query).toString()}`,
    headers: { 'content-type': 'text/csv', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    payload: body,
  });
  return { status: response.statusCode, body: response.json() };
}
