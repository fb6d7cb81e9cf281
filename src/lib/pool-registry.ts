import type pg from "pg";

// The process's PostgreSQL pools, by name, for /metrics (src/server/metrics.ts). On globalThis:
// Prisma's pool is created inside Next's bundle and the shared cache's by Next's cache handler,
// each with module instances of its own, while the metrics live in the HTTP front.

export type PoolName = "prisma" | "front" | "next-cache";

const POOLS_KEY = Symbol.for("bdp.pgPools");

export function registeredPools(): Map<PoolName, pg.Pool> {
  const holder = globalThis as typeof globalThis & { [POOLS_KEY]?: Map<PoolName, pg.Pool> };
  return (holder[POOLS_KEY] ??= new Map());
}

/** Remembers the pool under its name, replacing an earlier one (a client reconnected after a disconnect). */
export function registerPool(name: PoolName, pool: pg.Pool): void {
  registeredPools().set(name, pool);
}
