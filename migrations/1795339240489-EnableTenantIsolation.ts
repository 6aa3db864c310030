import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand (TypeORM does not model roles, grants, policies or triggers).
 *
 * - rpa_app: the role the application connects as (through a LOGIN role that is a member of
 *   it, or rpa_app itself once given LOGIN at start). Neither superuser nor owner, so
 *   row-level security applies to it.
 * - Row-level security on every tenant table, keyed by organization: a transaction sees only
 *   the organizations in the setting app.organization_ids (set per transaction by the
 *   application), or all of them when app.all_organizations is on (platform administration).
 *   Without the settings nothing is visible. The functions are wrapped in sub-selects so that
 *   PostgreSQL evaluates them once per query (an InitPlan), not once per row.
 * - audit_log: rpa_app may INSERT and SELECT only; a trigger refuses UPDATE, DELETE and
 *   TRUNCATE for every role. Row triggers on inventory tables write who changed what.
 */
const TENANT_TABLES = ['department', 'process', 'workflow_step', 'membership', 'audit_log'];
const AUDITED_TABLES = ['organization', 'department', 'process', 'workflow_step', 'membership'];

export class EnableTenantIsolation1795339240489 implements MigrationInterface {
  name = 'EnableTenantIsolation1795339240489';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rpa_app') THEN
        CREATE ROLE rpa_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
      END IF;
    END $$`);

    await queryRunner.query(`CREATE FUNCTION app_organization_ids() RETURNS uuid[]
      LANGUAGE sql STABLE AS $$
        SELECT COALESCE(NULLIF(current_setting('app.organization_ids', true), '')::uuid[], '{}')
      $$`);
    await queryRunner.query(`CREATE FUNCTION app_all_organizations() RETURNS boolean
      LANGUAGE sql STABLE AS $$
        SELECT COALESCE(current_setting('app.all_organizations', true), 'off') = 'on'
      $$`);

    await queryRunner.query('ALTER TABLE organization ENABLE ROW LEVEL SECURITY');
    await queryRunner.query(`CREATE POLICY organization_tenant ON organization
      USING (id = ANY ((SELECT app_organization_ids())::uuid[]) OR (SELECT app_all_organizations()))
      WITH CHECK (id = ANY ((SELECT app_organization_ids())::uuid[]) OR (SELECT app_all_organizations()))`);
    for (const table of TENANT_TABLES) {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY ${table}_tenant ON ${table}
        USING (organization_id = ANY ((SELECT app_organization_ids())::uuid[]) OR (SELECT app_all_organizations()))
        WITH CHECK (organization_id = ANY ((SELECT app_organization_ids())::uuid[]) OR (SELECT app_all_organizations()))`);
    }

    // Sign-in must learn a user's organizations before any organization is in scope: this
    // narrow function (run as the owner) answers exactly that and nothing else.
    await queryRunner.query(`CREATE FUNCTION auth_memberships(p_user_id uuid)
      RETURNS TABLE (organization_id uuid, role membership_role)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT m.organization_id, m.role FROM membership m WHERE m.user_id = p_user_id
      $$`);
    await queryRunner.query('REVOKE ALL ON FUNCTION auth_memberships(uuid) FROM PUBLIC');
    await queryRunner.query('GRANT EXECUTE ON FUNCTION auth_memberships(uuid) TO rpa_app');

    await queryRunner.query(`CREATE FUNCTION audit_row_change() RETURNS trigger
      LANGUAGE plpgsql AS $$
      DECLARE
        old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
        new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
        row_data jsonb := COALESCE(new_row, old_row);
      BEGIN
        INSERT INTO audit_log (organization_id, actor_user_id, action, entity, entity_id, before, after)
        VALUES (
          (CASE WHEN TG_TABLE_NAME = 'organization' THEN row_data->>'id' ELSE row_data->>'organization_id' END)::uuid,
          NULLIF(current_setting('app.user_id', true), '')::uuid,
          TG_OP, TG_TABLE_NAME, row_data->>'id', old_row, new_row);
        RETURN NULL;
      END $$`);
    for (const table of AUDITED_TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_audit AFTER INSERT OR UPDATE OR DELETE ON ${table}
         FOR EACH ROW EXECUTE FUNCTION audit_row_change()`,
      );
    }

    await queryRunner.query(`CREATE FUNCTION audit_log_refuse_change() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`);
    await queryRunner.query(`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()`);

    await queryRunner.query('GRANT USAGE ON SCHEMA public TO rpa_app');
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON
      organization, department, process, workflow_step, membership, app_user, api_token TO rpa_app`);
    await queryRunner.query('GRANT SELECT, INSERT ON audit_log TO rpa_app');
    await queryRunner.query('GRANT USAGE ON SEQUENCE audit_log_id_seq TO rpa_app');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('REVOKE ALL ON audit_log_id_seq FROM rpa_app');
    await queryRunner.query(`REVOKE ALL ON organization, department, process, workflow_step,
      membership, app_user, api_token, audit_log FROM rpa_app`);
    await queryRunner.query('REVOKE USAGE ON SCHEMA public FROM rpa_app');
    await queryRunner.query('DROP TRIGGER audit_log_no_truncate ON audit_log');
    await queryRunner.query('DROP TRIGGER audit_log_append_only ON audit_log');
    await queryRunner.query('DROP FUNCTION audit_log_refuse_change()');
    for (const table of AUDITED_TABLES) {
      await queryRunner.query(`DROP TRIGGER ${table}_audit ON ${table}`);
    }
    await queryRunner.query('DROP FUNCTION audit_row_change()');
    await queryRunner.query('DROP FUNCTION auth_memberships(uuid)');
    for (const table of TENANT_TABLES) {
      await queryRunner.query(`DROP POLICY ${table}_tenant ON ${table}`);
      await queryRunner.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
    await queryRunner.query('DROP POLICY organization_tenant ON organization');
    await queryRunner.query('ALTER TABLE organization DISABLE ROW LEVEL SECURITY');
    await queryRunner.query('DROP FUNCTION app_all_organizations()');
    await queryRunner.query('DROP FUNCTION app_organization_ids()');
    // The rpa_app role is cluster-wide and may serve other databases: it is left in place.
  }
}
