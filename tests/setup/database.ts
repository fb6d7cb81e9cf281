import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../src/lib/embedded-postgres";
import { parseEnv } from "../../src/lib/env";
import { migrate } from "../../src/lib/migrations";

// Database tests get a freshly created, migrated database: the embedded cluster in
// .data/test-postgres, or the server of DATABASE_URL when set, which must be local.

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

const TEST_DATABASE = "bdp_test";
let embedded: EmbeddedDatabase | undefined;

function assertLocal(url: string): void {
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host)) {
    throw new Error(`Refusing to run database tests against ${host}: they drop and recreate their database.`);
  }
}

async function recreate(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(database)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

export async function setup(project: TestProject): Promise<void> {
  const configured = parseEnv().DATABASE_URL;
  let adminUrl: string;
  let testUrl: string;
  if (configured) {
    assertLocal(configured);
    adminUrl = configured;
    const url = new URL(configured);
    url.pathname = `/${TEST_DATABASE}`;
    testUrl = url.toString();
  } else {
    embedded = await startEmbeddedPostgres({ dataDir: ".data/test-postgres", database: "postgres" });
    adminUrl = embedded.urlFor("postgres");
    testUrl = embedded.urlFor(TEST_DATABASE);
  }
  await recreate(adminUrl, TEST_DATABASE);
  await migrate(testUrl);
  project.provide("databaseUrl", testUrl);
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
}
