import { existsSync } from "node:fs";
import pg from "pg";
import { readLocalMigrations } from "@/lib/migrations";
import { isBuildCurrent, sourceFingerprint } from "./build-fingerprint";
import { DATABASE_UNREACHABLE, readinessProblem } from "./health";

// `npm run serve` starts one instance of a release that is already built and whose database is
// already migrated (docs/deploy.md). It does neither itself, so it refuses to start when either is
// missing: one line an operator can act on, rather than a site that answers 503 or 500 later.

const CONNECT_TIMEOUT_MS = 5_000;

/** Why this folder cannot be served against `databaseUrl`, or null when it can. */
export async function servePreflightProblem(databaseUrl: string | undefined): Promise<string | null> {
  if (!databaseUrl) {
    return "DATABASE_URL nie jest ustawiony: `npm run serve` obsługuje istniejącą bazę (do pracy lokalnej: `npm start`).";
  }
  if (!existsSync(".next/BUILD_ID")) return "Brak zbudowanej aplikacji w tym katalogu: najpierw `npm run build`.";
  if (!(await isBuildCurrent(await sourceFingerprint()))) {
    return "Zbudowana aplikacja jest starsza niż źródła w tym katalogu: najpierw `npm run build`.";
  }
  return databaseProblem(databaseUrl);
}

/** Why the database cannot serve this build: unreachable, or missing a migration of it. */
export async function databaseProblem(databaseUrl: string): Promise<string | null> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  pool.on("error", () => undefined); // a refused connection is reported by the query below
  try {
    const problem = await readinessProblem(pool, await readLocalMigrations()).catch(
      // A database never migrated has no `_prisma_migrations` table at all.
      (error: unknown) => `Nie można sprawdzić migracji bazy danych (${error instanceof Error ? error.message : String(error)}).`,
    );
    if (problem === null || problem === DATABASE_UNREACHABLE) return problem;
    return `${problem} Najpierw \`npm run db:migrate\`.`;
  } finally {
    await pool.end();
  }
}
