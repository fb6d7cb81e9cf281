import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import pg from "pg";
import { createVisitStore } from "../../src/features/visits/mutations";
import { VisitRecorder, type PageView } from "../../src/features/visits/recorder";
import { db } from "../../src/lib/db";
import { TcpGate } from "../support/tcp-gate";
import { resetDatabase } from "./reset";

// The visit counter while the database cannot be reached: the recorder talks to the real
// PostgreSQL through a TCP gate that is closed (connections refused, open ones cut) and opened again.

let gate: TcpGate;
let pool: pg.Pool;
let lines: string[];

beforeAll(async () => {
  await resetDatabase();
  const url = new URL(inject("databaseUrl"));
  gate = await TcpGate.open({ host: url.hostname, port: Number(url.port) });
  pool = new pg.Pool({ connectionString: gate.through(url.toString()), max: 2, connectionTimeoutMillis: 2_000 });
  pool.on("error", () => {}); // idle connections cut by the gate
});

afterAll(async () => {
  await gate.reopen();
  await pool.end();
  await gate.close();
});

function recorder(maxBuffered?: number): VisitRecorder {
  lines = [];
  return new VisitRecorder(createVisitStore(pool), { log: (line) => lines.push(line), maxBuffered });
}

let visitor = 0;
function view(): PageView {
  visitor += 1;
  return { at: new Date(), ip: `10.0.${Math.floor(visitor / 250)}.${visitor % 250}`, userAgent: "Mozilla/5.0 test", practiceSlug: null };
}

async function totalViews(): Promise<number> {
  const [row] = await db.$queryRaw<{ views: number }[]>`SELECT coalesce(sum(page_views), 0)::int AS views FROM daily_visits`;
  return row!.views;
}

describe("views while the database is unreachable", () => {
  it("keeps them in memory, lets the pages go, and writes every one when the database returns", async () => {
    const visits = recorder();
    const before = await totalViews();
    await visits.record(view());
    await gate.close();
    const started = Date.now();
    await Promise.all(Array.from({ length: 200 }, () => visits.record(view())));
    // Resolved once kept, not after the outage: no page waits for the database.
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(visits.buffered).toBe(200);
    expect(await totalViews()).toBe(before + 1);
    await gate.reopen();
    await visits.idle();
    expect(visits.buffered).toBe(0);
    expect(await totalViews()).toBe(before + 201);
    expect(lines.some((line) => line.includes("database unreachable"))).toBe(true);
    expect(lines.some((line) => line.includes("database back") && line.includes("0 dropped"))).toBe(true);
  });

  it("keeps at most its bound, drops the oldest past it and says how many", async () => {
    const visits = recorder(50);
    const before = await totalViews();
    await gate.close();
    await visits.record(view()); // fails, and the recorder knows the database is away
    await Promise.all(Array.from({ length: 79 }, () => visits.record(view())));
    expect(visits.buffered).toBe(50);
    await gate.reopen();
    await visits.idle();
    expect(await totalViews()).toBe(before + 50);
    expect(lines.some((line) => line.includes("dropping the oldest"))).toBe(true);
    expect(lines.some((line) => line.includes("30 dropped"))).toBe(true);
  });

  it("on shutdown, gives up after its timeout and reports the views it could not write", async () => {
    const visits = recorder();
    await gate.close();
    await Promise.all(Array.from({ length: 10 }, () => visits.record(view())));
    expect(await visits.flush(1_000)).toBe(10);
    expect(lines.some((line) => line.includes("10 views could not be written"))).toBe(true);
    await gate.reopen();
  });
});
