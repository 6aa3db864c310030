import { performance } from 'node:perf_hooks';
import type { BenchEnvironment } from './bench-environment.js';

/**
 * An office of `processes` processes (12 departments, 4 steps each), scored for real (Monte Carlo
 * included) through the mutation that re-scores an office; its process owner and manager.
 */
export async function seedScoredOffice(bench: BenchEnvironment, office: number, processes: number): Promise<{ organizationId: string; ownerId: string; managerId: string }> {
  const started = performance.now();
  const { rows: [organization] } = await bench.owner.query<{ id: string }>(
    "INSERT INTO organization (name, teryt_code, kind) VALUES ('Gmina Benchmark ' || $1, lpad($1::text, 7, '0'), 'GMINA') RETURNING id",
    [office],
  );
  await bench.owner.query(
    "INSERT INTO department (organization_id, name) SELECT $1, 'Wydział ' || i FROM generate_series(1, 12) AS i",
    [organization.id],
  );
  await bench.owner.query(
    `INSERT INTO process (organization_id, department_id, name, category, status, exception_rate, estimated_monthly_volume, estimated_handling_minutes, hourly_labour_cost)
     SELECT $1, d.ids[1 + (i % 12)], 'Proces ' || lpad(i::text, 4, '0'),
            (ARRAY['INVOICE_PROCESSING','CORRESPONDENCE','VEHICLE_REGISTRATION','TAX_PROCESSING','STATISTICAL_REPORTING','OTHER'])[1 + (i % 6)]::process_category,
            (ARRAY['DRAFT','ASSESSED','PILOT'])[1 + (i % 3)]::process_status, (i % 40) / 100.0, 50 + (i * 37) % 2000, 3 + (i % 30), 62
       FROM generate_series(1, $2) AS i, (SELECT array_agg(id ORDER BY name) AS ids FROM department WHERE organization_id = $1) AS d`,
    [organization.id, processes],
  );
  await bench.owner.query(
    `INSERT INTO workflow_step (organization_id, process_id, position, name, minutes_per_case, rule_based, input_type)
     SELECT p.organization_id, p.id, s, 'Krok ' || s, 1 + s, s % 3 <> 0,
            (ARRAY['STRUCTURED_DIGITAL','UNSTRUCTURED_DIGITAL','PAPER'])[1 + (s % 3)]::step_input_type
       FROM process p, generate_series(1, 4) AS s WHERE p.organization_id = $1`,
    [organization.id],
  );
  const users = await bench.owner.query<{ id: string; email: string }>(
    `INSERT INTO app_user (email, display_name, password_hash) VALUES
       ('owner' || $1 || '@bench.example', 'Owner', 'x'), ('manager' || $1 || '@bench.example', 'Manager', 'x') RETURNING id, email`,
    [office],
  );
  const ownerId = users.rows.find((row) => row.email.startsWith('owner'))!.id;
  const managerId = users.rows.find((row) => row.email.startsWith('manager'))!.id;
  await bench.owner.query(
    "INSERT INTO membership (organization_id, user_id, role) VALUES ($1, $2, 'PROCESS_OWNER'), ($1, $3, 'MANAGER')",
    [organization.id, ownerId, managerId],
  );
  // Real scores (Monte Carlo included) through the mutation that re-scores the organization.
  const response = await fetch(`${bench.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await bench.signToken(managerId)}` },
    body: JSON.stringify({
      query: `mutation($id: ID!) { setReadinessWeights(organizationId: $id, input: {
        stability: 1, standardisation: 1, structuredInput: 1, applicationComplexity: 1, documentation: 1 }) { version } }`,
      variables: { id: organization.id },
    }),
  });
  const answer = (await response.json()) as { errors?: unknown };
  if (answer.errors) throw new Error(`scoring failed: ${JSON.stringify(answer.errors)}`);
  console.log(`seeded and scored ${processes} processes in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { organizationId: organization.id, ownerId, managerId };
}
