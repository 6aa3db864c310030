import type { ReactNode } from 'react';
import { quadrantChart } from '../charts/chart-modules.js';
import type { Role } from '../gql/graphql.js';
import type { MessageKey } from '../i18n/messages.pl.js';
import { AuditScreen } from '../features/admin/AuditScreen.js';
import { UsersScreen } from '../features/admin/UsersScreen.js';
import { CandidateScreen } from '../features/ranking/CandidateScreen.js';
import { ClaimScreen } from '../features/claims/ClaimScreen.js';
import { ClaimsScreen, NewClaimScreen } from '../features/claims/ClaimsScreen.js';
import { PeriodScreen } from '../features/measurements/PeriodScreen.js';
import { PortfolioScreen } from '../features/ranking/PortfolioScreen.js';
import { ProcessEditorScreen } from '../features/processes/ProcessEditorScreen.js';
import { inventoryVariables, ProcessInventoryQuery, ProcessListScreen } from '../features/processes/ProcessListScreen.js';
import { CandidateRankingQuery, RankingScreen, rankingVariables } from '../features/ranking/RankingScreen.js';
import { ScenariosScreen } from '../features/scenarios/ScenariosScreen.js';
import { TokensScreen } from '../features/account/TokensScreen.js';
import { prefetch } from '../api/client.js';
import { matchPath } from './router.js';

/** One screen of the signed-in app: its address, how it renders, and where else it appears. */
export interface ScreenRoute {
  /** `/processes` or a pattern such as `/processes/:processId`. */
  path: string;
  render: (params: Record<string, string>, pathname: string) => ReactNode;
  /** An entry of the main menu, shown to everyone or to the holders of these roles in the office. */
  menu?: { label: MessageKey; roles?: readonly Role[] };
  /**
   * The screen's first request when it is known from the address alone: started when the
   * address is chosen, before the screen renders. It must ask exactly what the screen's first
   * render asks, so that the screen takes the answer over.
   */
  preload?: (search: URLSearchParams, organizationId: string) => Promise<unknown>;
}

/**
 * The one table of the app's screens: the router, the main menu (in this order) and preloading
 * are made from it. An exact address wins over a pattern (`/claims/new` over `/claims/:claimId`).
 */
export const SCREEN_ROUTES: readonly ScreenRoute[] = [
  {
    path: '/processes',
    render: () => <ProcessListScreen />,
    menu: { label: 'nav.processes' },
    preload: (search, organizationId) => prefetch(ProcessInventoryQuery, inventoryVariables(search, organizationId)),
  },
  {
    path: '/ranking',
    render: () => <RankingScreen />,
    menu: { label: 'nav.ranking' },
    // Its quadrant chart's code too, so that data and chart are drawn in one go.
    preload: (search, organizationId) => Promise.all([prefetch(CandidateRankingQuery, rankingVariables(search, organizationId)), quadrantChart.load()]),
  },
  { path: '/portfolio', render: () => <PortfolioScreen />, menu: { label: 'nav.portfolio' } },
  { path: '/scenarios', render: () => <ScenariosScreen />, menu: { label: 'nav.scenarios' } },
  { path: '/claims', render: () => <ClaimsScreen />, menu: { label: 'nav.claims' } },
  { path: '/admin/users', render: () => <UsersScreen />, menu: { label: 'nav.users', roles: ['ADMIN'] } },
  { path: '/admin/audit', render: () => <AuditScreen />, menu: { label: 'nav.audit', roles: ['ADMIN', 'AUDITOR'] } },
  { path: '/account/tokens', render: () => <TokensScreen />, menu: { label: 'nav.tokens' } },
  { path: '/processes/new', render: () => <ProcessEditorScreen processId={null} /> },
  { path: '/claims/new', render: () => <NewClaimScreen /> },
  { path: '/claims/:claimId', render: ({ claimId }) => <ClaimScreen key={claimId} claimId={claimId} /> },
  { path: '/candidates/:processId', render: ({ processId }) => <CandidateScreen key={processId} processId={processId} /> },
  {
    path: '/processes/:processId/periods/:periodId',
    render: ({ processId, periodId }, pathname) => <PeriodScreen key={pathname} processId={processId} periodId={periodId === 'new' ? null : periodId} />,
  },
  { path: '/processes/:processId', render: ({ processId }) => <ProcessEditorScreen key={processId} processId={processId} /> },
];

/** The screen at an address, with the values of its pattern's parameters; null when none is there. */
export function screenAt(pathname: string): { route: ScreenRoute; params: Record<string, string> } | null {
  const exact = SCREEN_ROUTES.find((route) => !route.path.includes(':') && matchPath(route.path, pathname));
  if (exact) return { route: exact, params: {} };
  for (const route of SCREEN_ROUTES) {
    const params = matchPath(route.path, pathname);
    if (params) return { route, params };
  }
  return null;
}
