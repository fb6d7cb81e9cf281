import pg from "pg";
import { requireDatabaseUrl } from "@/lib/env";

/**
 * The PostgreSQL file store's own small pool, kept on globalThis like the Prisma client (the HTTP
 * front and Next's bundle load this module separately). Not through Prisma: its driver adapter
 * turned bytea into 9 MB/s each way (20 MB in two seconds of the site's CPU), where pg sends
 * chunks as binary parameters and reads them as hex (docs/decisions/020-file-stores.md).
 */
const POOL_SIZE = 4;
const CONNECT_TIMEOUT_MS = 5_000;

const globalForPool = globalThis as typeof globalThis & { bdpFilesPool?: pg.Pool };

export function filesPool(): pg.Pool {
  if (!globalForPool.bdpFilesPool) {
    const pool = new pg.Pool({ connectionString: requireDatabaseUrl(), max: POOL_SIZE, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    // An idle connection dropped by the server (a restart) must not crash the site; the pool replaces it.
    pool.on("error", () => {});
    globalForPool.bdpFilesPool = pool;
  }
  return globalForPool.bdpFilesPool;
}

export async function closeFilesPool(): Promise<void> {
  const pool = globalForPool.bdpFilesPool;
  globalForPool.bdpFilesPool = undefined;
  await pool?.end();
}
