import { Injectable } from '@nestjs/common';
import { memberScope, type Actor } from '../auth/domain/actor.js';
import { TenantDatabase } from '../common/tenancy/tenant-database.service.js';
import { OrganizationReader } from '../organizations/organization-reader.service.js';
import { PortfolioService } from '../scoring/portfolio.service.js';
import { RankingService } from '../scoring/ranking.service.js';
import { ScenariosService } from '../scoring/scenarios.service.js';
import { RankingOrder } from '../scoring/scoring.enums.js';
import { DEFAULT_REPORT_TOP, type RankingReportQuery } from './dtos/ranking-report.query.js';
import type { RankingReportSource } from './report-render.js';

/**
 * Reads what a ranking report shows through the services the GraphQL API uses (the same access
 * rules, the same ranking and portfolio selection), plus the office's names and settings, from
 * the organizations and scoring features' services. Reads only; the portfolio's simulations run
 * where the report is drawn (ReportRenderer).
 */
@Injectable()
export class RankingReportReader {
  constructor(
    private readonly database: TenantDatabase,
    private readonly ranking: RankingService,
    private readonly portfolio: PortfolioService,
    private readonly scenarios: ScenariosService,
    private readonly organizations: OrganizationReader,
  ) {}

  /** The report's data; with `portfolio`, also what its portfolio is simulated from (the PDF shows it). */
  async read(actor: Actor, query: RankingReportQuery, options: { portfolio: boolean }): Promise<RankingReportSource> {
    const { organizationId } = query;
    const filter = { category: query.category, departmentId: query.department, quadrant: query.quadrant, minEvidence: query.minEvidence };
    const order = query.order ?? RankingOrder.NPV_P50;
    const top = query.top ?? DEFAULT_REPORT_TOP;
    // The ranking authorizes first: another office's id is refused as it is by candidateRanking.
    const page = await this.ranking.ranking(actor, organizationId, filter, order, top, null);
    const portfolio = options.portfolio ? await this.portfolio.selection(actor, organizationId, filter, order, top) : { processIds: [], facts: [] };
    const { weights, changedAt, ...scenario } = await this.scenarios.settings(actor, organizationId);
    const { organization, departments } = await this.database.run(memberScope(actor), async (manager) => ({
      organization: await this.organizations.organization(manager, organizationId),
      departments: await this.organizations.departments(manager, organizationId),
    }));
    const departmentName = (id: string | null | undefined) => (id ? (departments.find((department) => department.id === id)?.name ?? null) : null);

    const candidates = page.edges.map(({ node }) => ({ ...node, departmentName: departmentName(node.departmentId) }));
    const times = [...candidates.map((candidate) => candidate.computedAt.getTime()), changedAt];
    const data = {
      organization: { id: organization.id, name: organization.name, terytCode: organization.terytCode },
      filter: {
        category: filter.category ?? null,
        departmentId: filter.departmentId ?? null,
        departmentName: departmentName(filter.departmentId),
        quadrant: filter.quadrant ?? null,
        minEvidence: filter.minEvidence ?? null,
      },
      order,
      top,
      moreCandidates: page.pageInfo.hasNextPage,
      candidates,
      methodVersions: [...new Set(candidates.map((candidate) => candidate.methodVersion))].sort(),
      asOf: new Date(Math.max(0, ...times)).toISOString(),
      scenario,
      weights,
    };
    return { data, portfolio };
  }
}
