import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Generated from the entities, then extended by hand below the marker: row-level security and
 * grants on the scoring tables, and audit triggers on what people edit (scenarios, weights).
 * Stored scores are derived data, rewritten with their inputs on every change, so they are not
 * audited row by row; the inputs that moved them are.
 */
const SCORING_TABLES = ['automation_scenario', 'readiness_weights', 'candidate_score'];
const AUDITED_TABLES = ['automation_scenario', 'readiness_weights'];

export class AddCandidateScoring1795404081748 implements MigrationInterface {
  name = 'AddCandidateScoring1795404081748';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "automation_scenario" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "process_id" uuid, "bot_license_per_year" numeric(12,2), "implementation_cost" numeric(12,2), "grant_amount" numeric(12,2), "hourly_labour_cost" numeric(12,2), "cost_per_error" numeric(12,2), "maintenance_share" numeric(5,4), "supervision_minutes" numeric(8,2), "bot_speed_factor" numeric(6,4), "bot_capacity_hours" numeric(6,1), "horizon_years" integer, "discount_rate" numeric(5,4), "productive_hours_per_fte" numeric(6,1), "monte_carlo_seed" integer, "monte_carlo_draws" integer, "version" integer NOT NULL DEFAULT '1', "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "automation_scenario_monte_carlo_check" CHECK ("monte_carlo_draws" BETWEEN 100 AND 100000), CONSTRAINT "automation_scenario_times_check" CHECK ("supervision_minutes" >= 0 AND "bot_capacity_hours" > 0 AND "bot_capacity_hours" <= 8784 AND "horizon_years" BETWEEN 1 AND 30 AND "productive_hours_per_fte" > 0), CONSTRAINT "automation_scenario_shares_check" CHECK ("maintenance_share" BETWEEN 0 AND 1 AND "bot_speed_factor" > 0 AND "bot_speed_factor" <= 10 AND "discount_rate" BETWEEN 0 AND 1), CONSTRAINT "automation_scenario_money_check" CHECK ("bot_license_per_year" >= 0 AND "implementation_cost" >= 0 AND "grant_amount" >= 0 AND "hourly_labour_cost" >= 0 AND "cost_per_error" >= 0), CONSTRAINT "automation_scenario_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "automation_scenario_process_key" ON "automation_scenario"  ("process_id") WHERE "process_id" IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "automation_scenario_organization_default_key" ON "automation_scenario"  ("organization_id") WHERE "process_id" IS NULL`);
    await queryRunner.query(`CREATE TYPE "public"."readiness_quadrant" AS ENUM('QUICK_WIN', 'STRATEGIC', 'LOW_VALUE', 'NOT_READY')`);
    await queryRunner.query(`CREATE TABLE "candidate_score" ("process_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "process_name" text NOT NULL, "category" "public"."process_category" NOT NULL, "department_id" uuid, "status" "public"."process_status" NOT NULL, "method_version" text NOT NULL, "automation_potential" numeric(6,2) NOT NULL, "ease_of_implementation" numeric(6,2) NOT NULL, "quadrant" "public"."readiness_quadrant" NOT NULL, "evidence_grade" "public"."evidence_grade" NOT NULL, "sample_size" integer NOT NULL, "hours_saved_p10" numeric(14,1) NOT NULL, "hours_saved_p50" numeric(14,1) NOT NULL, "hours_saved_p90" numeric(14,1) NOT NULL, "net_benefit_p10" numeric(16,2) NOT NULL, "net_benefit_p50" numeric(16,2) NOT NULL, "net_benefit_p90" numeric(16,2) NOT NULL, "npv_p10" numeric(16,2) NOT NULL, "npv_p50" numeric(16,2) NOT NULL, "npv_p90" numeric(16,2) NOT NULL, "probability_positive_npv" numeric(5,4) NOT NULL, "payback_months" numeric(8,1), "warnings" text array NOT NULL, "explanation" text NOT NULL, "inputs" jsonb NOT NULL, "result" jsonb NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "candidate_score_pkey" PRIMARY KEY ("process_id"))`);
    await queryRunner.query(`CREATE INDEX "candidate_score_npv_idx" ON "candidate_score"  ("npv_p50", "process_id") `);
    await queryRunner.query(`CREATE INDEX "candidate_score_organization_npv_idx" ON "candidate_score"  ("organization_id", "npv_p50", "process_id") `);
    await queryRunner.query(`CREATE TABLE "readiness_weights" ("organization_id" uuid NOT NULL, "stability" numeric(6,3) NOT NULL, "standardisation" numeric(6,3) NOT NULL, "structured_input" numeric(6,3) NOT NULL, "application_complexity" numeric(6,3) NOT NULL, "documentation" numeric(6,3) NOT NULL, "version" integer NOT NULL DEFAULT '1', "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "readiness_weights_sum_check" CHECK ("stability" + "standardisation" + "structured_input" + "application_complexity" + "documentation" > 0), CONSTRAINT "readiness_weights_range_check" CHECK ("stability" >= 0 AND "standardisation" >= 0 AND "structured_input" >= 0 AND "application_complexity" >= 0 AND "documentation" >= 0), CONSTRAINT "readiness_weights_pkey" PRIMARY KEY ("organization_id"))`);
    await queryRunner.query(`ALTER TABLE "automation_scenario" ADD CONSTRAINT "automation_scenario_organization_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "automation_scenario" ADD CONSTRAINT "automation_scenario_process_fkey" FOREIGN KEY ("process_id") REFERENCES "process"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "candidate_score" ADD CONSTRAINT "candidate_score_process_fkey" FOREIGN KEY ("process_id") REFERENCES "process"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "readiness_weights" ADD CONSTRAINT "readiness_weights_organization_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    // ---- written by hand ----
    for (const table of SCORING_TABLES) {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY ${table}_tenant ON ${table}
        USING (organization_id = ANY ((SELECT app_organization_ids())::uuid[]) OR (SELECT app_all_organizations()))
        WITH CHECK (organization_id = ANY ((SELECT app_organization_ids())::uuid[]) OR (SELECT app_all_organizations()))`);
    }
    for (const table of AUDITED_TABLES) {
      await queryRunner.query(`CREATE TRIGGER ${table}_audit AFTER INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION audit_row_change()`);
    }
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${SCORING_TABLES.join(', ')} TO rpa_app`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`REVOKE ALL ON ${SCORING_TABLES.join(', ')} FROM rpa_app`);
    for (const table of AUDITED_TABLES) await queryRunner.query(`DROP TRIGGER ${table}_audit ON ${table}`);
    for (const table of SCORING_TABLES) {
      await queryRunner.query(`DROP POLICY ${table}_tenant ON ${table}`);
      await queryRunner.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
    // ---- generated ----
    await queryRunner.query(`ALTER TABLE "readiness_weights" DROP CONSTRAINT "readiness_weights_organization_fkey"`);
    await queryRunner.query(`ALTER TABLE "candidate_score" DROP CONSTRAINT "candidate_score_process_fkey"`);
    await queryRunner.query(`ALTER TABLE "automation_scenario" DROP CONSTRAINT "automation_scenario_process_fkey"`);
    await queryRunner.query(`ALTER TABLE "automation_scenario" DROP CONSTRAINT "automation_scenario_organization_fkey"`);
    await queryRunner.query(`DROP TABLE "readiness_weights"`);
    await queryRunner.query(`DROP INDEX "public"."candidate_score_organization_npv_idx"`);
    await queryRunner.query(`DROP INDEX "public"."candidate_score_npv_idx"`);
    await queryRunner.query(`DROP TABLE "candidate_score"`);
    await queryRunner.query(`DROP TYPE "public"."readiness_quadrant"`);
    await queryRunner.query(`DROP INDEX "public"."automation_scenario_organization_default_key"`);
    await queryRunner.query(`DROP INDEX "public"."automation_scenario_process_key"`);
    await queryRunner.query(`DROP TABLE "automation_scenario"`);
  }
}
