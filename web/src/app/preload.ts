import { isSessionToken, prefetch, setSessionToken } from '../api/client.js';
import { inventoryVariables, ProcessInventoryQuery } from '../screens/ProcessListScreen.js';
import { quadrantChart } from '../charts/chart-modules.js';
import { CandidateRankingQuery, rankingVariables } from '../screens/RankingScreen.js';
import type { Location } from './router.js';
import { hasLastSessionData, ORGANIZATION_KEY, SessionQueryDocument, storedSession } from './session.js';

/**
 * Screens whose first request is known from the address alone: the request, and the code the
 * screen loads on first use, start when the address is chosen, before the screen renders.
 * Each entry must ask exactly what the screen's first render asks, so the screen takes it over.
 */
const SCREEN_DATA: Record<string, (search: URLSearchParams, organizationId: string) => Promise<unknown>> = {
  '/processes': (search, organizationId) => prefetch(ProcessInventoryQuery, inventoryVariables(search, organizationId)),
  // Its quadrant chart's code too, so that data and chart are drawn in one go.
  '/ranking': (search, organizationId) => Promise.all([prefetch(CandidateRankingQuery, rankingVariables(search, organizationId)), quadrantChart.load()]),
};

/**
 * Starts the data of the screen at this address, if it is one of SCREEN_DATA, for the office
 * chosen last; only when requests already go out with this tab's session (just after a sign-in
 * they do not yet, and the screen asks for itself once it renders).
 */
function startScreenData(location: Location): Promise<unknown> | undefined {
  const organizationId = localStorage.getItem(ORGANIZATION_KEY);
  const token = storedSession()?.accessToken;
  const preload = Object.hasOwn(SCREEN_DATA, location.pathname) ? SCREEN_DATA[location.pathname] : undefined;
  return organizationId && token && isSessionToken(token) ? preload?.(location.search, organizationId) : undefined;
}

/** For the router: a new address was chosen in the app. */
export function preloadScreenData(location: Location): void {
  startScreenData(location)?.catch(() => undefined);
}

/**
 * At page load, before React renders: a signed-in tab asks for its session and for the screen's
 * data at once and in parallel, instead of one after the other once each component has mounted.
 * The screens take the answers over (requestOnce).
 */
export function preloadFirstScreen(): void {
  const stored = storedSession();
  if (!stored) return;
  setSessionToken(stored.accessToken, () => undefined);
  const screenData = startScreenData({ pathname: window.location.pathname, search: new URLSearchParams(window.location.search) });
  // With the tab's last session answer on screen, its refresh waits for the screen's data rather
  // than competing with it; a refused token is noticed by either request.
  void prefetch(SessionQueryDocument, {}, { after: hasLastSessionData() ? screenData : undefined });
}
