import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Generated from the entities, then extended by hand below the marker: row-level security, the
 * audit trigger and the application role's grants on invitations. Accepting an invitation is
 * done by the invitee (not a member yet), which the application does in a narrow transaction
 * over all organizations, looking the invitation up by the hash of its secret code.
 */
export class AddInvitations1796193313750 implements MigrationInterface {
  name = 'AddInvitations1796193313750';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "email" text NOT NULL, "display_name" text NOT NULL, "role" "public"."membership_role" NOT NULL, "code_hash" character(64) NOT NULL, "invited_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "invitation_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "invitation_code_hash_key" ON "invitation"  ("code_hash") `);
    await queryRunner.query(`CREATE INDEX "invitation_organization_idx" ON "invitation"  ("organization_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "invitation" ADD CONSTRAINT "invitation_organization_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD CONSTRAINT "invitation_invited_by_fkey" FOREIGN KEY ("invited_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);

    // ---- written by hand ----
    await queryRunner.query('ALTER TABLE invitation ENABLE ROW LEVEL SECURITY');
    await queryRunner.query(`CREATE POLICY invitation_tenant ON invitation
      USING (organization_id = ANY ((SELECT app_organization_ids())::uuid[]) OR (SELECT app_all_organizations()))
      WITH CHECK (organization_id = ANY ((SELECT app_organization_ids())::uuid[]) OR (SELECT app_all_organizations()))`);
    await queryRunner.query(`CREATE TRIGGER invitation_audit AFTER INSERT OR UPDATE OR DELETE ON invitation
      FOR EACH ROW EXECUTE FUNCTION audit_row_change()`);
    await queryRunner.query('GRANT SELECT, INSERT, UPDATE ON invitation TO rpa_app');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER invitation_audit ON invitation');
    await queryRunner.query('DROP POLICY invitation_tenant ON invitation');
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "invitation_invited_by_fkey"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "invitation_organization_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."invitation_organization_idx"`);
    await queryRunner.query(`DROP INDEX "public"."invitation_code_hash_key"`);
    await queryRunner.query(`DROP TABLE "invitation"`);
  }
}
