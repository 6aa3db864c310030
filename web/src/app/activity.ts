/**
 * When the person last did something on the page (typed, clicked, touched), on the page's own
 * monotonic clock: the idle deadline follows this, never the PC's wall clock, which may be off.
 * Background requests and mouse movement do not count, so a tab left open goes idle.
 */
let lastActivity = performance.now();

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'input', 'wheel', 'touchstart'] as const;
let listening = false;

export function trackActivity(): void {
  if (listening) return;
  listening = true;
  for (const event of ACTIVITY_EVENTS) {
    window.addEventListener(event, () => (lastActivity = performance.now()), { capture: true, passive: true });
  }
}

/** Milliseconds on the page's clock when the person was last active. */
export function lastActivityAt(): number {
  return lastActivity;
}

/** Whole seconds since the person was last active, as the server takes it. */
export function secondsSinceActivity(): number {
  return Math.max(0, Math.floor((performance.now() - lastActivity) / 1000));
}
