import { Controller, Get, NotFoundException, Param, Res, StreamableFile } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { securityHeaders } from '../web/web-app.route.js';

const require = createRequire(import.meta.url);

function packageFile(packageName: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${packageName}/package.json`)), file);
}

/**
 * The IDE's assets come from npm packages installed with the app, not from a CDN, so the IDE
 * works on an office's closed network.
 */
const ASSETS: Record<string, { file: string; type: string }> = {
  'react.js': { file: packageFile('react', 'umd/react.production.min.js'), type: 'text/javascript' },
  'react-dom.js': {
    file: packageFile('react-dom', 'umd/react-dom.production.min.js'),
    type: 'text/javascript',
  },
  'graphiql.js': { file: packageFile('graphiql', 'graphiql.min.js'), type: 'text/javascript' },
  'graphiql.css': { file: packageFile('graphiql', 'graphiql.min.css'), type: 'text/css' },
};

const EXAMPLE_QUERY = `# 1. Sign in (demo accounts are printed by npm start), run "Login",
# 2. paste the accessToken into the Headers tab below: {"Authorization": "Bearer <accessToken>"}
# 3. run "Processes".
mutation Login {
  login(input: { email: "owner@zielonogrod.example", password: "demo-owner-2026" }) {
    accessToken
    expiresAt
  }
}

query Processes {
  processes(first: 5) {
    totalCount
    edges {
      node {
        name
        category
        status
        steps { position name minutesPerCase inputType automatable }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`;

/**
 * Starts the IDE. A file of its own, not an inline script, so that the page runs under the web
 * app's policy (`script-src 'self'`) unchanged.
 *
 * GraphiQL keeps its tabs, their headers and its history (which records every request's headers,
 * whatever `shouldPersistHeaders` says) in its `storage`: here a Map in this page's memory, since
 * localStorage on this origin is readable by every script of the web app for as long as the
 * browser keeps it. Headers, a bearer token among them, last until the page is closed or reloaded.
 */
const START_SCRIPT = `const memory = new Map();
const storage = {
  getItem: (key) => (memory.has(key) ? memory.get(key) : null),
  setItem: (key, value) => void memory.set(key, String(value)),
  removeItem: (key) => void memory.delete(key),
  clear: () => memory.clear(),
  get length() {
    return memory.size;
  },
};
const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher,
    storage,
    shouldPersistHeaders: false,
    defaultQuery: ${JSON.stringify(EXAMPLE_QUERY)},
    defaultHeaders: '{"Authorization": "Bearer <accessToken>"}',
  }),
);
`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>rpa-readiness GraphiQL</title>
  <link rel="stylesheet" href="/graphiql/assets/graphiql.css" />
  <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
  <div id="graphiql">Loading…</div>
  <script src="/graphiql/assets/react.js"></script>
  <script src="/graphiql/assets/react-dom.js"></script>
  <script src="/graphiql/assets/graphiql.js"></script>
  <script src="/graphiql/assets/start.js"></script>
</body>
</html>`;

/**
 * The web app's security headers; GraphiQL's stylesheet embeds its fonts (Roboto, Fira Code) as
 * data: URLs, which a font cannot run code from.
 */
const SECURITY_HEADERS = securityHeaders({ 'font-src': 'data:' });

/** The IDE's page and files are the same for everyone; every operation it sends is signed in. */
const OPEN = { access: { public: 'the GraphQL IDE (when GRAPHIQL is on): its operations are signed in one by one' } };

@Controller('graphiql')
export class GraphiqlController {
  @Get()
  @RouteConfig(OPEN)
  page(@Res({ passthrough: true }) reply: FastifyReply): string {
    void reply.headers(SECURITY_HEADERS).header('content-type', 'text/html; charset=utf-8');
    return PAGE;
  }

  @Get('assets/:name')
  @RouteConfig(OPEN)
  asset(@Param('name') name: string, @Res({ passthrough: true }) reply: FastifyReply): StreamableFile | string {
    void reply.headers(SECURITY_HEADERS);
    if (name === 'start.js') {
      // Revalidated like the page it belongs to: it changes with the app, not with a package.
      void reply.header('content-type', 'text/javascript').header('cache-control', 'no-cache');
      return START_SCRIPT;
    }
    const asset = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
    if (!asset) throw new NotFoundException();
    void reply.header('content-type', asset.type).header('cache-control', 'public, max-age=86400');
    return new StreamableFile(createReadStream(asset.file));
  }
}
