import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app/create-app.js';
import { loadConfig } from '../../src/config/app-config.js';
import { createMigratedDatabase, type TestDatabase } from './test-database.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors?: {
    message: string;
    path?: (string | number)[];
    extensions: { code: string; fields?: { path: string; message: string }[] };
  }[];
}

export interface TestApp {
  app: NestFastifyApplication;
  dataSource: DataSource;
  database: TestDatabase;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** The real application on its own migrated database, driven through Fastify's inject. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createMigratedDatabase();
  const config = loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test', GRAPHIQL: 'true', ...env, DATABASE_URL: database.url });
  const app = await createApp(config, database.url);
  return {
    app,
    database,
    dataSource: app.get(DataSource),
    async graphql<T>(query: string, variables?: Record<string, unknown>) {
      const response = await app.inject({
        method: 'POST',
        url: '/graphql',
        payload: { query, variables },
      });
      const body = response.json<Omit<GraphQLResponse<T>, 'status'>>();
      return { status: response.statusCode, ...body };
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
