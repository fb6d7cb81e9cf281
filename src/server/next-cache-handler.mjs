// @ts-check
// Next.js's page and data cache (ISR pages, route handlers, unstable_cache) kept in PostgreSQL, so
// that every instance of the site serves the same entries and sees a revalidation at once, and so
// that a render which began before a revalidation is never stored as fresh.
//
// Plain JavaScript, not TypeScript: `next build` loads this file in its own Node processes, which
// have no TypeScript loader (docs/decisions/012-shared-next-cache.md).
//
// Freshness. Every entry carries `last_modified`: when the render that produced it BEGAN, in the
// database's clock (one clock for all instances). Next's own file cache stamps an entry when it is
// stored, so a page rendered from data read before an editor's save, but stored after the save's
// revalidation, counted as fresh until the next save. Here a tag's revalidation time is compared
// with the start of the render: such an entry is stale at its first read.
//
// Next calls get() before it renders a key, and set() after, so a render's start is known from
// the get() that missed. Gets and sets of one key are not paired (renders may finish out of
// order), so each key keeps the start times of the renders in flight: a set takes the OLDEST of
// them as its stamp and retires the NEWEST. This never stamps an entry later than the real start
// of its render (at worst earlier, which costs one render more); a stamp left behind by a render
// that failed ages out after MAX_RENDER_MS.

import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

/** Longer than any render; older start times are forgotten. */
const MAX_RENDER_MS = 60_000;
const SWEEP_AT_KEYS = 10_000;
/**
 * Parsed values of the entries this instance read last, so that a hit moves a few bytes, not the
 * whole page: each read still asks the database whether the copy is current and fresh.
 */
const LOCAL_COPIES_MAX_BYTES = 16 * 1024 * 1024;
/** Entries of other builds are deleted once nothing has written them for this long. */
const OLD_BUILD_GRACE = "1 hour";
const POOL_SIZE = 4;
const CONNECT_TIMEOUT_MS = 2_000;
const NOW_MS = "(extract(epoch from clock_timestamp()) * 1000)::bigint";
/**
 * Searches are cached per canonical query (src/server/search-view.ts), so anybody can add entries:
 * their number is bounded. Past the bound the entries stored longest ago go, and so do those a
 * revalidation has made stale (never served again, only replaced). Checked at most once a minute,
 * when a search is stored (a DELETE of a few milliseconds after that render).
 */
const SEARCH_VIEW_KEYS = "/szukaj/widok/%";
const SEARCH_VIEW_BOUND = { kept: 2_000, sweepIntervalMs: 60_000 };

/**
 * The site's structured logger (src/server/log.ts, left on globalThis: this file cannot import
 * TypeScript) when running in the site's process; the console in `next build` and in tests.
 * @returns {{ warn(message: string): void, error(message: string): void }}
 */
function log() {
  const logger = /** @type {{ [key: symbol]: { child(bindings: object): { warn(message: string): void, error(message: string): void } } | undefined }} */ (globalThis)[Symbol.for("bdp.logger")];
  return logger ? logger.child({ component: "next-cache" }) : console;
}

/**
 * @typedef {{ lastModified: number, value: unknown, cacheControl?: unknown }} Entry
 * @typedef {{ kind?: string, tags?: string[], softTags?: string[], revalidate?: number | false }} GetContext
 * @typedef {{ tags?: string[], cacheControl?: { revalidate?: number | false } }} SetContext
 */

/**
 * One instance's view of the shared cache. Exported for the tests, which run two of them on one
 * database as two instances would.
 * @param {{ pool: pg.Pool, buildId: string, searchViews?: { kept: number, sweepIntervalMs: number } }} options
 */
