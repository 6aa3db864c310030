import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';

/** The database role every application connection uses (created by the migrations). */
export const APP_ROLE = 'rpa_app';

/**
 * Gives rpa_app a login with the given password (a random one by default) and returns the
 * application's connection string: the owner's URL with rpa_app's credentials. Row-level
 * security applies to rpa_app, never to the owner.
 */
export async function enableAppLogin(
  ownerDataSource: DataSource,
  ownerUrl: string,
  password: string = randomBytes(24).toString('base64url'),
): Promise<string> {
  await ownerDataSource.query(`ALTER ROLE ${APP_ROLE} LOGIN PASSWORD ${pg.escapeLiteral(password)}`);
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = encodeURIComponent(password);
  return url.toString();
}
