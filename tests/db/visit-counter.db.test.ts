import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { inject } from "vitest";
import { createVisitStore } from "../../src/features/visits/mutations";
import { VisitRecorder } from "../../src/features/visits/recorder";
import { db } from "../../src/lib/db";
import { countViewOnEnd } from "../../src/server/count-views";
import { resetDatabase } from "./reset";
import { createTestPractice } from "../factories";

// The counting path of the real HTTP front (count-views.ts + VisitRecorder + PostgreSQL), behind
// a page handler that stands in for Next: real sockets, real transactions, real concurrency.

const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0 Safari/537.36";
let server: Server;
let baseUrl: string;
let recorder: VisitRecorder;
let pool: pg.Pool;

beforeAll(async () => {
  await resetDatabase();
  pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 3 });
  recorder = new VisitRecorder(createVisitStore(pool));
  server = createServer((req, res) => {
    const pathname = new URL(req.url ?? "/", "http://localhost").pathname;
    countViewOnEnd(req, res, pathname, { recorder, onError: (error) => { throw error; } });
    if (pathname === "/strumien") {
      // A page streamed the way Next streams a fresh render: headers flushed, chunks, end later.
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.flushHeaders();
      res.write("<!doctype html>");
      setTimeout(() => res.end("<title>strumień</title>"), 200);
      return;
    }
    if (pathname.startsWith("/opakowana")) {
      // A wrapper installed after the front's and writing through it, as Next's compression is.
      const [innerWrite, innerEnd] = [res.write, res.end] as ((...args: unknown[]) => unknown)[];
      res.write = ((chunk: string) => innerWrite!.call(res, chunk.toUpperCase())) as typeof res.write;
      res.end = ((chunk: string) => {
        innerWrite!.call(res, chunk.toUpperCase());
        return innerEnd!.call(res);
      }) as typeof res.end;
      res.setHeader("content-type", pathname.endsWith("-strona") ? "text/html; charset=utf-8" : "application/json");
      res.write("a");
      res.write("b");
      res.end("c");
      return;
    }
    const isPage = !pathname.startsWith("/_next") && !pathname.includes("nie-ma");
    // Headers set the way Next sets them (setHeader), which is what the front inspects.
    res.statusCode = isPage ? 200 : 404;
    res.setHeader("content-type", isPage ? "text/html; charset=utf-8" : "text/plain");
    res.end(isPage ? "<!doctype html><title>strona</title>" : "nie ma");
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.close();
  await recorder.idle();
  await pool.end();
});

async function totals() {
  const [row] = await db.$queryRaw<{ views: number; visitors: number }[]>`
    SELECT coalesce(sum(page_views), 0)::int AS views, coalesce(sum(unique_visitors), 0)::int AS visitors FROM daily_visits`;
  return row!;
}

function get(path: string, headers: Record<string, string> = {}, method = "GET") {
  return fetch(`${baseUrl}${path}`, { method, headers: { "user-agent": BROWSER, accept: "text/html", ...headers } });
}

describe("visit counter over HTTP", () => {
  it("counts 1,000 concurrent page views exactly, each durable by the time its response arrives", async () => {
    const practice = await createTestPractice({ status: "PUBLISHED" });
    const before = await totals();
    const responses = await Promise.all(
      Array.from({ length: 1_000 }, (_, i) =>
        get(i % 4 === 0 ? `/praktyki/${practice.slug}` : "/", { "user-agent": `${BROWSER} visitor/${i % 250}` }),
      ),
    );
    expect(responses.every((response) => response.status === 200)).toBe(true);
    // No waiting for the recorder: every response already stands for a committed view.
    const after = await totals();
    expect(after.views - before.views).toBe(1_000);
    expect(after.visitors - before.visitors).toBe(250);
    const { viewCount } = await db.practice.findUniqueOrThrow({ where: { id: practice.id } });
    expect(viewCount).toBe(250);
  });

  it("sends nothing of a streamed page, not even its headers, before its view is committed", async () => {
    const before = await totals();
    const response = await get("/strumien");
    // Headers have arrived: the view is already stored (so a proxy may retry a request that got nothing).
    expect((await totals()).views - before.views).toBe(1);
    expect(await response.text()).toBe("<!doctype html><title>strumień</title>");
  });

  it("keeps a wrapper installed after its own (Next's compression) on every chunk, of a page or not", async () => {
    expect(await (await get("/opakowana-strona")).text()).toBe("ABC");
    expect(await (await get("/opakowana-odpowiedz")).text()).toBe("ABC");
  });

  it("does not count bots, HEAD requests, prefetches, assets, API calls or missing pages", async () => {
    const before = await totals();
    await Promise.all([
      get("/", { "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" }),
      get("/", { "user-agent": "" }),
      get("/", {}, "HEAD"),
      get("/", { purpose: "prefetch" }),
      get("/", { "sec-purpose": "prefetch;prerender" }),
      get("/", { "next-router-prefetch": "1" }),
      get("/_next/static/chunks/app.js"),
      get("/favicon.ico"),
      get("/api/praktyki"),
      get("/praktyki/nie-ma"),
    ]);
    expect(await totals()).toEqual(before);
  });

  it("keeps one visitor's repeated views as one unique visitor of the day", async () => {
    const before = await totals();
    for (let i = 0; i < 3; i++) await get("/", { "user-agent": `${BROWSER} returning` });
    const after = await totals();
    expect(after.views - before.views).toBe(3);
    expect(after.visitors - before.visitors).toBe(1);
  });

  it("stores no address or user agent, only salted hashes of today", async () => {
    const rows = await db.dailyVisitor.findMany({ take: 5 });
    for (const row of rows) expect(row.visitorHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await db.visitorSalt.count()).toBe(1);
  });
});