export function createCacheStore({ pool, buildId, searchViews = SEARCH_VIEW_BOUND }) {
  /** @type {Map<string, number[]>} render start times (database clock) per key */
  const rendersInFlight = new Map();
  const copies = new LocalCopies(LOCAL_COPIES_MAX_BYTES);
  const outage = new OutageLog();
  let lastSearchSweep = 0;

  /** Bounds the cached searches (SEARCH_VIEW_BOUND). */
  async function sweepSearchViews() {
    if (Date.now() - lastSearchSweep < searchViews.sweepIntervalMs) return;
    lastSearchSweep = Date.now();
    await pool
      .query(
        `DELETE FROM next_cache_entry e
          WHERE e.build_id = $1 AND e.key LIKE $2
            AND (e.key NOT IN (SELECT key FROM next_cache_entry
                                WHERE build_id = $1 AND key LIKE $2 ORDER BY stored_at DESC LIMIT $3)
                 OR EXISTS (SELECT 1 FROM next_cache_tag t WHERE t.tag = ANY (e.tags) AND t.revalidated_at >= e.last_modified))`,
        [buildId, SEARCH_VIEW_KEYS, searchViews.kept],
      )
      .catch((error) => console.warn(`Next cache: ${error instanceof Error ? error.message : String(error)}; cached searches not swept`));
  }

  /** @param {string} key @param {number} startedAt */
  function noteRenderStart(key, startedAt) {
    const starts = (rendersInFlight.get(key) ?? []).filter((start) => start > startedAt - MAX_RENDER_MS);
    starts.push(startedAt);
    rendersInFlight.set(key, starts);
    // Keys read once and never stored (a render that failed) would stay forever: swept now and then.
    if (rendersInFlight.size > SWEEP_AT_KEYS) {
      for (const [other, times] of rendersInFlight) {
        if (Math.max(...times) <= startedAt - MAX_RENDER_MS) rendersInFlight.delete(other);
      }
    }
  }

  /** @param {string} key @returns {number | null} */
  function takeRenderStart(key) {
    const starts = rendersInFlight.get(key);
    if (!starts || starts.length === 0) return null;
    const oldest = Math.min(...starts);
    starts.splice(starts.indexOf(Math.max(...starts)), 1);
    if (starts.length === 0) rendersInFlight.delete(key);
    return oldest;
  }

  return {
    /**
     * @param {string} key
     * @param {GetContext} [ctx]
     * @returns {Promise<Entry | null>}
     */
    async get(key, ctx = {}) {
      const softTags = ctx.softTags ?? [];
      const copy = copies.get(key);
      // The value travels only when this instance has no copy of the entry as stored now.
      let rows;
      try {
        ({ rows } = await pool.query(
          `SELECT CASE WHEN e.last_modified = $4::bigint THEN NULL ELSE e.value END AS value,
                  e.last_modified, e.cache_control, ${NOW_MS} AS now,
                  EXISTS (SELECT 1 FROM next_cache_tag t
                           WHERE t.tag = ANY (e.tags || $3::text[]) AND t.revalidated_at >= e.last_modified) AS revalidated
             FROM (SELECT 1) AS one
             LEFT JOIN next_cache_entry e ON e.build_id = $1 AND e.key = $2`,
          [buildId, key, softTags, copy?.lastModified ?? -1],
        ));
      } catch (error) {
        // The database is away (docs/decisions/016): this instance's copy, as read last, is served
        // (no revalidation can be stored meanwhile either); without one it is a miss, and Next
        // renders the page, which the HTTP front answers with 503 if the render needs the database.
        outage.failed(error);
        if (!copy) return null;
        copies.touch(key);
        return { lastModified: copy.lastModified, value: copy.value };
      }
      outage.answered();
      const row = rows[0];
      const now = Number(row.now);
      if (row.last_modified === null || row.revalidated) {
        copies.delete(key);
        noteRenderStart(key, now);
        return null;
      }
      const lastModified = Number(row.last_modified);
      const value = row.value === null && copy ? copy.value : parseValue(row.value);
      if (row.value !== null) copies.set(key, { lastModified, value, bytes: row.value.length });
      else copies.touch(key);
      const revalidate = revalidateSecondsOf(row.cache_control, ctx);
      // Next serves a time-expired entry once more and renders it anew in the background.
      if (typeof revalidate === "number" && now - lastModified > revalidate * 1000) noteRenderStart(key, now);
      return { lastModified, value, cacheControl: row.cache_control ?? undefined };
    },

    /**
     * @param {string} key
     * @param {any} data
     * @param {SetContext} [ctx]
     */
    async set(key, data, ctx = {}) {
      const startedAt = takeRenderStart(key);
      if (data === null || data === undefined) {
        await pool.query(`DELETE FROM next_cache_entry WHERE build_id = $1 AND key = $2`, [buildId, key]);
        return;
      }
      const text = stringifyValue(data);
      const { rows } = await pool.query(
        `INSERT INTO next_cache_entry (build_id, key, value, tags, cache_control, last_modified, stored_at)
         VALUES ($1, $2, $3, $4, $5, COALESCE($6::bigint, ${NOW_MS}), CURRENT_TIMESTAMP)
         ON CONFLICT (build_id, key) DO UPDATE
           SET value = EXCLUDED.value, tags = EXCLUDED.tags, cache_control = EXCLUDED.cache_control,
               last_modified = EXCLUDED.last_modified, stored_at = EXCLUDED.stored_at
         RETURNING last_modified`,
        [buildId, key, text, tagsOf(data, ctx), ctx.cacheControl ?? null, startedAt],
      );
      // A copy of what was stored, so that a page rendered here is served from memory at once,
      // and during an outage of the database even if it was never read back.
      copies.set(key, { lastModified: Number(rows[0].last_modified), value: parseValue(text), bytes: text.length });
      if (key.startsWith(SEARCH_VIEW_KEYS.slice(0, -1))) await sweepSearchViews();
    },

    /**
     * Every profile expires at once here: the site revalidates with `{ expire: 0 }` only, and a
     * shared cache that served revalidated entries while re-rendering would show one instance's
     * visitors old pages after another instance's visitors saw new ones.
     * @param {string | string[]} tags
     */
    async revalidateTag(tags) {
      const list = typeof tags === "string" ? [tags] : tags;
      if (list.length === 0) return;
      await pool.query(
        `INSERT INTO next_cache_tag (tag, revalidated_at) SELECT tag, ${NOW_MS} FROM unnest($1::text[]) AS tag
         ON CONFLICT (tag) DO UPDATE SET revalidated_at = EXCLUDED.revalidated_at`,
        [list],
      );
    },

    /** Lets go of the connections (at shutdown, before the database stops). */
    async close() {
      await pool.end();
    },

    /** Forgets the entries of builds that no instance serves any more. */
    async deleteOldBuilds() {
      await pool.query(
        `DELETE FROM next_cache_entry WHERE build_id <> $1 AND stored_at < CURRENT_TIMESTAMP - $2::interval`,
        [buildId, OLD_BUILD_GRACE],
      );
    },
  };
}

