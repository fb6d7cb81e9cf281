import { startEmbeddedPostgres } from "@/lib/embedded-postgres";
import { env, setProcessEnv } from "@/lib/env";

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
