import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../auth/domain/password-hasher.js';
import { UserEntity } from '../auth/user.entity.js';
import type { AppConfig } from '../config/app-config.js';
import { BaselineRefresher } from '../measurements/baseline-refresher.service.js';
import { ScoreRefresher } from '../scoring/score-refresher.service.js';
import { APP_ROLE, checkApplicationLogin, enableAppLogin, setAppRolePassword } from './app-role.js';
import { DemoSeeder, type SeedOutcome } from './demo/seed.js';
import { mayManageAppRole, migrateAsOwner, readOwnerFacts } from './owner-rights.js';

export interface BootstrapReport {
  /** Where the application connects: as rpa_app, never as the owner. */
  appUrl: string;
  migrationsApplied: string[];
  demo?: SeedOutcome;
  /** Processes scored at start: those without a score or scored by an older method. */
  processesScored: number;
  /**
   * Set when a platform administrator was created now; `password` and `passwordFile` (where
   * the generated password is kept, owner-only) only when generated.
   */
  createdAdmin?: { email: string; password?: string; passwordFile?: string };
  /** Why no administrator exists, when none could be created. */
  adminMissing?: string;
}

/** The generated platform administrator's e-mail and password, in DATA_DIR (mode 0600). */
export const ADMIN_PASSWORD_FILE = 'platform-admin-password.txt';

/**
 * The application's connection: rpa_app with a fresh random password, or APP_DATABASE_URL. When
 * that URL signs in as rpa_app itself and the owner may manage it, rpa_app is given the URL's
 * password, so one setting serves a new server and one whose administrator made the login.
 */
async function applicationUrl(owner: DataSource, ownerUrl: string, configured: string | undefined): Promise<string> {
  if (configured === undefined) return enableAppLogin(owner, ownerUrl);
  const url = new URL(configured);
  if (decodeURIComponent(url.username) === APP_ROLE && mayManageAppRole(await readOwnerFacts(owner))) {
    await setAppRolePassword(owner, decodeURIComponent(url.password));
  }
  return configured;
}

/**
 * Everything that needs the schema owner, done once at start in the owner's container (see
 * owner-context.ts), in this order: migrations, the application's login, the demo data, baseline
 * figures and scores missing or stale, and the first administrator.
 */
@Injectable()
export class DatabaseBootstrap {
  constructor(
    @InjectDataSource() private readonly owner: DataSource,
    private readonly demo: DemoSeeder,
    private readonly baselines: BaselineRefresher,
    private readonly scores: ScoreRefresher,
  ) {}

  async run(config: AppConfig, ownerUrl: string): Promise<BootstrapReport> {
    const { owner } = this;
    const migrationsApplied = await migrateAsOwner(owner, { givingAppLogin: config.database.appUrl === undefined });
    const appUrl = await applicationUrl(owner, ownerUrl, config.database.appUrl);
    await checkApplicationLogin(appUrl);
    const demo = config.seedDemo ? await this.demo.seed() : undefined;
    // Figures of an older baseline method first: the scores then read the new figures.
    const refreshedProcesses = await this.baselines.refreshStale(owner);
    const processesScored = await this.scores.rescoreStale(owner, refreshedProcesses);

    const report: BootstrapReport = { appUrl, migrationsApplied, demo, processesScored };
    const users = owner.getRepository(UserEntity);
    if (await users.existsBy({ platformAdmin: true })) return report;
    const configured = config.auth.bootstrapAdmin;
    if (!configured && !config.embedded) {
      return { ...report, adminMissing: 'no administrator yet: set ADMIN_EMAIL and ADMIN_PASSWORD and restart' };
    }
    const email = configured?.email ?? 'platform-admin@localhost';
    if (configured) {
      await users.save(users.create({ email, displayName: 'Platform administrator', passwordHash: await hashPassword(configured.password), platformAdmin: true }));
      return { ...report, createdAdmin: { email } };
    }
    // Kept in a file before the account exists: a start that fails after this (a taken port)
    // would otherwise create an administrator whose password nobody ever saw.
    const password = randomBytes(12).toString('base64url');
    const passwordFile = path.resolve(config.dataDir, ADMIN_PASSWORD_FILE);
    await mkdir(path.dirname(passwordFile), { recursive: true });
    await writeFile(passwordFile, `${email} ${password}\n`, { mode: 0o600 });
    await users.save(users.create({ email, displayName: 'Platform administrator', passwordHash: await hashPassword(password), platformAdmin: true }));
    return { ...report, createdAdmin: { email, password, passwordFile } };
  }
}
