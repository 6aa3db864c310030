import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddOrganizationTimeZone1796194399052 implements MigrationInterface {
  name = 'AddOrganizationTimeZone1796194399052';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organization" ADD "time_zone" text NOT NULL DEFAULT 'Europe/Warsaw'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "time_zone"`);
  }
}
