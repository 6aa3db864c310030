import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import type { TenantScope } from '../src/common/tenancy/tenant-scope.js';
import type { HttpTarget, Load } from './http-load.js';

/**
 * The ranking page as PostGraphile exposes candidate_score: the same rows, order and page size
 * as the product's first page, asking only the columns behind the fields the web's ranking
 * screen shows (standard errors for the display figures; the rank is the row's position).
 */
export const PEER_RANKING_QUERY = `query PeerRanking($organizationId: UUID!, $first: Int!) {
  allCandidateScores(condition: { organizationId: $organizationId }, orderBy: [NPV_P50_DESC, PROCESS_ID_DESC], first: $first) {
    nodes { processId processName departmentId quadrant automationPotential easeOfImplementation hoursSavedP50
      npvP10 npvP50 npvP90 probabilityPositiveNpv candidate notCandidateReason standardErrors evidenceGrade warnings explanation }
    pageInfo { hasNextPage endCursor }
  }
}`;

export type PeerRequest = { load: { target: HttpTarget; seconds: number } } | { close: true };
export type PeerResponse = { url: string } | { load: Load } | { error: string };

export interface Peer {
  url: string;
  /** A load of `target` generated inside the peer's process, as the product's is inside its own. */
  load(target: HttpTarget, seconds: number): Promise<Load>;
  close(): Promise<void>;
}

/** PostGraphile 4 in a process of its own (ranking-peer.server.ts), as `appUrl` with the settings of `scope`. */
export async function startPeer(appUrl: string, scope: TenantScope, poolSize: number): Promise<Peer> {
  const child: ChildProcess = fork(path.resolve('dist/bench/ranking-peer.server.js'), {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PEER_DATABASE_URL: appUrl,
      PEER_POOL_SIZE: String(poolSize),
      PEER_SETTINGS: JSON.stringify({
        'app.organization_ids': `{${scope.organizationIds.join(',')}}`,
        'app.user_id': scope.userId ?? '',
        'app.all_organizations': scope.allOrganizations ? 'on' : 'off',
      }),
    },
  });
  const next = () =>
    new Promise<PeerResponse>((resolve, reject) => {
      const exited = (code: number | null) => reject(new Error(`the peer's process exited with ${code}`));
      child.once('exit', exited);
      child.once('message', (message: PeerResponse) => {
        child.off('exit', exited);
        resolve(message);
      });
    });
  const started = await next();
  if (!('url' in started)) throw new Error(`the peer did not start: ${JSON.stringify(started)}`);
  return {
    url: started.url,
    async load(target, seconds) {
      const answer = next();
      child.send({ load: { target, seconds } } satisfies PeerRequest);
      const result = await answer;
      if (!('load' in result)) throw new Error(`the peer's load failed: ${JSON.stringify(result)}`);
      return result.load;
    },
    async close() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ close: true } satisfies PeerRequest);
      await exited;
    },
  };
}
