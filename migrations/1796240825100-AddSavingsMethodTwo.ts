import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * savings-2: a score says whether the process is a candidate at all and why not, its payback as
 * percentiles and the Monte Carlo standard errors of its simulated figures; a scenario may set
 * the correlation between the automatable share and the exception rate. Scores of savings-1 keep
 * their rows (the new columns default to a candidate with no percentiles) until the start-up
 * re-scores them.
 */
export class AddSavingsMethodTwo1796240825100 implements MigrationInterface {
  name = 'AddSavingsMethodTwo1796240825100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."not_candidate_reason" AS ENUM('NO_AUTOMATABLE_WORK', 'NO_CASES_FOR_A_BOT', 'SUPERVISION_NOT_LESS_THAN_WORK')`);
    await queryRunner.query(`ALTER TABLE "candidate_score" ADD "candidate" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "candidate_score" ADD "not_candidate_reason" "public"."not_candidate_reason"`);
    await queryRunner.query(`ALTER TABLE "candidate_score" ADD "payback_p10" numeric(8,1)`);
    await queryRunner.query(`ALTER TABLE "candidate_score" ADD "payback_p50" numeric(8,1)`);
    await queryRunner.query(`ALTER TABLE "candidate_score" ADD "payback_p90" numeric(8,1)`);
    await queryRunner.query(`ALTER TABLE "candidate_score" ADD "standard_errors" jsonb`);
    await queryRunner.query(`ALTER TABLE "automation_scenario" ADD "automatable_exception_correlation" numeric(3,2)`);
    await queryRunner.query(
      `ALTER TABLE "automation_scenario" ADD CONSTRAINT "automation_scenario_correlation_check" CHECK ("automatable_exception_correlation" BETWEEN -0.95 AND 0.95)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "automation_scenario" DROP CONSTRAINT "automation_scenario_correlation_check"`);
    await queryRunner.query(`ALTER TABLE "automation_scenario" DROP COLUMN "automatable_exception_correlation"`);
    await queryRunner.query(`ALTER TABLE "candidate_score" DROP COLUMN "standard_errors"`);
    await queryRunner.query(`ALTER TABLE "candidate_score" DROP COLUMN "payback_p90"`);
    await queryRunner.query(`ALTER TABLE "candidate_score" DROP COLUMN "payback_p50"`);
    await queryRunner.query(`ALTER TABLE "candidate_score" DROP COLUMN "payback_p10"`);
    await queryRunner.query(`ALTER TABLE "candidate_score" DROP COLUMN "not_candidate_reason"`);
    await queryRunner.query(`ALTER TABLE "candidate_score" DROP COLUMN "candidate"`);
    await queryRunner.query(`DROP TYPE "public"."not_candidate_reason"`);
  }
}
