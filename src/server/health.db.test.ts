import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { readLocalMigrations } from "@/lib/migrations";
import { TcpGate } from "../../tests/support/tcp-gate";
import { readinessProblem } from "./health";

// Readiness against the real, migrated test database: current, behind this build, and unreachable.

const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 1 });
afterAll(() => pool.end());

describe("readiness", () => {
  it("is ready when every migration of prisma/migrations is applied", async () => {
    expect(await readinessProblem(pool, await readLocalMigrations())).toBeNull();
  });

  it("names the migrations the database lacks, or holds in another version", async () => {
    const local = await readLocalMigrations();
    const newer = { name: "29991231000000_nowa", sql: "SELECT 1", checksum: "0".repeat(64) };
    const changed = { ...local[0]!, checksum: "f".repeat(64) };
    const problem = await readinessProblem(pool, [changed, ...local.slice(1), newer]);
    expect(problem).toContain("29991231000000_nowa");
    expect(problem).toContain(local[0]!.name);
  });

  it("says the database is unreachable when it is", async () => {
    const url = new URL(inject("databaseUrl"));
    const gate = await TcpGate.open({ host: url.hostname, port: Number(url.port) });
    await gate.close();
    const away = new pg.Pool({ connectionString: gate.through(url.toString()), max: 1 });
    try {
      expect(await readinessProblem(away, [])).toBe("Baza danych jest nieosiągalna.");
    } finally {
      await away.end();
    }
  });
});
