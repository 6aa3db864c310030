import { randomBytes } from 'node:crypto';
import { hashPassword } from '../auth/domain/password-hasher.js';
import { UserEntity } from '../auth/user.entity.js';
import type { AppConfig } from '../config/app-config.js';
import { enableAppLogin } from './app-role.js';
import { createDataSource } from './data-source.js';
import { seedDemoData, type SeedOutcome } from './demo/seed.js';
import { SCORING_METHOD_VERSION } from '../scoring/score-assembly.js';
import { scoreStaleProcesses } from '../scoring/score-refresh.js';
import { refreshStaleBaselines } from '../measurements/baseline.calculator.js';

export interface BootstrapReport {
  /** Where the application connects: as rpa_app, never as the owner. */
  appUrl: string;
  migrationsApplied: string[];
  demo?: SeedOutcome;
  /** Processes scored at start: those without a score or scored by an older method. */
  processesScored: number;
  /** Set when a platform administrator was created now; `password` only when generated. */
  createdAdmin?: { email: string; password?: string };
  /** Why no administrator exists, when none could be created. */
  adminMissing?: string;
}

/**
 * Everything that needs the schema owner, done once at start and then closed: migrations, the
 * application's login, the demo data, scores missing or stale, and the first administrator.
 */
export async function bootstrapDatabase(config: AppConfig, ownerUrl: string): Promise<BootstrapReport> {
  const owner = createDataSource(ownerUrl);
  await owner.initialize();
  try {
    const applied = await owner.runMigrations({ transaction: 'each' });
    const appUrl = config.database.appUrl ?? (await enableAppLogin(owner, ownerUrl, config.database.appPassword));
    const demo = config.seedDemo ? await seedDemoData(owner) : undefined;
    // Figures of an older baseline method first: the scores then read the new figures.
    const refreshedProcesses = await refreshStaleBaselines(owner);
    const processesScored = await scoreStaleProcesses(owner, SCORING_METHOD_VERSION, refreshedProcesses);

    const report: BootstrapReport = { appUrl, migrationsApplied: applied.map((m) => m.name), demo, processesScored };
    const users = owner.getRepository(UserEntity);
    if (await users.existsBy({ platformAdmin: true })) return report;
    const configured = config.auth.bootstrapAdmin;
    if (!configured && !config.embedded) {
      return { ...report, adminMissing: 'no administrator yet: set ADMIN_EMAIL and ADMIN_PASSWORD and restart' };
    }
    const email = configured?.email ?? 'platform-admin@localhost';
    const password = configured?.password ?? randomBytes(12).toString('base64url');
    await users.save(
      users.create({ email, displayName: 'Platform administrator', passwordHash: await hashPassword(password), platformAdmin: true }),
    );
    return { ...report, createdAdmin: { email, password: configured ? undefined : password } };
  } finally {
    await owner.destroy();
  }
}
