import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Measurements go with their import, period and process in the database itself, not in
 * hand-written clean-ups: baseline figures by a foreign key to their period; the bulk rows
 * (COPY-loaded, without keys) by a statement trigger on measurement_import, which periods
 * cascade to (and processes to periods). Rows orphaned by earlier deletes are removed first.
 */
const BULK_TABLES = ['case_record', 'log_event', 'monthly_total'];
export class CascadeMeasurementsWithTheirPeriod1796195202197 implements MigrationInterface {
  name = 'CascadeMeasurementsWithTheirPeriod1796195202197';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM baseline_figures b WHERE NOT EXISTS (SELECT 1 FROM measurement_period p WHERE p.id = b.period_id)');
    for (const table of BULK_TABLES) {
      await queryRunner.query(`DELETE FROM ${table} t WHERE NOT EXISTS (SELECT 1 FROM measurement_import i WHERE i.id = t.import_id)`);
    }
    await queryRunner.query(`ALTER TABLE "baseline_figures" ADD CONSTRAINT "baseline_figures_period_fkey" FOREIGN KEY ("period_id") REFERENCES "measurement_period"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    // ---- written by hand ----
    await queryRunner.query(`CREATE FUNCTION delete_import_rows() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        ${BULK_TABLES.map((table) => `DELETE FROM ${table} t USING gone g WHERE t.period_id = g.period_id AND t.import_id = g.id;`).join('\n        ')}
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER measurement_import_rows AFTER DELETE ON measurement_import
      REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION delete_import_rows()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER measurement_import_rows ON measurement_import');
    await queryRunner.query('DROP FUNCTION delete_import_rows()');
    await queryRunner.query(`ALTER TABLE "baseline_figures" DROP CONSTRAINT "baseline_figures_period_fkey"`);
  }
}
