import { Role } from '../../../src/auth/domain/role.js';
import { DEMO_USERS } from '../../../src/database/demo/demo-users.js';
import type { Request } from 'playwright-core';
import { browserJourney, waitUntil } from '../../helpers/browser.js';

const OWNER = DEMO_USERS.find((user) => user.role === Role.PROCESS_OWNER)!;
const MINUTE = 60_000;

/**
 * A clerk whose PC clock is 16 minutes ahead types half a form and leaves it. The page's clock
 * is Playwright's (it runs Date, performance.now and the timers), 16 minutes ahead of the
 * server's; every deadline the page keeps must come from the server's answers, not from the
 * PC's clock. Time passes on both sides: the page's clock runs on, and the server's sessions'
 * deadlines move back by as much (the server's own clock cannot be wound).
 */
describe('web app: a session left idle with a half-typed form', () => {
  const journey = browserJourney();

  /** GraphQL requests the page has sent and not yet seen answered. */
  let pending = 0;
  beforeAll(() => {
    const counts = (request: Request) => request.url().endsWith('/graphql');
    journey.page.on('request', (request) => (pending += counts(request) ? 1 : 0));
    journey.page.on('requestfinished', (request) => (pending -= counts(request) ? 1 : 0));
    journey.page.on('requestfailed', (request) => (pending -= counts(request) ? 1 : 0));
  });

  /**
   * Lets minutes pass, one at a time; each renewal is answered before the next minute, so that
   * the page's clock and the server's deadlines move together however slow the machine is.
   */
  async function elapse(minutes: number): Promise<void> {
    for (let minute = 0; minute < minutes; minute += 1) {
      await journey.served.owner.query("UPDATE user_session SET idle_expires_at = idle_expires_at - interval '1 minute', expires_at = expires_at - interval '1 minute'");
      await journey.page.clock.fastForward(MINUTE);
      // A renewal the minute's timers start is sent within a few milliseconds; then its answer
      // is awaited, and React applies it in a task of its own.
      await journey.page.waitForTimeout(150);
      await waitUntil(() => Promise.resolve(pending === 0), "the page's requests are answered");
      await journey.page.waitForTimeout(50);
    }
  }

  it('stays signed in on a wrong PC clock, warns before an idle sign-out, and keeps the form for the next sign-in', async () => {
    const { page } = journey;
    await page.clock.install({ time: Date.now() + 16 * MINUTE });
    await journey.signIn(OWNER, '/processes/new');
    await page.getByRole('heading', { name: 'Nowy proces' }).waitFor();
    await page.locator('#process-name').fill('Zwrot podatku akcyzowego rolnikom');

    // 16 minutes on (past the first access token's life): renewed in the background, still signed in.
    await elapse(16);
    await page.getByRole('heading', { name: 'Nowy proces' }).waitFor();
    expect(page.url()).toContain('/processes/new');

    // Two minutes before the idle deadline (30 minutes after the typing), the warning.
    await elapse(12);
    await page.clock.fastForward(5_000);
    const warning = page.getByRole('dialog', { name: 'Ostrzeżenie o wylogowaniu' });
    await warning.waitFor();
    await warning.getByText(/Za (2 min 0|1 min 5\d) s nastąpi wylogowanie/).first().waitFor();
    await journey.expectAccessible('timeout-warning');
    // Focus is on the answer that keeps the session, so Enter alone keeps it.
    expect(await page.evaluate<string | null>('document.activeElement && document.activeElement.textContent')).toBe('Pozostań zalogowany');
    await page.keyboard.press('Enter');
    await warning.waitFor({ state: 'hidden' });

    // Left alone for good: warned again, then signed out; what was typed is kept.
    await elapse(31);
    await page.getByText(/Nastąpiło wylogowanie, bo przez dłuższy czas nie korzystano z serwisu/).waitFor();
    expect(page.url()).toContain('/sign-in?next=%2Fprocesses%2Fnew');
    await journey.expectAccessible('signed-out-idle');
    await page.getByLabel('E-mail').fill(OWNER.email);
    await page.getByLabel('Hasło').fill(OWNER.password);
    await page.getByRole('button', { name: 'Zaloguj się' }).click();
    await page.getByRole('heading', { name: 'Nowy proces' }).waitFor();
    expect(await page.locator('#process-name').inputValue()).toBe('Zwrot podatku akcyzowego rolnikom');
    await page.getByText('Przywrócono niezapisane zmiany z tej karty.', { exact: false }).waitFor();
    await journey.expectAccessible('draft-restored');

    // Signing out on purpose ends the session on the server and drops the drafts.
    await page.getByRole('button', { name: 'Wyloguj się' }).click();
    await page.getByText('Wylogowano.').waitFor();
    await journey.signIn(OWNER, '/processes/new');
    await page.getByRole('heading', { name: 'Nowy proces' }).waitFor();
    expect(await page.locator('#process-name').inputValue()).toBe('');
  }, 60_000);
});