/** One line when reads start failing and one when they answer again, not one per request. */
class OutageLog {
  constructor() {
    /** @type {number | null} */
    this.since = null;
    this.served = 0;
  }

  /** @param {unknown} error */
  failed(error) {
    this.served += 1;
    if (this.since !== null) return;
    this.since = Date.now();
    log().warn(`Next cache: ${error instanceof Error ? error.message : String(error)}; serving local copies until the database answers.`);
  }

  answered() {
    if (this.since === null) return;
    log().warn(`Next cache: the database answers again after ${((Date.now() - this.since) / 1000).toFixed(1)} s (${this.served} reads failed meanwhile).`);
    this.since = null;
    this.served = 0;
  }
}

/** The most recently used copies, up to a size (that of their stored JSON). */
class LocalCopies {
  /** @param {number} maxBytes */
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
    this.bytes = 0;
    /** @type {Map<string, { lastModified: number, value: unknown, bytes: number }>} */
    this.entries = new Map();
  }

  /** @param {string} key */
  get(key) {
    return this.entries.get(key);
  }

  /** @param {string} key */
  touch(key) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.entries.set(key, entry);
  }

  /** @param {string} key @param {{ lastModified: number, value: unknown, bytes: number }} entry */
  set(key, entry) {
    this.delete(key);
    if (entry.bytes > this.maxBytes) return;
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    for (const [oldest, { bytes }] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= bytes;
    }
  }

  /** @param {string} key */
  delete(key) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}

/** @param {unknown} stored @param {GetContext} ctx @returns {number | false | undefined} */
function revalidateSecondsOf(stored, ctx) {
  if (stored && typeof stored === "object" && "revalidate" in stored) {
    const { revalidate } = /** @type {{ revalidate: unknown }} */ (stored);
    if (typeof revalidate === "number" || revalidate === false) return revalidate;
  }
  return ctx.revalidate;
}

