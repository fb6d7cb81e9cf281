import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env, requireDatabaseUrl } from "@/lib/env";
import { registerPool } from "@/lib/pool-registry";
import { trackWork } from "@/lib/render-clock";

// One connection pool per process, kept on globalThis: Next's dev reloads and the HTTP front
// (which loads this module outside Next's bundle) must not open pools of their own.
const globalForDb = globalThis as typeof globalThis & { bdpPrisma?: PrismaClient };

function createClient(): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: requireDatabaseUrl(),
    max: env().DATABASE_POOL_SIZE,
    // PostgreSQL's default random_page_cost (4) prices pages as if read from a spinning disk, and
    // then answers a word found in 15% of practices with a sequential scan of the whole search
    // index instead of its GIN bitmap (60 ms against 13 ms at 100,000 practices). 1.1 is the usual
    // value for SSDs and cached data; see docs/search-performance.md.
    options: "-c random_page_cost=1.1",
    // Without a limit a connection attempt may hang for minutes (TCP's own retries) while the
    // database restarts; a render then fails in seconds and the front answers 503 (decision 016).
    connectionTimeoutMillis: 5_000,
  });
  // The adapter makes a new pool on each (re)connect, e.g. after `disconnectDb` at start-up; the
  // one in use is registered for /metrics.
  const connect = adapter.connect.bind(adapter);
  adapter.connect = async () => {
    const connection = await connect();
    registerPool("prisma", connection.underlyingDriver());
    return connection;
  };
  return new PrismaClient({ adapter });
}

const pooled: PrismaClient = (globalForDb.bdpPrisma ??= createClient());

// Every query is timed into the current page's render clock (see render-clock.ts). The extension
// is applied per module instance so that it uses the React `cache` of the bundle that calls it.
export const db = pooled.$extends({
  query: {
    $allOperations({ args, query }) {
      const result = query(args);
      trackWork(result);
      return result;
    },
  },
});

/** The client inside `db.$transaction(async (tx) => …)`, its query extension included. */
export type DbTransaction = Parameters<Extract<Parameters<typeof db.$transaction>[0], (...args: never[]) => unknown>>[0];

export function disconnectDb(): Promise<void> {
  return pooled.$disconnect();
}
