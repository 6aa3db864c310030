import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateProcessInventory1795338045027 implements MigrationInterface {
  name = 'CreateProcessInventory1795338045027';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."organization_kind" AS ENUM('GMINA', 'POWIAT', 'VOIVODESHIP', 'OTHER')`);
    await queryRunner.query(`CREATE TABLE "organization" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "teryt_code" character(7) NOT NULL, "kind" "public"."organization_kind" NOT NULL, "population" integer, "currency" character(3) NOT NULL DEFAULT 'PLN', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "organization_population_check" CHECK ("population" >= 0), CONSTRAINT "organization_teryt_code_check" CHECK ("teryt_code" ~ '^[0-9]{7}$'), CONSTRAINT "organization_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "organization_teryt_code_key" ON "organization"  ("teryt_code") `);
    await queryRunner.query(`CREATE TABLE "department" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "department_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "department_organization_name_key" ON "department"  ("organization_id", "name") `);
    await queryRunner.query(`CREATE TYPE "public"."process_category" AS ENUM('INVOICE_PROCESSING', 'ENERGY_READINGS', 'VEHICLE_REGISTRATION', 'CORRESPONDENCE', 'WATER_CONSUMPTION', 'AGRICULTURAL_SUBMISSIONS', 'TAX_PROCESSING', 'DOCUMENT_VALIDITY', 'STATISTICAL_REPORTING', 'DATABASE_UPDATES', 'PERMITS', 'OTHER')`);
    await queryRunner.query(`CREATE TYPE "public"."process_status" AS ENUM('DRAFT', 'ASSESSED', 'PILOT', 'AUTOMATED', 'REJECTED')`);
    await queryRunner.query(`CREATE TABLE "process" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "department_id" uuid, "name" text NOT NULL, "category" "public"."process_category" NOT NULL, "description" text, "owner_contact" text, "status" "public"."process_status" NOT NULL DEFAULT 'DRAFT', "exception_rate" numeric(5,4) NOT NULL DEFAULT '0', "expected_changes_12m" integer NOT NULL DEFAULT '0', "application_count" integer NOT NULL DEFAULT '1', "documentation_available" boolean NOT NULL DEFAULT false, "statutory_deadline_days" integer, "decides_about_person" boolean NOT NULL DEFAULT false, "standardisation_estimate" numeric(5,4), "hourly_labour_cost" numeric(12,2), "cost_per_error" numeric(12,2), "estimated_monthly_volume" integer, "estimated_handling_minutes" numeric(10,2), "estimated_error_rate" numeric(5,4), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "process_non_negative_check" CHECK ("estimated_monthly_volume" >= 0 AND "estimated_handling_minutes" >= 0 AND "hourly_labour_cost" >= 0 AND "cost_per_error" >= 0 AND "statutory_deadline_days" >= 0), CONSTRAINT "process_application_count_check" CHECK ("application_count" >= 1), CONSTRAINT "process_expected_changes_check" CHECK ("expected_changes_12m" >= 0), CONSTRAINT "process_standardisation_estimate_check" CHECK ("standardisation_estimate" IS NULL OR ("standardisation_estimate" >= 0 AND "standardisation_estimate" <= 1)), CONSTRAINT "process_estimated_error_rate_check" CHECK ("estimated_error_rate" IS NULL OR ("estimated_error_rate" >= 0 AND "estimated_error_rate" <= 1)), CONSTRAINT "process_exception_rate_check" CHECK ("exception_rate" >= 0 AND "exception_rate" <= 1), CONSTRAINT "process_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "process_department_idx" ON "process"  ("department_id") `);
    await queryRunner.query(`CREATE INDEX "process_organization_name_idx" ON "process"  ("organization_id", "name", "id") `);
    await queryRunner.query(`CREATE TYPE "public"."step_input_type" AS ENUM('STRUCTURED_DIGITAL', 'UNSTRUCTURED_DIGITAL', 'PAPER')`);
    await queryRunner.query(`CREATE TABLE "workflow_step" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "process_id" uuid NOT NULL, "position" integer NOT NULL, "name" text NOT NULL, "minutes_per_case" numeric(10,2) NOT NULL, "rule_based" boolean NOT NULL, "input_type" "public"."step_input_type" NOT NULL, "systems" text array NOT NULL DEFAULT '{}', "automatable_override" boolean, "automatable_reason" text, CONSTRAINT "workflow_step_process_position_key" UNIQUE ("process_id", "position") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "workflow_step_override_reason_check" CHECK ("automatable_override" IS NULL OR "automatable_reason" IS NOT NULL), CONSTRAINT "workflow_step_position_check" CHECK ("position" >= 1), CONSTRAINT "workflow_step_minutes_check" CHECK ("minutes_per_case" >= 0), CONSTRAINT "workflow_step_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "workflow_step_organization_idx" ON "workflow_step"  ("organization_id") `);
    await queryRunner.query(`ALTER TABLE "department" ADD CONSTRAINT "department_organization_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "process" ADD CONSTRAINT "process_organization_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "process" ADD CONSTRAINT "process_department_fkey" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workflow_step" ADD CONSTRAINT "workflow_step_process_fkey" FOREIGN KEY ("process_id") REFERENCES "process"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "workflow_step" DROP CONSTRAINT "workflow_step_process_fkey"`);
    await queryRunner.query(`ALTER TABLE "process" DROP CONSTRAINT "process_department_fkey"`);
    await queryRunner.query(`ALTER TABLE "process" DROP CONSTRAINT "process_organization_fkey"`);
    await queryRunner.query(`ALTER TABLE "department" DROP CONSTRAINT "department_organization_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."workflow_step_organization_idx"`);
    await queryRunner.query(`DROP TABLE "workflow_step"`);
    await queryRunner.query(`DROP TYPE "public"."step_input_type"`);
    await queryRunner.query(`DROP INDEX "public"."process_organization_name_idx"`);
    await queryRunner.query(`DROP INDEX "public"."process_department_idx"`);
    await queryRunner.query(`DROP TABLE "process"`);
    await queryRunner.query(`DROP TYPE "public"."process_status"`);
    await queryRunner.query(`DROP TYPE "public"."process_category"`);
    await queryRunner.query(`DROP INDEX "public"."department_organization_name_key"`);
    await queryRunner.query(`DROP TABLE "department"`);
    await queryRunner.query(`DROP INDEX "public"."organization_teryt_code_key"`);
    await queryRunner.query(`DROP TABLE "organization"`);
    await queryRunner.query(`DROP TYPE "public"."organization_kind"`);
  }
}
