import { missingOwnerRights, type OwnerFacts } from '../owner-rights.js';

/** An owner on a fresh PostgreSQL 17 server: owns its database, may create roles, nothing exists yet. */
const fresh: OwnerFacts = {
  owner: 'rpa',
  database: 'rpa_readiness',
  serverVersion: 170004,
  superuser: false,
  createRole: true,
  bypassRls: true,
  createInPublic: true,
  appRoleExists: false,
  importerRoleExists: false,
  adminOfImporter: false,
  adminOfAppRole: false,
  importerGrantedToApp: false,
};
const everything = { migrating: true, givingAppLogin: true };

describe('the rights the schema owner needs', () => {
  it('on PostgreSQL 16 and later, CREATEROLE with BYPASSRLS does everything', () => {
    expect(missingOwnerRights(fresh, everything)).toEqual([]);
  });

  it('names the BYPASSRLS the owner lacks to create the importer role, with the SQL that fixes it', () => {
    expect(missingOwnerRights({ ...fresh, bypassRls: false }, everything)).toEqual([
      'rpa may not create the role rpa_importer (BYPASSRLS needs CREATEROLE and BYPASSRLS): CREATE ROLE rpa_importer NOLOGIN NOSUPERUSER BYPASSRLS NOCREATEDB NOCREATEROLE; GRANT rpa_importer TO "rpa" WITH ADMIN OPTION;',
    ]);
  });

  it('before PostgreSQL 16 only a superuser creates the importer role, whatever the owner may do', () => {
    expect(missingOwnerRights({ ...fresh, serverVersion: 150018 }, everything)).toHaveLength(1);
    expect(missingOwnerRights({ ...fresh, serverVersion: 150018, superuser: true }, everything)).toEqual([]);
  });

  it('from 16 on, an existing rpa_app needs ADMIN OPTION before the owner may give it a login', () => {
    const existing = { ...fresh, appRoleExists: true, importerRoleExists: true, importerGrantedToApp: true };
    expect(missingOwnerRights(existing, everything)).toEqual([
      "rpa may not give rpa_app its login: set APP_DATABASE_URL=postgres://rpa_app:<its password>@<host>:<port>/rpa_readiness after a superuser ran ALTER ROLE rpa_app LOGIN PASSWORD '<a long password>';",
    ]);
    expect(missingOwnerRights({ ...existing, adminOfAppRole: true }, everything)).toEqual([]);
    expect(missingOwnerRights({ ...existing, serverVersion: 150018 }, everything)).toEqual([]);
    expect(missingOwnerRights(existing, { migrating: false, givingAppLogin: false })).toEqual([]);
  });

  it('names a schema it may not create tables in, with the quoted database name', () => {
    expect(missingOwnerRights({ ...fresh, createInPublic: false, database: 'gmina "test"' }, everything)[0]).toBe(
      'rpa may not create tables in schema public of database gmina "test": ALTER DATABASE "gmina ""test""" OWNER TO "rpa"; (or GRANT CREATE ON SCHEMA public TO "rpa";)',
    );
  });
});
