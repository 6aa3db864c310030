import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { MembershipEntity } from '../../auth/membership.entity.js';
import { UserEntity } from '../../auth/user.entity.js';
import { hashPassword, type ScryptCost } from '../../auth/domain/password-hasher.js';
import { Role } from '../../auth/domain/role.js';
import { DEMO_USERS } from './demo-users.js';
import { DepartmentEntity } from '../../organizations/department.entity.js';
import { OrganizationEntity } from '../../organizations/organization.entity.js';
import { ProcessEntity } from '../../processes/process.entity.js';
import { WorkflowStepEntity } from '../../processes/workflow-step.entity.js';
import { DEMO_DEPARTMENTS, DEMO_ORGANIZATION, DEMO_PROCESSES, DEMO_SCENARIO } from './demo-data.js';
import { DEMO_BASELINE, DEMO_PILOT, seedDemoPeriod } from './demo-measurements.js';
import { DEMO_CLAIMS } from './demo-claims.js';
import { ClaimVerifier } from '../../claims/claim-verifier.service.js';
import { VendorClaimEntity } from '../../claims/vendor-claim.entity.js';
import { DEFAULT_EX_POST_OPTIONS } from '../../claims/domain/ex-post.js';
import { ProcessCategory } from '../../processes/domain/process.enums.js';
import { AutomationScenarioEntity } from '../../scoring/automation-scenario.entity.js';
import { ScoreRefresher } from '../../scoring/score-refresher.service.js';

export type SeedOutcome = 'seeded' | 'skipped: database not empty';

/**
 * Loads the demo dataset in one transaction, only into a database without organizations. Runs
 * as the schema owner (row-level security does not apply to it). The demo users, one per role,
 * own the demo processes; the invoice process has a measured 2025 baseline. The gmina's
 * automation scenario is the vendor petition's offer, and every process is scored. The invoice
 * process also has a 2026 pilot (AFTER) period, and the petition's five claims are registered
 * and verified against the gmina, so one query shows them checked.
 */
@Injectable()
export class DemoSeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scores: ScoreRefresher,
    private readonly claims: ClaimVerifier,
  ) {}

  async seed(passwordCost?: ScryptCost): Promise<SeedOutcome> {
    const hashes = await Promise.all(DEMO_USERS.map((user) => hashPassword(user.password, passwordCost)));
    return this.dataSource.transaction(async (manager) => {
      // Serialises concurrent seeders (two starts at once) on the same database.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['rpa-readiness-seed']);
      if ((await manager.count(OrganizationEntity)) > 0) return 'skipped: database not empty';

      const organization = await manager.save(OrganizationEntity, manager.create(OrganizationEntity, DEMO_ORGANIZATION));
      const departments = await manager.save(
        DepartmentEntity,
        DEMO_DEPARTMENTS.map((name) => manager.create(DepartmentEntity, { organizationId: organization.id, name })),
      );
      const departmentId = new Map(departments.map((department) => [department.name, department.id]));
      const users = await manager.save(
        UserEntity,
        DEMO_USERS.map((user, index) =>
          manager.create(UserEntity, { email: user.email, displayName: user.displayName, passwordHash: hashes[index], demo: true }),
        ),
      );
      await manager.insert(
        MembershipEntity,
        DEMO_USERS.map((user, index) => ({ organizationId: organization.id, userId: users[index].id, role: user.role })),
      );
      const ownerUserId = users[DEMO_USERS.findIndex((user) => user.role === Role.PROCESS_OWNER)].id;

      let invoices: ProcessEntity | undefined;
      for (const { department, steps, ...attributes } of DEMO_PROCESSES) {
        const process = await manager.save(
          ProcessEntity,
          manager.create(ProcessEntity, {
            ...attributes,
            organizationId: organization.id,
            departmentId: departmentId.get(department) ?? null,
            ownerUserId,
          }),
        );
        await manager.insert(
          WorkflowStepEntity,
          steps.map((step, index) => ({
            ...step,
            organizationId: organization.id,
            processId: process.id,
            position: index + 1,
            automatableOverride: step.automatableOverride ?? null,
            automatableReason: step.automatableReason ?? null,
          })),
        );
        if (process.category === ProcessCategory.INVOICE_PROCESSING) invoices = process;
      }
      if (invoices) {
        await seedDemoPeriod(manager, invoices, DEMO_BASELINE);
        await seedDemoPeriod(manager, invoices, DEMO_PILOT);
      }
      await manager.insert(AutomationScenarioEntity, { ...DEMO_SCENARIO, organizationId: organization.id, processId: null });
      await this.scores.rescoreOrganization(manager, organization.id);

      const auditorUserId = users[DEMO_USERS.findIndex((user) => user.role === Role.AUDITOR)].id;
      for (const claim of DEMO_CLAIMS) {
        const saved = await manager.save(VendorClaimEntity, manager.create(VendorClaimEntity, { ...claim, organizationId: organization.id, createdBy: auditorUserId }));
        const { alpha, seed, bootstrapDraws, minCases } = DEFAULT_EX_POST_OPTIONS;
        await this.claims.verify(manager, saved, { alpha, seed, draws: bootstrapDraws, minCases, controlProcessId: null }, auditorUserId);
      }
      return 'seeded';
    });
  }
}
