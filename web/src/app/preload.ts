import { prefetch, setSessionToken } from '../api/client.js';
import { inventoryVariables, ProcessInventoryQuery } from '../screens/ProcessListScreen.js';
import { hasLastSessionData, ORGANIZATION_KEY, SessionQueryDocument, storedToken } from './session.js';

/**
 * At page load, before React renders: a signed-in tab asks for its session and, on the
 * inventory's address, for the inventory's page at once and in parallel, instead of one after
 * the other once each component has mounted. The screens take the answers over (requestOnce).
 */
export function preloadFirstScreen(): void {
  const stored = storedToken();
  if (!stored) return;
  setSessionToken(stored.token, () => undefined);
  const organizationId = localStorage.getItem(ORGANIZATION_KEY);
  const screenData =
    organizationId && window.location.pathname === '/processes'
      ? prefetch(ProcessInventoryQuery, inventoryVariables(new URLSearchParams(window.location.search), organizationId))
      : undefined;
  // With the tab's last session answer on screen, its refresh waits for the screen's data rather
  // than competing with it; a refused token is noticed by either request.
  void prefetch(SessionQueryDocument, {}, { after: hasLastSessionData() ? screenData : undefined });
}
