import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Written by hand (no entity change). The bulk tables' tenant guard was a statement-level AFTER
 * trigger reading every new row from a transition table: on a million-row COPY it materialised
 * the rows again and cost 1 to 1.5 s. Now the importer cannot choose where rows go at all:
 *   - organization_id, period_id and import_id take their values from column DEFAULTs that read
 *     the transaction's settings app.import_organization_id, app.import_period_id, app.import_id
 *     (without them the default is NULL and the NOT NULL constraint refuses the row);
 *   - rpa_importer may INSERT only the other columns (column privileges), so a COPY naming
 *     organization_id is refused;
 *   - a BEFORE STATEMENT trigger checks once that the import's organization is one of the
 *     transaction's organizations (app.organization_ids), as the old guard did for every row.
 * The tenant boundary stays in the database, at the cost of one check per COPY.
 */
const COLUMNS: Record<string, string[]> = {
  case_record: ['line', 'case_ref', 'received_at', 'started_at', 'completed_at', 'handling_minutes', 'errors', 'rework', 'channel', 'variant'],
  log_event: ['line', 'case_ref', 'activity', 'occurred_at', 'lifecycle', 'resource'],
  monthly_total: ['line', 'month', 'cases', 'handling_minutes', 'cases_with_errors'],
};
const SCOPE_DEFAULTS: [string, string][] = [
  ['organization_id', 'app.import_organization_id'],
  ['period_id', 'app.import_period_id'],
  ['import_id', 'app.import_id'],
];

export class ReplaceImportScopeGuard1795408080252 implements MigrationInterface {
  name = 'ReplaceImportScopeGuard1795408080252';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION refuse_import_outside_scope() RETURNS trigger
      LANGUAGE plpgsql AS $$
      DECLARE
        target text := current_setting('app.import_organization_id', true);
      BEGIN
        -- Only imports name a target; other writers (the schema owner's seed, the application's
        -- own row-level-security-checked inserts) set organization_id themselves.
        IF target IS NOT NULL AND target <> '' AND NOT app_all_organizations()
           AND target::uuid <> ALL (app_organization_ids()) THEN
          RAISE EXCEPTION 'import into % outside the organizations of this transaction', TG_TABLE_NAME
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NULL;
      END $$`);
    for (const [table, columns] of Object.entries(COLUMNS)) {
      await queryRunner.query(`DROP TRIGGER ${table}_scope ON ${table}`);
      await queryRunner.query(`CREATE TRIGGER ${table}_import_scope BEFORE INSERT ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_import_outside_scope()`);
      for (const [column, setting] of SCOPE_DEFAULTS) {
        await queryRunner.query(`ALTER TABLE ${table} ALTER COLUMN ${column} SET DEFAULT NULLIF(current_setting('${setting}', true), '')::uuid`);
      }
      await queryRunner.query(`REVOKE INSERT ON ${table} FROM rpa_importer`);
      await queryRunner.query(`GRANT INSERT (${columns.join(', ')}) ON ${table} TO rpa_importer`);
    }
    await queryRunner.query('DROP FUNCTION refuse_rows_outside_scope()');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION refuse_rows_outside_scope() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT app_all_organizations() AND EXISTS (
          SELECT 1 FROM inserted_rows WHERE organization_id <> ALL (app_organization_ids())
        ) THEN
          RAISE EXCEPTION '% rows outside the organizations of this transaction', TG_TABLE_NAME
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NULL;
      END $$`);
    for (const [table, columns] of Object.entries(COLUMNS)) {
      await queryRunner.query(`REVOKE INSERT (${columns.join(', ')}) ON ${table} FROM rpa_importer`);
      await queryRunner.query(`GRANT INSERT ON ${table} TO rpa_importer`);
      for (const [column] of SCOPE_DEFAULTS) await queryRunner.query(`ALTER TABLE ${table} ALTER COLUMN ${column} DROP DEFAULT`);
      await queryRunner.query(`DROP TRIGGER ${table}_import_scope ON ${table}`);
      await queryRunner.query(`CREATE TRIGGER ${table}_scope AFTER INSERT ON ${table}
        REFERENCING NEW TABLE AS inserted_rows FOR EACH STATEMENT EXECUTE FUNCTION refuse_rows_outside_scope()`);
    }
    await queryRunner.query('DROP FUNCTION refuse_import_outside_scope()');
  }
}
