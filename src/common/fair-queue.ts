/** How much a FairQueue runs and holds. */
export interface FairQueueLimits {
  /** Jobs running at once. */
  running: number;
  /** Jobs waiting, all keys together. */
  waiting: number;
  /** Jobs one key may have waiting: its share of the waiting places. */
  waitingPerKey: number;
}

/** Why a job was not queued: the key's share, or the whole queue, is full. */
export class QueueFullError extends Error {
  constructor(
    readonly full: 'key' | 'queue',
    readonly waiting: number,
  ) {
    super(full === 'key' ? `${waiting} jobs of this key are waiting, its share` : `${waiting} jobs are waiting, as many as the queue holds`);
    this.name = 'QueueFullError';
  }
}

interface Waiting {
  start: () => void;
}

/**
 * Runs jobs a few at a time, taking turns between keys (round-robin): however many jobs one key
 * sends, another key's job waits for at most one job of each other waiting key. Each key has a
 * bounded share of the waiting places, so one key cannot fill the queue either.
 */
export class FairQueue {
  private running = 0;
  private waitingCount = 0;
  /** Waiting jobs by key; the map's order is the turn order (a key served goes to the back). */
  private readonly waiting = new Map<string, Waiting[]>();

  constructor(private readonly limits: FairQueueLimits) {}

  /** Runs `job` in the key's turn; rejects with QueueFullError when no place is free. */
  run<T>(key: string, job: () => Promise<T>): Promise<T> {
    const own = this.waiting.get(key);
    if (this.running < this.limits.running && this.waitingCount === 0) return this.start(job);
    if ((own?.length ?? 0) >= this.limits.waitingPerKey) return Promise.reject(new QueueFullError('key', own!.length));
    if (this.waitingCount >= this.limits.waiting) return Promise.reject(new QueueFullError('queue', this.waitingCount));
    return new Promise<T>((resolve, reject) => {
      const entry: Waiting = {
        start: () => {
          this.start(job).then(resolve, reject);
        },
      };
      if (own) own.push(entry);
      else this.waiting.set(key, [entry]);
      this.waitingCount += 1;
    });
  }

  /** Jobs running and waiting now. */
  get size(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waitingCount };
  }

  private start<T>(job: () => Promise<T>): Promise<T> {
    this.running += 1;
    // A job that throws before returning its promise fails like one that rejects.
    return Promise.resolve()
      .then(job)
      .finally(() => {
        this.running -= 1;
        this.next();
      });
  }

  /** Starts the first waiting key's oldest job, and sends that key to the back of the turn. */
  private next(): void {
    while (this.running < this.limits.running && this.waitingCount > 0) {
      const [key, jobs] = this.waiting.entries().next().value as [string, Waiting[]];
      const entry = jobs.shift()!;
      this.waiting.delete(key);
      if (jobs.length > 0) this.waiting.set(key, jobs);
      this.waitingCount -= 1;
      entry.start();
    }
  }
}
