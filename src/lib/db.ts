import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env, requireDatabaseUrl } from "@/lib/env";

// One client per process; kept on globalThis so Next's dev reloads do not open new pools.
const globalForDb = globalThis as typeof globalThis & { bdpPrisma?: PrismaClient };

function createClient(): PrismaClient {
  const adapter = new PrismaPg({ connectionString: requireDatabaseUrl(), max: env().DATABASE_POOL_SIZE });
  return new PrismaClient({ adapter });
}

export const db: PrismaClient = (globalForDb.bdpPrisma ??= createClient());
