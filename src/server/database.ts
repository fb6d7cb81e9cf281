import { readFile } from "node:fs/promises";
import path from "node:path";
import { embeddedUrl, startEmbeddedPostgres } from "@/lib/embedded-postgres";
import { env, setProcessEnv } from "@/lib/env";
import { isProcessAlive } from "@/lib/process-alive";

export type ProvidedDatabase = { url: string; embedded: boolean; stop(): Promise<void> };

/**
 * The database of this process: DATABASE_URL when set, otherwise an embedded PostgreSQL in
 * EMBEDDED_PG_DIR, whose URL is then put into DATABASE_URL for the code that follows.
 */
export async function provideDatabase(database: string, log: (line: string) => void): Promise<ProvidedDatabase> {
  const configured = env().DATABASE_URL;
  if (configured) return { url: configured, embedded: false, stop: async () => {} };
  const embedded = await startEmbeddedPostgres({ dataDir: env().EMBEDDED_PG_DIR, database, log });
  setProcessEnv("DATABASE_URL", embedded.url);
  log(`Embedded PostgreSQL is running (${env().EMBEDDED_PG_DIR}).`);
  return { url: embedded.url, embedded: true, stop: embedded.stop };
}

/**
 * For command-line tools (`npm run user:create`): when a site started by `npm start` is running
 * from this folder, its embedded PostgreSQL is used as it is (starting another one on the same
 * files would shut the site's down); otherwise the same as provideDatabase.
 */
export async function provideToolDatabase(database: string, log: (line: string) => void): Promise<ProvidedDatabase> {
  if (env().DATABASE_URL) return provideDatabase(database, log);
  const dataDir = env().EMBEDDED_PG_DIR;
  const sitePid = Number((await readFile(`${dataDir}.pid`, "utf8").catch(() => "")).trim());
  const postmaster = (await readFile(path.join(dataDir, "postmaster.pid"), "utf8").catch(() => "")).split("\n");
  const port = Number(postmaster[3]);
  if (Number.isInteger(sitePid) && sitePid > 0 && isProcessAlive(sitePid) && Number.isInteger(port) && port > 0) {
    const url = embeddedUrl(port, database);
    setProcessEnv("DATABASE_URL", url);
    log(`Using the embedded PostgreSQL of the running site (${dataDir}).`);
    return { url, embedded: true, stop: async () => {} };
  }
  return provideDatabase(database, log);
}
