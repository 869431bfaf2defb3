// Chooses the PostgreSQL server for the whole run and migrates a template
// database once; every test file then clones its own database from it.
//   DATABASE_URL set              -> that server
//   a container runtime answers   -> testcontainers (PostgreSQL 17)
//   otherwise                     -> embedded PostgreSQL started here
// PSDB_TEST_SERVER=embedded|container forces one of the last two.
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type PostgresServer } from '../../scripts/embedded-postgres.js';
import { migrate } from '../../src/migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
    templateDatabase: string;
    serverDescription: string;
  }
}

async function containerServer(): Promise<PostgresServer | undefined> {
  if (process.env.PSDB_TEST_SERVER === 'embedded') return undefined;
  const { getContainerRuntimeClient } = await import('testcontainers');
  try {
    // Rejects within milliseconds where no runtime exists.
    await getContainerRuntimeClient();
  } catch (error) {
    if (process.env.PSDB_TEST_SERVER === 'container') throw error;
    return undefined;
  }
  const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
  const container = await new PostgreSqlContainer('postgres:17-alpine').start();
  return {
    url: container.getConnectionUri(),
    description: 'testcontainers postgres:17-alpine',
    stop: async () => {
      await container.stop();
    },
  };
}

async function chooseServer(): Promise<PostgresServer> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, description: 'DATABASE_URL', stop: async () => {} };
  return (await containerServer()) ?? startEmbeddedPostgres();
}

export default async function setup(project: TestProject) {
  const server = await chooseServer();
  const template = `psdb_template_${process.pid}_${Date.now()}`;
  const admin = new pg.Client(server.url);
  await admin.connect();
  const version = (await admin.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version;
  const description = `${server.description}, PostgreSQL ${version}`;
  console.log(`tests run on ${description}`);
  await admin.query(`CREATE DATABASE ${template}`);
  const templateUrl = new URL(server.url);
  templateUrl.pathname = `/${template}`;
  await migrate({ databaseUrl: templateUrl.toString() });
  project.provide('serverUrl', server.url);
  project.provide('templateDatabase', template);
  project.provide('serverDescription', description);
  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`).catch(() => {});
    await admin.end();
    await server.stop();
  };
}
