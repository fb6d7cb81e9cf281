import { createHash, randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { MIGRATIONS_DIR, MigrationError, migrate, readLocalMigrations } from "./migrations";

// The runner is exercised against a throwaway database per test (on the test server, next to
// bdp_test), with small migrations written to a temporary folder, so every scenario — including
// the broken ones — starts from nothing and leaves nothing behind.

type MigrationRow = {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  started_at: Date;
  applied_steps_count: number;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function sha256(content: Buffer | string): string {
  return createHash("sha256").update(content).digest("hex");
}

/** The injected test database's URL with another database name. */
function urlFor(database: string): string {
  const url = new URL(inject("databaseUrl"));
  url.pathname = `/${database}`;
  return url.toString();
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

let database: string;
let url: string;
let dir: string;

beforeEach(async () => {
  database = `bdp_migrations_${randomBytes(6).toString("hex")}`;
  url = urlFor(database);
  await withClient(urlFor("postgres"), (admin) => admin.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`));
  dir = await mkdtemp(path.join(os.tmpdir(), "bdp-migrations-"));
});

afterEach(async () => {
  // FORCE: a test that failed half-way may still hold a connection.
  await withClient(urlFor("postgres"), (admin) =>
    admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(database)} WITH (FORCE)`),
  );
  await rm(dir, { recursive: true, force: true });
});

async function writeMigration(name: string, sql: string): Promise<void> {
  await mkdir(path.join(dir, name), { recursive: true });
  await writeFile(path.join(dir, name, "migration.sql"), sql);
}

async function query<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
  return withClient(url, async (client) => (await client.query<T>(sql, values)).rows);
}

async function appliedRows(): Promise<MigrationRow[]> {
  return query<MigrationRow>(`SELECT * FROM "_prisma_migrations" ORDER BY started_at, migration_name`);
}

async function tableExists(table: string): Promise<boolean> {
  const [row] = await query<{ exists: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS exists`, [table]);
  return row?.exists ?? false;
}

/** Runs `migrate` expecting it to refuse; returns the error for closer inspection. */
async function migrateFailure(): Promise<MigrationError> {
  const error = await migrate(url, dir).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(MigrationError);
  return error as MigrationError;
}

describe("migrate", () => {
  it("applies pending migrations in name order and records them as prisma migrate deploy does", async () => {
    // Written out of order, so only sorting by name makes the second one find its table.
    await writeMigration("20260101000002_add_colour", `ALTER TABLE "widget" ADD COLUMN "colour" TEXT;\n`);
    await writeMigration("20260101000001_create_widget", `-- Zażółć gęślą jaźń\nCREATE TABLE "widget" ("id" INTEGER PRIMARY KEY);\n`);
    // Not migrations: the lock file, and a folder without migration.sql.
    await writeFile(path.join(dir, "migration_lock.toml"), `provider = "postgresql"\n`);
    await mkdir(path.join(dir, "20260101000003_unfinished_draft"));

    const applied = await migrate(url, dir);

    expect(applied).toEqual(["20260101000001_create_widget", "20260101000002_add_colour"]);
    expect(await query(`SELECT "id", "colour" FROM "widget"`)).toEqual([]);
    const rows = await appliedRows();
    expect(rows.map((row) => row.migration_name)).toEqual(applied);
    for (const row of rows) {
      // Prisma's checksum is the SHA-256 of the file's bytes (here with non-ASCII text in it).
      const bytes = await readFile(path.join(dir, row.migration_name, "migration.sql"));
      expect(row).toMatchObject({ checksum: sha256(bytes), logs: null, rolled_back_at: null, applied_steps_count: 1 });
      expect(row.id).toMatch(UUID);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
    }
  });

  it("creates _prisma_migrations with Prisma's columns, so prisma migrate can take over", async () => {
    await migrate(url, dir);

    const columns = await query(
      `SELECT column_name, data_type, character_maximum_length AS length, is_nullable
         FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    expect(columns).toEqual([
      { column_name: "id", data_type: "character varying", length: 36, is_nullable: "NO" },
      { column_name: "checksum", data_type: "character varying", length: 64, is_nullable: "NO" },
      { column_name: "finished_at", data_type: "timestamp with time zone", length: null, is_nullable: "YES" },
      { column_name: "migration_name", data_type: "character varying", length: 255, is_nullable: "NO" },
      { column_name: "logs", data_type: "text", length: null, is_nullable: "YES" },
      { column_name: "rolled_back_at", data_type: "timestamp with time zone", length: null, is_nullable: "YES" },
      { column_name: "started_at", data_type: "timestamp with time zone", length: null, is_nullable: "NO" },
      { column_name: "applied_steps_count", data_type: "integer", length: null, is_nullable: "NO" },
    ]);
  });

  it("applies nothing when everything is applied, and only what is new afterwards", async () => {
    await writeMigration("20260101000001_create_widget", `CREATE TABLE "widget" ("id" INTEGER PRIMARY KEY);`);
    await migrate(url, dir);
    const before = await appliedRows();

    expect(await migrate(url, dir)).toEqual([]);
    expect(await appliedRows()).toEqual(before);

    await writeMigration("20260101000002_add_colour", `ALTER TABLE "widget" ADD COLUMN "colour" TEXT;`);
    expect(await migrate(url, dir)).toEqual(["20260101000002_add_colour"]);
    expect((await appliedRows()).map((row) => row.migration_name)).toEqual([
      "20260101000001_create_widget",
      "20260101000002_add_colour",
    ]);
  });

  it("rolls a failing migration back entirely, keeps the ones before it, and can retry it once fixed", async () => {
    await writeMigration("20260101000001_create_widget", `CREATE TABLE "widget" ("id" INTEGER PRIMARY KEY);`);
    // Its first statements succeed; the last one fails.
    const broken = `CREATE TABLE "gadget" ("id" INTEGER PRIMARY KEY);
ALTER TABLE "widget" ADD COLUMN "colour" TEXT;
INSERT INTO "gadget" VALUES (1);
SELECT 1 / 0;`;
    await writeMigration("20260101000002_broken", broken);
    await writeMigration("20260101000003_after", `CREATE TABLE "gizmo" ("id" INTEGER PRIMARY KEY);`);

    const error = await migrateFailure();

    expect(error.message).toContain("20260101000002_broken");
    expect(error.message).toContain("division by zero");
    // Each migration has its own transaction: the first stays, nothing of the broken one remains,
    // and the run stops there.
    expect(await tableExists("widget")).toBe(true);
    expect(await query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'widget' AND column_name = 'colour'`)).toEqual([]);
    expect(await tableExists("gadget")).toBe(false);
    expect(await tableExists("gizmo")).toBe(false);
    // Its bookkeeping row was inside the rolled-back transaction too, so it is not recorded at all
    // (not even as failed), and fixing the file is all a retry needs.
    expect((await appliedRows()).map((row) => row.migration_name)).toEqual(["20260101000001_create_widget"]);

    await writeMigration("20260101000002_broken", broken.replace("SELECT 1 / 0;", "SELECT 1;"));
    expect(await migrate(url, dir)).toEqual(["20260101000002_broken", "20260101000003_after"]);
    expect(await query(`SELECT "id" FROM "gadget"`)).toEqual([{ id: 1 }]);
  });

  it("refuses to run when an applied migration was modified, before applying anything", async () => {
    await writeMigration("20260101000001_create_widget", `CREATE TABLE "widget" ("id" INTEGER PRIMARY KEY);`);
    await migrate(url, dir);
    await writeMigration("20260101000001_create_widget", `CREATE TABLE "widget" ("id" BIGINT PRIMARY KEY);`);
    await writeMigration("20260101000002_add_colour", `ALTER TABLE "widget" ADD COLUMN "colour" TEXT;`);

    const error = await migrateFailure();

    expect(error.message).toMatch(/20260101000001_create_widget was modified after it was applied/);
    expect((await appliedRows()).map((row) => row.migration_name)).toEqual(["20260101000001_create_widget"]);
  });

  it("refuses to run when an applied migration is missing from the folder", async () => {
    await writeMigration("20260101000001_create_widget", `CREATE TABLE "widget" ("id" INTEGER PRIMARY KEY);`);
    await writeMigration("20260101000002_add_colour", `ALTER TABLE "widget" ADD COLUMN "colour" TEXT;`);
    await migrate(url, dir);
    await rm(path.join(dir, "20260101000001_create_widget"), { recursive: true });

    const error = await migrateFailure();

    expect(error.message).toMatch(/20260101000001_create_widget is applied but missing/);
  });

  it("refuses to run after a migration that never finished, until it is marked rolled back", async () => {
    await migrate(url, dir); // nothing to apply yet: this only creates _prisma_migrations
    await writeMigration("20260101000001_create_widget", `CREATE TABLE "widget" ("id" INTEGER PRIMARY KEY);`);
    // The row `prisma migrate deploy` leaves behind when a migration fails half-way.
    const checksum = sha256(await readFile(path.join(dir, "20260101000001_create_widget", "migration.sql")));
    await query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, logs, started_at, applied_steps_count)
       VALUES (gen_random_uuid(), $1, '20260101000001_create_widget', 'boom', now(), 0)`,
      [checksum],
    );

    const error = await migrateFailure();
    expect(error.message).toMatch(/20260101000001_create_widget started but never finished/);
    expect(await tableExists("widget")).toBe(false);

    // `prisma migrate resolve --rolled-back` sets rolled_back_at; the migration is then pending again.
    await query(`UPDATE "_prisma_migrations" SET rolled_back_at = now()`);
    expect(await migrate(url, dir)).toEqual(["20260101000001_create_widget"]);
    expect(await tableExists("widget")).toBe(true);
  });

  it("applies each migration once when several runs race (advisory lock)", async () => {
    // The sleep keeps the first run inside its migration while the others arrive; without the
    // lock they would apply it too, and CREATE TABLE or the primary key would fail.
    await writeMigration(
      "20260101000001_create_counter",
      `SELECT pg_sleep(0.5);\nCREATE TABLE "counter" ("n" INTEGER PRIMARY KEY);\nINSERT INTO "counter" VALUES (1);`,
    );
    await writeMigration("20260101000002_count", `INSERT INTO "counter" VALUES (2);`);

    const results = await Promise.all([migrate(url, dir), migrate(url, dir), migrate(url, dir)]);

    expect(results.map((applied) => applied.length).sort()).toEqual([0, 0, 2]);
    expect(await query(`SELECT "n" FROM "counter" ORDER BY "n"`)).toEqual([{ n: 1 }, { n: 2 }]);
    expect((await appliedRows()).map((row) => row.migration_name)).toEqual([
      "20260101000001_create_counter",
      "20260101000002_count",
    ]);
  });
});

describe("the project's migrations", () => {
  it("are named <14-digit timestamp>_<snake_case> and read with the checksum of their bytes", async () => {
    const local = await readLocalMigrations();

    expect(local.length).toBeGreaterThan(0);
    for (const migration of local) {
      expect(migration.name).toMatch(/^\d{14}_[a-z0-9_]+$/);
      const bytes = await readFile(path.join(MIGRATIONS_DIR, migration.name, "migration.sql"));
      expect(migration.checksum, migration.name).toBe(sha256(bytes));
    }
  });

  it("are locked to PostgreSQL", async () => {
    const lock = await readFile(path.join(MIGRATIONS_DIR, "migration_lock.toml"), "utf8");
    expect(lock).toMatch(/^provider\s*=\s*"postgresql"\s*$/m);
  });

  it("are exactly what the test database has applied", async () => {
    const local = await readLocalMigrations();
    const applied = await withClient(inject("databaseUrl"), async (client) => {
      const { rows } = await client.query<{ migration_name: string; checksum: string }>(
        `SELECT migration_name, checksum FROM "_prisma_migrations"
          WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      );
      return rows;
    });
    expect(applied).toEqual(local.map(({ name, checksum }) => ({ migration_name: name, checksum })));
  });
});
