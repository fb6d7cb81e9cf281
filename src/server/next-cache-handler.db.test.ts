import pg from "pg";
import { afterAll, beforeEach, describe, expect, inject, it, vi } from "vitest";
import { TcpGate } from "../../tests/support/tcp-gate";
import { createCacheStore, parseValue, stringifyValue } from "./next-cache-handler.mjs";

// The shared Next cache on the test database: two stores on one database stand for two instances.

const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 2 });
const BUILD = "test-build";
const page = (html: string, tags = "_N_T_/layout,catalogue") => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from(`rsc of ${html}`),
  segmentData: new Map([["/_tree", Buffer.from("tree")]]),
  headers: { "x-next-cache-tags": tags },
  status: 200,
  postponed: undefined,
});

beforeEach(async () => {
  await pool.query("TRUNCATE next_cache_entry, next_cache_tag");
});
afterAll(async () => {
  await pool.end();
});

describe("shared Next cache", () => {
  it("gives back a page as it was stored, buffers and maps included", async () => {
    const store = createCacheStore({ pool, buildId: BUILD });
    expect(await store.get("/o-banku")).toBeNull();
    await store.set("/o-banku", page("<p>O banku</p>"), { cacheControl: { revalidate: 3600 } });
    const entry = await store.get("/o-banku");
    const value = entry?.value as ReturnType<typeof page>;
    expect(value.html).toBe("<p>O banku</p>");
    expect(Buffer.isBuffer(value.rscData)).toBe(true);
    expect(value.rscData.toString()).toBe("rsc of <p>O banku</p>");
    expect(value.segmentData.get("/_tree")?.toString()).toBe("tree");
    expect(entry?.cacheControl).toEqual({ revalidate: 3600 });
  });

  it("answers a miss on every instance once a tag of the page, or a soft tag of the data, is revalidated", async () => {
    const first = createCacheStore({ pool, buildId: BUILD });
    const second = createCacheStore({ pool, buildId: BUILD });
    await first.get("/");
    await first.set("/", page("<p>stara</p>"));
    await first.get("tree");
    await first.set("tree", { kind: "FETCH", data: { body: "[]" }, revalidate: 3600 }, { tags: ["catalogue"] });
    expect(await second.get("/")).not.toBeNull();

    await second.revalidateTag(["catalogue"]);
    expect(await first.get("/")).toBeNull();
    expect(await second.get("tree")).toBeNull();

    await first.set("tree", { kind: "FETCH", data: { body: "[1]" }, revalidate: 3600 }, { tags: ["catalogue"] });
    expect(await second.get("tree", { softTags: ["_N_T_/kategorie/layout"] })).not.toBeNull();
    await first.revalidateTag("_N_T_/kategorie/layout");
    expect(await second.get("tree", { softTags: ["_N_T_/kategorie/layout"] })).toBeNull();
  });

  it("stores a render that began before a revalidation as stale, and the next render as fresh", async () => {
    const store = createCacheStore({ pool, buildId: BUILD });
    expect(await store.get("/")).toBeNull(); // the render begins, reading the old data…
    await store.revalidateTag("catalogue"); // …an editor saves…
    await store.set("/", page("<p>przed zapisem</p>")); // …and the old page is stored after the save
    expect(await store.get("/")).toBeNull();
    await store.set("/", page("<p>po zapisie</p>"));
    expect((await store.get("/"))?.value).toMatchObject({ html: "<p>po zapisie</p>" });
  });

  it("stamps renders that finish out of order with the oldest start among those in flight", async () => {
    const store = createCacheStore({ pool, buildId: BUILD });
    await store.get("/"); // render A begins
    await store.revalidateTag("catalogue");
    await store.get("/"); // render B begins after the save
    await store.set("/", page("<p>B</p>")); // B finishes first: stamped with A's start, stale
    expect(await store.get("/")).toBeNull(); // render C begins
    await store.set("/", page("<p>A</p>")); // A, rendered from old data, must not count as fresh
    expect(await store.get("/")).toBeNull();
  });

  it("serves its own copy while it is current, and another instance's newer entry once stored", async () => {
    const first = createCacheStore({ pool, buildId: BUILD });
    const second = createCacheStore({ pool, buildId: BUILD });
    await first.get("/");
    await first.set("/", page("<p>pierwsza</p>"));
    const read = await second.get("/");
    expect((await second.get("/"))?.value).toBe(read?.value); // the same parsed copy, not read again
    await second.get("/praktyki");
    await first.get("/");
    await pool.query("UPDATE next_cache_entry SET last_modified = last_modified - 1"); // (distinct stamps within one millisecond)
    await first.set("/", page("<p>druga</p>"));
    expect((await second.get("/"))?.value).toMatchObject({ html: "<p>druga</p>" });
  });

  it("keeps the entries of each build apart and forgets old builds", async () => {
    const old = createCacheStore({ pool, buildId: "old-build" });
    await old.set("/", page("<p>stara wersja</p>"));
    const current = createCacheStore({ pool, buildId: BUILD });
    expect(await current.get("/")).toBeNull();
    await pool.query("UPDATE next_cache_entry SET stored_at = stored_at - interval '2 hours'");
    await current.deleteOldBuilds();
    expect((await pool.query("SELECT count(*)::int AS n FROM next_cache_entry")).rows[0].n).toBe(0);
  });

  it("keeps at most the bound of cached searches, the newest, and drops the stale ones", async () => {
    const store = createCacheStore({ pool, buildId: BUILD, searchViews: { kept: 3, sweepIntervalMs: 0 } });
    await store.set("/o-banku", page("<p>O banku</p>"));
    for (const n of [1, 2, 3, 4, 5]) {
      await store.get(`/szukaj/widok/z${n}`);
      await store.set(`/szukaj/widok/z${n}`, page(`<p>${n}</p>`));
    }
    const keys = async () => (await pool.query("SELECT key FROM next_cache_entry ORDER BY key")).rows.map((row) => row.key);
    expect(await keys()).toEqual(["/o-banku", "/szukaj/widok/z3", "/szukaj/widok/z4", "/szukaj/widok/z5"]);

    await store.revalidateTag("catalogue");
    await store.get("/szukaj/widok/z6");
    await store.set("/szukaj/widok/z6", page("<p>6</p>", "visit-figures"));
    // Stale searches go at once; other pages are never swept.
    expect(await keys()).toEqual(["/o-banku", "/szukaj/widok/z6"]);
  });

  it("round-trips values without binary parts unchanged", () => {
    const value = { kind: "FETCH", data: { headers: {}, body: '{"a":1}', status: 200, url: "" }, revalidate: 60 };
    expect(parseValue(stringifyValue(value))).toEqual(value);
  });
});

