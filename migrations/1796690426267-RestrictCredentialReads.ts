import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Written by hand (no schema change the entities describe). Until now rpa_app, even without any
 * organization setting, could read every account's e-mail and password hash, every API token's
 * hash and every invitation's code hash. Now:
 *   - rpa_app may SELECT every column of app_user, api_token and invitation except the secret's
 *     hash (column privileges); a column added later is unreadable until a migration grants it.
 *   - The hashes are compared only inside SECURITY DEFINER functions (owned by the schema owner,
 *     fixed search_path, EXECUTE for rpa_app alone), each answering one question of sign-in:
 *     auth_credentials(e-mail), auth_api_token_user(token hash), auth_invitation_id(code hash).
 *   - rpa_app writes no account row itself: accepting an invitation creates the account with
 *     auth_create_invited_user, which takes e-mail and name from a pending invitation (so no
 *     platform administrator, demo account or uninvited account can be made that way).
 *   - Row-level security on app_user: a transaction sees the user of app.user_id, the members of
 *     the organizations in app.organization_ids, or everyone when app.all_organizations is on.
 *     On api_token: only the tokens of app.user_id.
 * UPDATE is narrowed to the columns the application changes (a token's or an invitation's
 * revocation and acceptance); DELETE on app_user and api_token, never used, is dropped.
 */
const READABLE_COLUMNS: Record<string, string[]> = {
  app_user: ['id', 'email', 'display_name', 'platform_admin', 'demo', 'active', 'created_at'],
  api_token: ['id', 'user_id', 'name', 'prefix', 'created_at', 'expires_at', 'revoked_at'],
  invitation: ['id', 'organization_id', 'email', 'display_name', 'role', 'invited_by', 'created_at', 'expires_at', 'accepted_at', 'revoked_at'],
};
const FUNCTIONS = [
  'auth_credentials(text)',
  'auth_api_token_user(bpchar)',
  'auth_invitation_id(bpchar)',
  'auth_create_invited_user(uuid, text)',
];
/** pg_temp last: otherwise a temporary object of the caller could stand in for ours. */
const DEFINER = 'SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp';

export class RestrictCredentialReads1796690426267 implements MigrationInterface {
  name = 'RestrictCredentialReads1796690426267';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('REVOKE ALL ON app_user, api_token, invitation FROM rpa_app');
    for (const [table, columns] of Object.entries(READABLE_COLUMNS)) {
      await queryRunner.query(`GRANT SELECT (${columns.join(', ')}) ON ${table} TO rpa_app`);
    }
    // TypeORM names every column in an INSERT (DEFAULT for the unset ones): table-level INSERT.
    await queryRunner.query('GRANT INSERT ON api_token, invitation TO rpa_app');
    await queryRunner.query('GRANT UPDATE (revoked_at) ON api_token TO rpa_app');
    await queryRunner.query('GRANT UPDATE (accepted_at, revoked_at) ON invitation TO rpa_app');

    await queryRunner.query(`CREATE FUNCTION app_current_user_id() RETURNS uuid
      LANGUAGE sql STABLE AS $$
        SELECT NULLIF(current_setting('app.user_id', true), '')::uuid
      $$`);
    await queryRunner.query('ALTER TABLE app_user ENABLE ROW LEVEL SECURITY');
    await queryRunner.query(`CREATE POLICY app_user_visible ON app_user FOR SELECT
      USING (id = (SELECT app_current_user_id())
             OR (SELECT app_all_organizations())
             OR EXISTS (SELECT 1 FROM membership m
                         WHERE m.user_id = app_user.id AND m.organization_id = ANY ((SELECT app_organization_ids())::uuid[])))`);
    await queryRunner.query('ALTER TABLE api_token ENABLE ROW LEVEL SECURITY');
    await queryRunner.query(`CREATE POLICY api_token_own ON api_token
      USING (user_id = (SELECT app_current_user_id()))
      WITH CHECK (user_id = (SELECT app_current_user_id()))`);

    await queryRunner.query(`CREATE FUNCTION auth_credentials(p_email text)
      RETURNS TABLE (id uuid, password_hash text, active boolean, demo boolean)
      LANGUAGE sql STABLE ${DEFINER} AS $$
        SELECT u.id, u.password_hash, u.active, u.demo FROM public.app_user u WHERE u.email = p_email
      $$`);
    // bpchar parameters: compared with the char(64) columns as they are, so the unique indexes serve.
    await queryRunner.query(`CREATE FUNCTION auth_api_token_user(p_token_hash bpchar) RETURNS uuid
      LANGUAGE sql STABLE ${DEFINER} AS $$
        SELECT t.user_id FROM public.api_token t
         WHERE t.token_hash = p_token_hash AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())
      $$`);
    await queryRunner.query(`CREATE FUNCTION auth_invitation_id(p_code_hash bpchar) RETURNS uuid
      LANGUAGE sql STABLE ${DEFINER} AS $$
        SELECT i.id FROM public.invitation i WHERE i.code_hash = p_code_hash
      $$`);
    await queryRunner.query(`CREATE FUNCTION auth_create_invited_user(p_invitation_id uuid, p_password_hash text) RETURNS uuid
      LANGUAGE sql VOLATILE ${DEFINER} AS $$
        INSERT INTO public.app_user (email, display_name, password_hash)
        SELECT i.email, i.display_name, p_password_hash FROM public.invitation i
         WHERE i.id = p_invitation_id AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()
        RETURNING id
      $$`);
    for (const signature of FUNCTIONS) {
      await queryRunner.query(`REVOKE ALL ON FUNCTION ${signature} FROM PUBLIC`);
      await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${signature} TO rpa_app`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const signature of [...FUNCTIONS].reverse()) {
      await queryRunner.query(`DROP FUNCTION ${signature}`);
    }
    await queryRunner.query('DROP POLICY api_token_own ON api_token');
    await queryRunner.query('ALTER TABLE api_token DISABLE ROW LEVEL SECURITY');
    await queryRunner.query('DROP POLICY app_user_visible ON app_user');
    await queryRunner.query('ALTER TABLE app_user DISABLE ROW LEVEL SECURITY');
    await queryRunner.query('DROP FUNCTION app_current_user_id()');
    // Revoking a table's privileges revokes its column privileges too.
    await queryRunner.query('REVOKE ALL ON app_user, api_token, invitation FROM rpa_app');
    await queryRunner.query('GRANT SELECT, INSERT, UPDATE, DELETE ON app_user, api_token TO rpa_app');
    await queryRunner.query('GRANT SELECT, INSERT, UPDATE ON invitation TO rpa_app');
  }
}
