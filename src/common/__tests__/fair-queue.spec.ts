import { FairQueue, QueueFullError } from '../fair-queue.js';

/** A job that finishes when told to, recording when it started. */
function controlled(started: string[], name: string): { job: () => Promise<string>; finish: () => void } {
  let finish = () => undefined as void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return {
    job: async () => {
      started.push(name);
      await done;
      return name;
    },
    finish: () => finish(),
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('FairQueue', () => {
  it("takes turns between keys: a key's one job waits for one job of the key that sent many", async () => {
    const queue = new FairQueue({ running: 1, waiting: 100, waitingPerKey: 50 });
    const started: string[] = [];
    const jobs = Array.from({ length: 6 }, (_, i) => controlled(started, `B${i}`));
    const answers = jobs.map(({ job }) => queue.run('B', job));
    const fromA = controlled(started, 'A0');
    const answerA = queue.run('A', fromA.job);
    for (const { finish } of [...jobs.slice(0, 2), fromA, ...jobs.slice(2)]) {
      finish();
      await tick();
    }
    expect(await answerA).toBe('A0');
    expect(await Promise.all(answers)).toEqual(['B0', 'B1', 'B2', 'B3', 'B4', 'B5']);
    // B0 was running when A arrived, B1 was first in line; then A had its turn.
    expect(started).toEqual(['B0', 'B1', 'A0', 'B2', 'B3', 'B4', 'B5']);
  });

  it("refuses beyond a key's share of the waiting places while others still get in", async () => {
    const queue = new FairQueue({ running: 1, waiting: 4, waitingPerKey: 2 });
    const started: string[] = [];
    const running = controlled(started, 'B0');
    const first = queue.run('B', running.job);
    const waitingB = [queue.run('B', () => Promise.resolve('B1')), queue.run('B', () => Promise.resolve('B2'))];
    await expect(queue.run('B', () => Promise.resolve('B3'))).rejects.toEqual(new QueueFullError('key', 2));
    const waitingA = [queue.run('A', () => Promise.resolve('A1')), queue.run('A', () => Promise.resolve('A2'))];
    await expect(queue.run('C', () => Promise.resolve('C1'))).rejects.toEqual(new QueueFullError('queue', 4));
    expect(queue.size).toEqual({ running: 1, waiting: 4 });
    running.finish();
    expect(await Promise.all([first, ...waitingB, ...waitingA])).toEqual(['B0', 'B1', 'B2', 'A1', 'A2']);
    expect(queue.size).toEqual({ running: 0, waiting: 0 });
  });

  it('frees the place of a job that fails, synchronously or not', async () => {
    const queue = new FairQueue({ running: 1, waiting: 2, waitingPerKey: 2 });
    await expect(queue.run('A', () => { throw new Error('at once'); })).rejects.toThrow('at once');
    await expect(queue.run('A', () => Promise.reject(new Error('later')))).rejects.toThrow('later');
    expect(await queue.run('A', () => Promise.resolve('ok'))).toBe('ok');
  });
});