describe("shared Next cache while the database is unreachable", () => {
  it("serves this instance's copies, misses the rest, and checks with the database again once it answers", async () => {
    const url = new URL(inject("databaseUrl"));
    const gate = await TcpGate.open({ host: url.hostname, port: Number(url.port) });
    const gated = new pg.Pool({ connectionString: gate.through(url.toString()), max: 1 });
    gated.on("error", () => {});
    const warnings: string[] = [];
    const warn = vi.spyOn(console, "warn").mockImplementation((line: string) => void warnings.push(line));
    try {
      const store = createCacheStore({ pool: gated, buildId: BUILD });
      await store.get("/o-banku");
      await store.set("/o-banku", page("<p>O banku</p>"));
      await gate.close();
      // Rendered and stored here, never read back: served from the copy kept at the write.
      expect(((await store.get("/o-banku"))?.value as ReturnType<typeof page>).html).toBe("<p>O banku</p>");
      expect(await store.get("/nigdy-nieczytana")).toBeNull();
      await gate.reopen();
      await pool.query("UPDATE next_cache_entry SET value = $1, last_modified = last_modified + 1", [stringifyValue(page("<p>nowa</p>"))]);
      expect(((await store.get("/o-banku"))?.value as ReturnType<typeof page>).html).toBe("<p>nowa</p>");
      expect(warnings).toHaveLength(2); // one when reads fail, one when they answer again
    } finally {
      warn.mockRestore();
      await gated.end();
      await gate.close();
    }
  });
});
