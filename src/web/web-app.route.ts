import fastifyStatic from '@fastify/static';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The built web app (`dist/web`, from `web/` by Vite): from this file whether it runs compiled
 * (dist/src/web) or from source under jest (src/web).
 */
export function builtWebAppDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const twoUp = path.resolve(here, '../..');
  const projectRoot = path.basename(twoUp) === 'dist' ? path.dirname(twoUp) : twoUp;
  return path.join(projectRoot, 'dist', 'web');
}

/** Content-hashed bundles never change under their name; the page itself is always revalidated. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The app's own code only: no inline script, no third-party origin, and not framed by another
 * site. Inline style is allowed: the chart library (Observable Plot) writes a <style> element
 * into each chart; styles cannot run code.
 */
const CONTENT_SECURITY_POLICY: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data:",
  'connect-src': "'self'",
  'font-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
};

/**
 * The security headers of every page the server sends (the web app's, and the GraphQL IDE's):
 * one policy, which a page may widen by named sources in named directives only (`allow`), so
 * what it adds is visible where it is served.
 */
export function securityHeaders(allow: Record<string, string> = {}): Record<string, string> {
  const policy = Object.entries(CONTENT_SECURITY_POLICY).map(([directive, sources]) => [directive, sources, allow[directive]].filter(Boolean).join(' '));
  return {
    'content-security-policy': policy.join('; '),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
  };
}

const SECURITY_HEADERS = securityHeaders();

/**
 * Serves the web app at `/`: its files, and `index.html` for every other page address
 * (`/processes/<id>`...) so an address survives a reload. Routes of the API (`/graphql`,
 * `/graphiql`, `/health`, `/imports`) are registered exactly and take precedence.
 */
@Injectable()
export class WebAppRoute implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const root = builtWebAppDir();
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    void fastify.register(async (instance) => {
      // Cache headers are ours (below), not the plugin's default max-age=0.
      await instance.register(fastifyStatic, { root, serve: false, cacheControl: false });
      // The web app's pages and files are the same for everyone; all its data needs sign-in.
      const open = { config: { access: { public: 'the web app itself: its data comes through signed-in GraphQL' } } };
      instance.get('/*', open, (request, reply) => this.serve(root, request, reply));
      instance.get('/', open, (request, reply) => this.serve(root, request, reply));
    });
  }

  private async serve(root: string, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    void reply.headers(SECURITY_HEADERS);
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    } catch {
      await reply.code(400).type('text/plain; charset=utf-8').send('The address is not valid (a broken % escape).');
      return;
    }
    if (!existsSync(path.join(root, 'index.html'))) {
      await reply.code(503).type('text/plain; charset=utf-8').send('The web app is not built yet: run "npm start" (it builds it) or "npm run build:web".');
      return;
    }
    // A file of the build (a bundle, an icon): sent as it is; an unknown one is a plain 404.
    if (path.extname(pathname) !== '') {
      const file = path.normalize(pathname).replace(/^([/\\])+/, '');
      if (file.startsWith('..') || !existsSync(path.join(root, file))) {
        await reply.code(404).type('text/plain; charset=utf-8').send(`No file ${pathname} in the web app.`);
        return;
      }
      void reply.header('cache-control', file.startsWith('assets/') ? IMMUTABLE : 'no-cache');
      await reply.sendFile(file);
      return;
    }
    void reply.header('cache-control', 'no-cache');
    await reply.sendFile('index.html');
  }
}
