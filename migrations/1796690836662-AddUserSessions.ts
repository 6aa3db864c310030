import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Sessions of the web app (a sign-in per tab), whose refresh tokens renew short access tokens.
 * The table part is as TypeORM generates it; the rest is by hand, in the manner of
 * RestrictCredentialReads: rpa_app reads every column but the refresh token's hash, sees only
 * the sessions of app.user_id, may end a session (ended_at, end_reason) and never rewrites a
 * hash itself: auth_session_rotate compares and replaces it, and ends the session when an
 * already exchanged token comes back (someone else may hold it).
 */
const READABLE_COLUMNS = ['id', 'user_id', 'created_at', 'idle_expires_at', 'expires_at', 'ended_at', 'end_reason'];
const ROTATE = 'auth_session_rotate(uuid, bpchar, bpchar, integer, integer)';
/** pg_temp last: otherwise a temporary object of the caller could stand in for ours. */
const DEFINER = 'SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp';

export class AddUserSessions1796690836662 implements MigrationInterface {
  name = 'AddUserSessions1796690836662';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."session_end_reason" AS ENUM('SIGNED_OUT', 'REFRESH_REUSED', 'PASSWORD_RESET')`);
    await queryRunner.query(`CREATE TABLE "user_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "refresh_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "idle_expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, "end_reason" "public"."session_end_reason", CONSTRAINT "user_session_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "user_session_user_idx" ON "user_session" ("user_id") `);
    await queryRunner.query(`ALTER TABLE "user_session" ADD CONSTRAINT "user_session_user_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    await queryRunner.query(`GRANT SELECT (${READABLE_COLUMNS.join(', ')}) ON user_session TO rpa_app`);
    // TypeORM names every column in an INSERT: table-level INSERT (the hash is written, never read).
    await queryRunner.query('GRANT INSERT ON user_session TO rpa_app');
    await queryRunner.query('GRANT UPDATE (ended_at, end_reason) ON user_session TO rpa_app');
    await queryRunner.query('ALTER TABLE user_session ENABLE ROW LEVEL SECURITY');
    await queryRunner.query(`CREATE POLICY user_session_own ON user_session
      USING (user_id = (SELECT app_current_user_id()))
      WITH CHECK (user_id = (SELECT app_current_user_id()))`);

    // The new idle deadline is the person's last activity (reported in seconds before now, so no
    // browser clock is trusted, and at most one idle window back) plus the idle window; it never
    // moves back and never passes the session's end.
    await queryRunner.query(`CREATE FUNCTION auth_session_rotate(
        p_session_id uuid, p_presented_hash bpchar, p_new_hash bpchar, p_last_active_seconds_ago integer, p_idle_seconds integer)
      RETURNS TABLE (outcome text, session_user_id uuid, new_idle_expires_at timestamptz, session_expires_at timestamptz)
      LANGUAGE plpgsql VOLATILE ${DEFINER} AS $$
      DECLARE
        found_session public.user_session%ROWTYPE;
      BEGIN
        SELECT * INTO found_session FROM public.user_session s WHERE s.id = p_session_id FOR UPDATE;
        IF NOT FOUND THEN
          outcome := 'UNKNOWN';
          RETURN NEXT;
          RETURN;
        END IF;
        session_user_id := found_session.user_id;
        session_expires_at := found_session.expires_at;
        new_idle_expires_at := found_session.idle_expires_at;
        IF found_session.ended_at IS NOT NULL THEN
          outcome := 'ENDED';
        ELSIF now() >= found_session.expires_at OR now() >= found_session.idle_expires_at THEN
          outcome := 'EXPIRED';
        ELSIF found_session.refresh_hash <> p_presented_hash THEN
          UPDATE public.user_session s SET ended_at = now(), end_reason = 'REFRESH_REUSED' WHERE s.id = p_session_id;
          outcome := 'REUSED';
        ELSE
          new_idle_expires_at := LEAST(
            GREATEST(now() + make_interval(secs => p_idle_seconds - LEAST(GREATEST(p_last_active_seconds_ago, 0), p_idle_seconds)),
                     found_session.idle_expires_at),
            found_session.expires_at);
          UPDATE public.user_session s SET refresh_hash = p_new_hash, idle_expires_at = new_idle_expires_at WHERE s.id = p_session_id;
          outcome := 'ROTATED';
        END IF;
        RETURN NEXT;
      END $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION ${ROTATE} FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${ROTATE} TO rpa_app`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION ${ROTATE}`);
    await queryRunner.query(`ALTER TABLE "user_session" DROP CONSTRAINT "user_session_user_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."user_session_user_idx"`);
    await queryRunner.query(`DROP TABLE "user_session"`);
    await queryRunner.query(`DROP TYPE "public"."session_end_reason"`);
  }
}