/**
 * A page's tags travel in its headers (`x-next-cache-tags`, implicit path tags included); an
 * unstable_cache value's come with the call.
 * @param {any} data @param {SetContext} ctx @returns {string[]}
 */
function tagsOf(data, ctx) {
  const header = data?.headers?.["x-next-cache-tags"];
  const fromHeader = typeof header === "string" && header !== "" ? header.split(",") : [];
  return [...new Set([...fromHeader, ...(ctx.tags ?? [])])];
}

// Cached values hold Buffers (RSC payloads, route bodies) and Maps (segment payloads): JSON with
// both tagged, and restored as the same types, since Next calls their methods.

/** @param {unknown} value @returns {string} */
export function stringifyValue(value) {
  return JSON.stringify(value, function tagBinary(key, item) {
    const original = this[key];
    if (Buffer.isBuffer(original) || original instanceof Uint8Array) return { $buffer: Buffer.from(original).toString("base64") };
    if (original instanceof Map) return { $map: [...original.entries()] };
    return item;
  });
}

/** @param {string} text @returns {unknown} */
export function parseValue(text) {
  return JSON.parse(text, (_key, item) => {
    if (item && typeof item === "object" && !Array.isArray(item)) {
      if (typeof item.$buffer === "string") return Buffer.from(item.$buffer, "base64");
      if (Array.isArray(item.$map)) return new Map(item.$map);
    }
    return item;
  });
}

// ─── What Next loads ──────────────────────────────────────────────────────────────────────────

const STORE = Symbol.for("bdp.nextCacheStore");

/** @param {string} serverDistDir @returns {ReturnType<typeof createCacheStore>} */
function processStore(serverDistDir) {
  const holder = /** @type {{ [STORE]?: ReturnType<typeof createCacheStore> }} */ (globalThis);
  if (!holder[STORE]) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("The shared Next cache needs DATABASE_URL.");
    // A connection attempt that hangs (seen for minutes while PostgreSQL restarted on a loaded
    // machine) must fail soon: reads then serve local copies instead of waiting.
    const pool = new pg.Pool({ connectionString, max: POOL_SIZE, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    pool.on("error", (error) => log().error(`Next cache: ${error.message}`));
    // For /metrics (src/lib/pool-registry.ts, which this file cannot import).
    const pools = /** @type {{ [key: symbol]: Map<string, pg.Pool> | undefined }} */ (globalThis);
    (pools[Symbol.for("bdp.pgPools")] ??= new Map()).set("next-cache", pool);
    const buildId = readFileSync(path.join(serverDistDir, "..", "BUILD_ID"), "utf8").trim();
    const store = createCacheStore({ pool, buildId });
    store.deleteOldBuilds().catch((error) => log().error(`Next cache: ${error.message}`));
    holder[STORE] = store;
  }
  return holder[STORE];
}

/** Called by the HTTP front when the site stops. */
export async function closeSharedCache() {
  const holder = /** @type {{ [STORE]?: ReturnType<typeof createCacheStore> }} */ (globalThis);
  const store = holder[STORE];
  delete holder[STORE];
  await store?.close();
}

// `next build` renders its pages without this cache (NEXT_PHASE says so): the build needs no
// database for it, and every page is rendered, and stored here, at its first request.
const building = () => process.env.NEXT_PHASE === "phase-production-build";

export default class SharedCacheHandler {
  /** @param {{ serverDistDir: string }} options */
  constructor({ serverDistDir }) {
    this.serverDistDir = serverDistDir;
  }

  /** @param {string} key @param {GetContext} ctx */
  async get(key, ctx) {
    return building() ? null : processStore(this.serverDistDir).get(key, ctx);
  }

  /** @param {string} key @param {unknown} data @param {SetContext} ctx */
  async set(key, data, ctx) {
    if (building()) return;
    // A page rendered while the database is away is still sent; only keeping it fails.
    await processStore(this.serverDistDir)
      .set(key, data, ctx)
      .catch((error) => log().warn(`Next cache: ${error instanceof Error ? error.message : String(error)}; ${key} not stored`));
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    if (!building()) await processStore(this.serverDistDir).revalidateTag(tags);
  }

  resetRequestCache() {}
}
