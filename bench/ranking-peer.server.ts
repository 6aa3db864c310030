import { readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import type { postgraphile as createPostgraphile } from 'postgraphile';
import { reportConnectionErrors } from '../src/database/connection-errors.js';
import { httpLoad } from './http-load.js';
import type { PeerRequest, PeerResponse } from './ranking-peer.js';

/**
 * PostGraphile 4 (CommonJS) with one graphql 15 and one graphile-build. npm cannot hoist them
 * beside our graphql 16, so graphile-build-pg (hoisted) gets copies of its own, and the packages
 * hoisted to the top (graphql-parse-resolve-info, subscriptions-transport-ws) find graphql 16:
 * PostGraphile then refuses its schema ("Cannot use GraphQLList from another module or realm").
 * In this process, which serves nothing else, every other copy's files are given postgraphile's
 * through the module cache (documented: entries may be added or replaced).
 */
function loadPostgraphile(): typeof createPostgraphile {
  const require = createRequire(import.meta.url);
  const fromPostgraphile = createRequire(require.resolve('postgraphile'));
  const fromBuildPg = createRequire(fromPostgraphile.resolve('graphile-build-pg'));
  const share = (shared: string, copies: string[]): void => {
    const sharedDir = path.dirname(shared);
    const files = readdirSync(sharedDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js') && !file.includes('node_modules'));
    for (const copy of new Set(copies.map((file) => path.dirname(file)))) {
      if (copy === sharedDir) continue;
      for (const file of files) {
        fromPostgraphile(path.join(sharedDir, file));
        require.cache[path.join(copy, file)] = require.cache[path.join(sharedDir, file)];
      }
    }
  };
  share(fromPostgraphile.resolve('graphql'), [require.resolve('graphql'), fromBuildPg.resolve('graphql')]);
  share(fromPostgraphile.resolve('graphile-build'), [fromBuildPg.resolve('graphile-build')]);
  return (fromPostgraphile('postgraphile') as { postgraphile: typeof createPostgraphile }).postgraphile;
}

/**
 * The peer's process: PostGraphile over PEER_DATABASE_URL with PEER_SETTINGS put into every
 * request's transaction (its pgSettings: BEGIN, set_config, the query, COMMIT), and the load
 * generator beside it on the same event loop, as the product's server has its own.
 */
async function main(): Promise<void> {
  const send = (message: PeerResponse) => process.send?.(message);
  const pool = new pg.Pool({ connectionString: process.env.PEER_DATABASE_URL, max: Number(process.env.PEER_POOL_SIZE) });
  reportConnectionErrors(pool, () => undefined); // a client still closing when the database stops
  const middleware = loadPostgraphile()(pool, 'public', {
    pgSettings: JSON.parse(process.env.PEER_SETTINGS ?? '{}') as Record<string, string>,
    disableDefaultMutations: true,
    disableQueryLog: true,
    dynamicJson: true,
    retryOnInitFail: false,
    watchPg: false,
  });
  const server = createServer((request, response) => {
    void middleware(request, response); // PostGraphile answers every error itself
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  send({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` });
  process.on('disconnect', () => process.exit(0)); // the bench ended without closing us
  process.on('message', (message: PeerRequest) => {
    if ('load' in message) {
      httpLoad(message.load.target, message.load.seconds).then(
        (load) => send({ load }),
        (error: unknown) => send({ error: String(error) }),
      );
      return;
    }
    server.closeAllConnections();
    server.close(() => void middleware.release().then(() => pool.end()).then(() => process.exit(0)));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
