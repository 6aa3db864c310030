import type { DataSource } from 'typeorm';
import { APP_ROLE } from './app-role.js';

/**
 * TypeORM's record of the migrations applied. Here rather than beside the data source, so that
 * the backup reads it without loading the features the data source's entities come from.
 */
export const MIGRATIONS_TABLE = 'schema_migration';

/** The role an import assumes to write its rows past row-level security (INSERT only). */
export const IMPORTER_ROLE = 'rpa_importer';

/** What the schema owner is and may do, read before anything is written. */
export interface OwnerFacts {
  owner: string;
  database: string;
  /** server_version_num: the rules for roles changed in PostgreSQL 16. */
  serverVersion: number;
  superuser: boolean;
  createRole: boolean;
  bypassRls: boolean;
  /** CREATE on schema public, where the migrations create every table. */
  createInPublic: boolean;
  appRoleExists: boolean;
  importerRoleExists: boolean;
  /** The owner may grant membership in rpa_importer (to rpa_app) and alter it. */
  adminOfImporter: boolean;
  /** The owner may give rpa_app its login and password. */
  adminOfAppRole: boolean;
  importerGrantedToApp: boolean;
}

export interface OwnerRightsNeeds {
  /** Migrations are pending: tables, functions and the two roles may be created. */
  migrating: boolean;
  /** No APP_DATABASE_URL: the start gives rpa_app a login with a fresh password. */
  givingAppLogin: boolean;
}

const POSTGRES_16 = 160000;

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * One line per right the owner lacks for what this start must do, each with its remedy (SQL a
 * superuser runs once). Empty when the start can go ahead. Before PostgreSQL 16 only a
 * superuser may create a BYPASSRLS role, and CREATEROLE alone manages every other role; from
 * 16 on, managing a role needs ADMIN OPTION on it, which its creator gets.
 */
export function missingOwnerRights(facts: OwnerFacts, needs: OwnerRightsNeeds): string[] {
  if (facts.superuser) return [];
  const owner = quoteIdentifier(facts.owner);
  const modern = facts.serverVersion >= POSTGRES_16;
  const missing: string[] = [];
  if (needs.migrating && !facts.createInPublic) {
    missing.push(
      `${facts.owner} may not create tables in schema public of database ${facts.database}: ` +
        `ALTER DATABASE ${quoteIdentifier(facts.database)} OWNER TO ${owner}; (or GRANT CREATE ON SCHEMA public TO ${owner};)`,
    );
  }
  if (needs.migrating && !facts.appRoleExists && !facts.createRole) {
    missing.push(
      `${facts.owner} may not create the role ${APP_ROLE}: ALTER ROLE ${owner} CREATEROLE; ` +
        `(or create it: CREATE ROLE ${APP_ROLE} LOGIN PASSWORD '<a long password>' NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE; and set APP_DATABASE_URL)`,
    );
  }
  if (needs.migrating && !facts.importerRoleExists && !(modern && facts.createRole && facts.bypassRls)) {
    missing.push(
      `${facts.owner} may not create the role ${IMPORTER_ROLE} (BYPASSRLS${modern ? ' needs CREATEROLE and BYPASSRLS' : ' needs a superuser before PostgreSQL 16'}): ` +
        `CREATE ROLE ${IMPORTER_ROLE} NOLOGIN NOSUPERUSER BYPASSRLS NOCREATEDB NOCREATEROLE; GRANT ${IMPORTER_ROLE} TO ${owner} WITH ADMIN OPTION;`,
    );
  }
  // Granting membership takes ADMIN OPTION on the role, or CREATEROLE before PostgreSQL 16.
  const mayGrantImporter = facts.adminOfImporter || (facts.createRole && !modern);
  if (needs.migrating && facts.importerRoleExists && !facts.importerGrantedToApp && !mayGrantImporter) {
    missing.push(`${facts.owner} may not grant the role ${IMPORTER_ROLE} to ${APP_ROLE}: GRANT ${IMPORTER_ROLE} TO ${owner} WITH ADMIN OPTION;`);
  }
  // A role this start creates is the owner's to manage; an existing one needs the rights.
  const appRoleManageable = facts.appRoleExists ? mayManageRole(facts, facts.adminOfAppRole) : facts.createRole;
  if (needs.givingAppLogin && !appRoleManageable && !missing.some((line) => line.includes(`create the role ${APP_ROLE}`))) {
    missing.push(
      `${facts.owner} may not give ${APP_ROLE} its login: set APP_DATABASE_URL=postgres://${APP_ROLE}:<its password>@<host>:<port>/${facts.database} ` +
        `after a superuser ran ALTER ROLE ${APP_ROLE} LOGIN PASSWORD '<a long password>';`,
    );
  }
  return missing;
}

