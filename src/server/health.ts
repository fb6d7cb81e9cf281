import type { ServerResponse } from "node:http";
import type pg from "pg";
import { isDatabaseUnavailable } from "@/lib/database-unavailable";
import type { LocalMigration } from "@/lib/migrations";
import { notReadyBody, RETRY_AFTER_SECONDS } from "./unavailable";

// Liveness and readiness for whatever runs the site (a load balancer, systemd, Kubernetes):
// `/api/zdrowie` says the process answers, `/api/gotowosc` that it can serve, i.e. its database
// answers and holds every migration of this build. Answered by the front itself: they must not
// depend on Next's cache (which lives in the database), and they are never page views.

export const HEALTH_PATHS = new Set(["/api/zdrowie", "/api/gotowosc"]);

export const DATABASE_UNREACHABLE = "Baza danych jest nieosiągalna.";

type AppliedRow = { migration_name: string; checksum: string };

/** Why the database cannot serve this build, or null when it can. */
export async function readinessProblem(pool: pg.Pool, local: LocalMigration[]): Promise<string | null> {
  let rows: AppliedRow[];
  try {
    ({ rows } = await pool.query<AppliedRow>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    ));
  } catch (error) {
    if (isDatabaseUnavailable(error)) return DATABASE_UNREACHABLE;
    throw error;
  }
  const applied = new Map(rows.map((row) => [row.migration_name, row.checksum]));
  const pending = local.filter((migration) => applied.get(migration.name) !== migration.checksum);
  if (pending.length > 0) return `Baza danych nie ma aktualnych migracji: ${pending.map((migration) => migration.name).join(", ")}.`;
  return null;
}

function json(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": type, "cache-control": "no-store", "content-length": String(Buffer.byteLength(body)), ...headers });
  res.end(body);
}

/** Answers a GET or HEAD of one of HEALTH_PATHS. */
export async function answerHealth(res: ServerResponse, pathname: string, ready: () => Promise<string | null>): Promise<void> {
  if (pathname === "/api/zdrowie") return json(res, 200, "application/json", JSON.stringify({ status: "ok" }));
  const problem = await ready().catch((error: unknown) => `Sprawdzenie bazy danych nie powiodło się: ${error instanceof Error ? error.message : String(error)}`);
  if (problem === null) return json(res, 200, "application/json", JSON.stringify({ status: "ok" }));
  json(res, 503, "application/problem+json", notReadyBody(problem), { "retry-after": String(RETRY_AFTER_SECONDS) });
}
