import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { databaseProblem, servePreflightProblem } from "./serve-preflight";

// `npm run serve`'s refusals that depend on the database, against the real test database: migrated,
// a database never migrated, and nothing listening.

const admin = new pg.Pool({ connectionString: inject("databaseUrl"), max: 1 });
afterAll(() => admin.end());

describe("npm run serve's preflight", () => {
  it("refuses without DATABASE_URL", async () => {
    expect(await servePreflightProblem(undefined)).toMatch(/^DATABASE_URL nie jest ustawiony/);
  });

  it("accepts the migrated test database", async () => {
    expect(await databaseProblem(inject("databaseUrl"))).toBeNull();
  });

  it("asks for db:migrate on a database never migrated", async () => {
    const name = `bdp_unmigrated_${process.pid}`;
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
    try {
      const url = new URL(inject("databaseUrl"));
      url.pathname = `/${name}`;
      expect(await databaseProblem(url.toString())).toMatch(/Najpierw `npm run db:migrate`\.$/);
    } finally {
      await admin.query(`DROP DATABASE ${name}`);
    }
  });

  it("says the database is unreachable when nothing listens", async () => {
    expect(await databaseProblem("postgresql://127.0.0.1:1/bdp")).toBe("Baza danych jest nieosiągalna.");
  });
});