/** Altering a role (its login, its password) takes CREATEROLE, and from 16 on ADMIN OPTION too. */
function mayManageRole(facts: OwnerFacts, adminOption: boolean): boolean {
  return facts.superuser || (facts.createRole && (facts.serverVersion < POSTGRES_16 || adminOption));
}

/** The owner may set rpa_app's login and password (read after the migrations created it). */
export function mayManageAppRole(facts: OwnerFacts): boolean {
  return facts.appRoleExists && mayManageRole(facts, facts.adminOfAppRole);
}

/** Reads the facts with the owner's own connection; roles that do not exist read as absent. */
export async function readOwnerFacts(owner: DataSource): Promise<OwnerFacts> {
  const [row] = await owner.query<Array<Omit<OwnerFacts, 'serverVersion'> & { serverVersion: string }>>(
    `SELECT current_user AS owner, current_database() AS database,
            current_setting('server_version_num') AS "serverVersion",
            r.rolsuper AS superuser, r.rolcreaterole AS "createRole", r.rolbypassrls AS "bypassRls",
            has_schema_privilege('public', 'CREATE') AS "createInPublic",
            app.oid IS NOT NULL AS "appRoleExists",
            importer.oid IS NOT NULL AS "importerRoleExists",
            importer.oid IS NOT NULL AND pg_has_role(current_user, importer.oid, 'MEMBER WITH ADMIN OPTION') AS "adminOfImporter",
            app.oid IS NOT NULL AND pg_has_role(current_user, app.oid, 'MEMBER WITH ADMIN OPTION') AS "adminOfAppRole",
            app.oid IS NOT NULL AND importer.oid IS NOT NULL AND pg_has_role(app.oid, importer.oid, 'MEMBER') AS "importerGrantedToApp"
       FROM pg_roles r
       LEFT JOIN pg_roles app ON app.rolname = $1
       LEFT JOIN pg_roles importer ON importer.rolname = $2
      WHERE r.rolname = current_user`,
    [APP_ROLE, IMPORTER_ROLE],
  );
  return { ...row, serverVersion: Number(row.serverVersion) };
}

export class OwnerRightsError extends Error {
  constructor(readonly missing: string[]) {
    super(
      `the database owner lacks rights this start needs; nothing was changed. A superuser fixes it once:\n  - ${missing.join('\n  - ')}`,
    );
    this.name = 'OwnerRightsError';
  }
}

/**
 * Runs the pending migrations as the schema owner, after checking that the owner may do all of
 * it (and, with `givingAppLogin`, give rpa_app its login afterwards). All or nothing: a failure
 * leaves the database as it was, roles included (CREATE ROLE is transactional), never half
 * migrated with a login-less rpa_app behind. Returns the names of the migrations applied.
 */
export async function migrateAsOwner(owner: DataSource, needs: { givingAppLogin: boolean }): Promise<string[]> {
  // showMigrations would create TypeORM's table: nothing is written before the check passes.
  const [{ recorded }] = await owner.query<Array<{ recorded: boolean }>>('SELECT to_regclass($1) IS NOT NULL AS recorded', [MIGRATIONS_TABLE]);
  const migrating = !recorded || (await owner.showMigrations());
  const missing = missingOwnerRights(await readOwnerFacts(owner), { migrating, givingAppLogin: needs.givingAppLogin });
  if (missing.length > 0) throw new OwnerRightsError(missing);
  if (!migrating) return [];
  const applied = await owner.runMigrations({ transaction: 'all' });
  return applied.map((migration) => migration.name);
}
