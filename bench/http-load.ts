import autocannon from 'autocannon';

/** One POST that a load repeats. */
export interface HttpTarget {
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface Load {
  requestsPerSecond: number;
  p50: number;
  p99: number;
}

/** Concurrent callers at the most this many at a time, as the ranking's benchmarks have always measured. */
export const CONNECTIONS = 20;

/**
 * `target` repeated by CONNECTIONS callers for `seconds`, from this process (as measured best:
 * autocannon in a worker thread competed for the same two cores and lowered the server's rate).
 */
export async function httpLoad(target: HttpTarget, seconds: number): Promise<Load> {
  const result = await autocannon({ ...target, method: 'POST', connections: CONNECTIONS, duration: seconds });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${target.url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}
