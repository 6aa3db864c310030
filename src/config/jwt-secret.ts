import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type AppConfig, ConfigError } from './app-config.js';

/**
 * JWT_SECRET when configured; in the embedded mode a random secret generated on first start
 * and kept under DATA_DIR (so tokens survive a restart) with owner-only permissions.
 */
export async function withJwtSecret(config: AppConfig): Promise<AppConfig> {
  if (config.auth.jwtSecret) return config;
  if (!config.embedded) {
    throw new ConfigError(['JWT_SECRET is required with DATABASE_URL (at least 32 random characters)']);
  }
  const file = path.join(config.dataDir, 'jwt-secret');
  let secret: string;
  try {
    secret = (await readFile(file, 'utf8')).trim();
  } catch {
    secret = randomBytes(48).toString('base64url');
    await mkdir(config.dataDir, { recursive: true });
    await writeFile(file, secret, { mode: 0o600 });
  }
  return { ...config, auth: { ...config.auth, jwtSecret: secret } };
}
