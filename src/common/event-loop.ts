/** Slices waiting for their turn, oldest first. */
const waitingSlices: (() => void)[] = [];
let turnScheduled = false;

/** Lets the oldest waiting slice run, and schedules the next one a loop turn later. */
function nextSlice(): void {
  const resume = waitingSlices.shift();
  if (waitingSlices.length > 0) setImmediate(nextSlice);
  else turnScheduled = false;
  resume?.();
}

/**
 * Lets other requests (and /health) run between slices of a long computation. Monte Carlo
 * runs take a few milliseconds each; a loop over many of them yields after each slice.
 * Slices of all computations take turns, one per turn of the event loop: nine computations
 * at once (nine aliased portfolio summaries, say) then delay a read by one slice, not by nine.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    waitingSlices.push(resolve);
    if (!turnScheduled) {
      turnScheduled = true;
      setImmediate(nextSlice);
    }
  });
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
