import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Generated from the entities, then extended by hand below the marker: row-level security and
 * grants on the claim tables, an audit trigger on claims, and append-only verifications: the
 * application's role may only INSERT and SELECT them, and a trigger refuses UPDATE, DELETE and
 * TRUNCATE for every role, so a verification reads the same years later.
 */
const CLAIM_TABLES = ['vendor_claim', 'claim_verification', 'claim_check'];
const APPEND_ONLY_TABLES = ['claim_verification', 'claim_check'];

export class AddVendorClaims1795407327970 implements MigrationInterface {
  name = 'AddVendorClaims1795407327970';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."claim_metric" AS ENUM('HANDLING_TIME', 'LEAD_TIME', 'REACTION_TIME', 'ERROR_RATE', 'COST_PER_CASE', 'AVAILABILITY')`);
    await queryRunner.query(`CREATE TYPE "public"."claim_direction" AS ENUM('DECREASE', 'INCREASE')`);
    await queryRunner.query(`CREATE TYPE "public"."claim_scope_kind" AS ENUM('PROCESS', 'CATEGORY', 'ORGANIZATION')`);
    await queryRunner.query(`CREATE TABLE "vendor_claim" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "vendor" text NOT NULL, "source_title" text NOT NULL, "source_date" date, "source_reference" text, "source_quote" text NOT NULL, "metric" "public"."claim_metric" NOT NULL, "direction" "public"."claim_direction" NOT NULL, "magnitude" numeric(7,4) NOT NULL, "scope_kind" "public"."claim_scope_kind" NOT NULL, "scope_process_id" uuid, "scope_category" "public"."process_category", "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "vendor_claim_scope_check" CHECK (("scope_kind" = 'PROCESS' AND "scope_process_id" IS NOT NULL AND "scope_category" IS NULL) OR ("scope_kind" = 'CATEGORY' AND "scope_category" IS NOT NULL AND "scope_process_id" IS NULL) OR ("scope_kind" = 'ORGANIZATION' AND "scope_process_id" IS NULL AND "scope_category" IS NULL)), CONSTRAINT "vendor_claim_magnitude_check" CHECK ("magnitude" > 0 AND "magnitude" <= 10), CONSTRAINT "vendor_claim_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "vendor_claim_organization_idx" ON "vendor_claim"  ("organization_id", "created_at", "id") `);
    await queryRunner.query(`CREATE TABLE "claim_verification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "claim_id" uuid NOT NULL, "method_version" text NOT NULL, "parameters" jsonb NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "claim_verification_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "claim_verification_claim_idx" ON "claim_verification"  ("claim_id", "created_at") `);
    await queryRunner.query(`CREATE TYPE "public"."ex_ante_verdict" AS ENUM('PLAUSIBLE', 'OPTIMISTIC', 'IMPLAUSIBLE', 'UNDETERMINED')`);
    await queryRunner.query(`CREATE TYPE "public"."ex_post_verdict" AS ENUM('SUPPORTED', 'CONTRADICTED', 'INCONCLUSIVE', 'INSUFFICIENT_DATA')`);
    await queryRunner.query(`CREATE TABLE "claim_check" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "verification_id" uuid NOT NULL, "claim_id" uuid NOT NULL, "process_id" uuid NOT NULL, "process_name" text NOT NULL, "ex_ante_verdict" "public"."ex_ante_verdict" NOT NULL, "ex_ante" jsonb NOT NULL, "ex_post_verdict" "public"."ex_post_verdict" NOT NULL, "ex_post" jsonb NOT NULL, "inputs" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "claim_check_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "claim_check_process_idx" ON "claim_check"  ("process_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "claim_check_verification_idx" ON "claim_check"  ("verification_id") `);
    await queryRunner.query(`ALTER TABLE "process" ADD "service_hours_per_week" numeric(5,1)`);
    await queryRunner.query(`ALTER TABLE "process" ADD CONSTRAINT "process_service_hours_check" CHECK ("service_hours_per_week" IS NULL OR ("service_hours_per_week" > 0 AND "service_hours_per_week" <= 168))`);
    await queryRunner.query(`ALTER TABLE "vendor_claim" ADD CONSTRAINT "vendor_claim_organization_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "vendor_claim" ADD CONSTRAINT "vendor_claim_scope_process_fkey" FOREIGN KEY ("scope_process_id") REFERENCES "process"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "claim_verification" ADD CONSTRAINT "claim_verification_claim_fkey" FOREIGN KEY ("claim_id") REFERENCES "vendor_claim"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "claim_check" ADD CONSTRAINT "claim_check_verification_fkey" FOREIGN KEY ("verification_id") REFERENCES "claim_verification"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    // ---- written by hand ----
    for (const table of CLAIM_TABLES) {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY ${table}_tenant ON ${table}
        USING (organization_id = ANY ((SELECT app_organization_ids())::uuid[]) OR (SELECT app_all_organizations()))
        WITH CHECK (organization_id = ANY ((SELECT app_organization_ids())::uuid[]) OR (SELECT app_all_organizations()))`);
    }
    await queryRunner.query(`CREATE TRIGGER vendor_claim_audit AFTER INSERT OR UPDATE OR DELETE ON vendor_claim
      FOR EACH ROW EXECUTE FUNCTION audit_row_change()`);
    await queryRunner.query(`CREATE FUNCTION refuse_verification_change() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: a verification is never changed or deleted; run a new one', TG_TABLE_NAME
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of APPEND_ONLY_TABLES) {
      await queryRunner.query(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION refuse_verification_change()`);
      await queryRunner.query(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_verification_change()`);
    }
    await queryRunner.query('GRANT SELECT, INSERT, UPDATE, DELETE ON vendor_claim TO rpa_app');
    await queryRunner.query(`GRANT SELECT, INSERT ON ${APPEND_ONLY_TABLES.join(', ')} TO rpa_app`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`REVOKE ALL ON ${CLAIM_TABLES.join(', ')} FROM rpa_app`);
    for (const table of APPEND_ONLY_TABLES) {
      await queryRunner.query(`DROP TRIGGER ${table}_no_truncate ON ${table}`);
      await queryRunner.query(`DROP TRIGGER ${table}_append_only ON ${table}`);
    }
    await queryRunner.query('DROP FUNCTION refuse_verification_change()');
    await queryRunner.query('DROP TRIGGER vendor_claim_audit ON vendor_claim');
    for (const table of CLAIM_TABLES) {
      await queryRunner.query(`DROP POLICY ${table}_tenant ON ${table}`);
      await queryRunner.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
    // ---- generated ----
    await queryRunner.query(`ALTER TABLE "claim_check" DROP CONSTRAINT "claim_check_verification_fkey"`);
    await queryRunner.query(`ALTER TABLE "claim_verification" DROP CONSTRAINT "claim_verification_claim_fkey"`);
    await queryRunner.query(`ALTER TABLE "vendor_claim" DROP CONSTRAINT "vendor_claim_scope_process_fkey"`);
    await queryRunner.query(`ALTER TABLE "vendor_claim" DROP CONSTRAINT "vendor_claim_organization_fkey"`);
    await queryRunner.query(`ALTER TABLE "process" DROP CONSTRAINT "process_service_hours_check"`);
    await queryRunner.query(`ALTER TABLE "process" DROP COLUMN "service_hours_per_week"`);
    await queryRunner.query(`DROP INDEX "public"."claim_check_verification_idx"`);
    await queryRunner.query(`DROP INDEX "public"."claim_check_process_idx"`);
    await queryRunner.query(`DROP TABLE "claim_check"`);
    await queryRunner.query(`DROP TYPE "public"."ex_post_verdict"`);
    await queryRunner.query(`DROP TYPE "public"."ex_ante_verdict"`);
    await queryRunner.query(`DROP INDEX "public"."claim_verification_claim_idx"`);
    await queryRunner.query(`DROP TABLE "claim_verification"`);
    await queryRunner.query(`DROP INDEX "public"."vendor_claim_organization_idx"`);
    await queryRunner.query(`DROP TABLE "vendor_claim"`);
    await queryRunner.query(`DROP TYPE "public"."claim_scope_kind"`);
    await queryRunner.query(`DROP TYPE "public"."claim_direction"`);
    await queryRunner.query(`DROP TYPE "public"."claim_metric"`);
  }
}
