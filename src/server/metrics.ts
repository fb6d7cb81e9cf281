import type { ServerResponse } from "node:http";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type pg from "pg";
import type { PoolName } from "@/lib/pool-registry";
import type { RouteGroup } from "./route-group";

// What Prometheus reads at /metrics: requests and their latency per route group, views waiting
// for the database, the PostgreSQL pools, and Node's own figures (memory, CPU, event loop, GC).
// A registry of its own, not prom-client's global one: tests make several, and nothing else in the
// process (a dependency) can add series to what we publish.

type Sources = {
  /** Views held in memory until the database takes them (features/visits/recorder.ts). */
  viewsBuffered: () => number;
  pools: () => Map<PoolName, pg.Pool>;
};

export type SiteMetrics = {
  observeRequest(route: RouteGroup, method: string | undefined, status: number, seconds: number): void;
  answer(res: ServerResponse): Promise<void>;
};

/** Latency buckets, in seconds: cached pages answer in milliseconds, renders in tenths, outages in seconds. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Methods outside this set (405s of odd methods) share one label, so a client cannot add series. */
const METHODS = new Set(["GET", "HEAD", "POST"]);

export function createSiteMetrics({ viewsBuffered, pools }: Sources): SiteMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: "bdp_http_requests_total",
    help: "HTTP requests answered, by route group, method and status class.",
    labelNames: ["route", "method", "status"] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: "bdp_http_request_duration_seconds",
    help: "Time from a request's arrival until its response was sent (page views: after their commit), by route group.",
    labelNames: ["route"] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  new Gauge({
    name: "bdp_visits_buffered",
    help: "Page views waiting in memory to be written (grows only while the database is unreachable).",
    registers: [registry],
    collect() {
      this.set(viewsBuffered());
    },
  });
  const poolGauge = (name: string, help: string, read: (pool: pg.Pool) => number) =>
    new Gauge({
      name,
      help,
      labelNames: ["pool"] as const,
      registers: [registry],
      collect() {
        this.reset();
        for (const [pool, instance] of pools()) this.set({ pool }, read(instance));
      },
    });
  poolGauge("bdp_db_pool_connections", "Connections open in a PostgreSQL pool (prisma: pages; front: counting, checks; next-cache: the shared cache).", (pool) => pool.totalCount);
  poolGauge("bdp_db_pool_idle", "Open connections of a pool not in use.", (pool) => pool.idleCount);
  poolGauge("bdp_db_pool_waiting", "Queries waiting for a connection of a pool.", (pool) => pool.waitingCount);

  return {
    observeRequest(route, method, status, seconds) {
      requests.inc({ route, method: method && METHODS.has(method) ? method : "other", status: `${Math.floor(status / 100)}xx` });
      latency.observe({ route }, seconds);
    },
    async answer(res) {
      const body = await registry.metrics();
      res.writeHead(200, { "content-type": registry.contentType, "cache-control": "no-store", "content-length": String(Buffer.byteLength(body)) });
      res.end(body);
    },
  };
}
