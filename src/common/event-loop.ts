import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Lets other requests (and /health) run between slices of a long computation. Monte Carlo
 * runs take a few milliseconds each; a loop over many of them yields after each slice so that
 * no request holds the event loop for more than a few tens of milliseconds.
 */
export async function yieldToEventLoop(): Promise<void> {
  await nextTurn();
}

/** Maps items one by one, yielding to the event loop after each. */
export async function mapYielding<T, R>(items: readonly T[], map: (item: T) => R): Promise<R[]> {
  const results: R[] = [];
  for (const item of items) {
    results.push(map(item));
    await yieldToEventLoop();
  }
  return results;
}
