FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY migrations ./migrations
COPY web ./web
# The server and the web app (dist/web), as `npm start` builds them.
RUN npm run build && npm prune --omit=dev

FROM node:22-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
ENV HOST=0.0.0.0
# npm run backup, restore and admin first ask build-if-stale whether the sources changed; the
# image has its build output but no sources, and says so, so that it builds nothing.
ENV RPA_READINESS_PREBUILT=true
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/src/tooling/build-if-stale.mjs ./src/tooling/
# docker-compose.yml mounts its backups volume here; a new volume takes this folder's owner.
RUN mkdir backups && chown node:node backups
USER node
EXPOSE 3000
# No curl in the slim image: node's own fetch asks the server.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=5 CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT ?? 3000}/health`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Migrations run at start; DATABASE_URL must point at the postgres service.
CMD ["node", "dist/src/main.js"]
