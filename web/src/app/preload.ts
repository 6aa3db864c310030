import { isSessionToken, prefetch, setSessionToken } from '../api/client.js';
import { screenAt } from './routes.js';
import type { Location } from './router.js';
import { hasLastSessionData, ORGANIZATION_KEY, SessionQueryDocument, storedSession } from './session.js';

/**
 * Starts the data of the screen at this address, if its route has a preload, for the office
 * chosen last; only when requests already go out with this tab's session (just after a sign-in
 * they do not yet, and the screen asks for itself once it renders).
 */
function startScreenData(location: Location): Promise<unknown> | undefined {
  const organizationId = localStorage.getItem(ORGANIZATION_KEY);
  const token = storedSession()?.accessToken;
  const preload = screenAt(location.pathname)?.route.preload;
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
