import { randomBytes } from "node:crypto";
import type pg from "pg";
import { inTransaction } from "@/lib/pg-transaction";
import type { VisitStore } from "./recorder";

// Writes of the visit counter. They run in the HTTP front (src/server), outside Next, on a small
// pg pool of their own rather than through Prisma: the front then loads no second Prisma client
// (and query compiler) beside the one in Next's bundle. No revalidation happens here: the front
// tells Next when figures changed (see src/server/figures-refresher.ts).

export type DayTally = {
  /** Warsaw day, "YYYY-MM-DD". */
  day: string;
  views: number;
  visitorHashes: string[];
  practiceViews: Map<string, number>;
};

const ADD_DAY_TOTALS = `
  WITH new_visitors AS (
    INSERT INTO daily_visitor (day, visitor_hash)
    SELECT $1::date, hash FROM unnest($3::text[]) AS hash
    ON CONFLICT DO NOTHING
    RETURNING 1
  )
  INSERT INTO daily_visits (day, page_views, unique_visitors)
  VALUES ($1::date, $2, (SELECT count(*) FROM new_visitors))
  ON CONFLICT (day) DO UPDATE SET
    page_views = daily_visits.page_views + EXCLUDED.page_views,
    unique_visitors = daily_visits.unique_visitors + EXCLUDED.unique_visitors`;

const ADD_PRACTICE_VIEWS = `
  UPDATE practice SET view_count = practice.view_count + views.n
  FROM unnest($1::text[], $2::int[]) AS views(slug, n)
  WHERE practice.slug = views.slug AND practice.status = 'published'`;

/** Adds one batch of views in a single transaction: all of it counts, or none of it. */
async function saveTallies(pool: pg.Pool, tallies: DayTally[]): Promise<void> {
  await inTransaction(pool, async (client) => {
    for (const tally of tallies) {
      // Statements use only constant SQL with bound parameters.
      await client.query(ADD_DAY_TOTALS, [tally.day, tally.views, [...new Set(tally.visitorHashes)]]);
      if (tally.practiceViews.size > 0) {
        await client.query(ADD_PRACTICE_VIEWS, [[...tally.practiceViews.keys()], [...tally.practiceViews.values()]]);
      }
    }
  });
}

/**
 * The salt of `day`, created on first use. Salts and visitor hashes of earlier days are deleted
 * at the same time: once a day is over nobody, not even we, can link its hashes to a visitor.
 */
async function getOrCreateDailySalt(pool: pg.Pool, day: string): Promise<Buffer> {
  return inTransaction(pool, async (client) => {
    await client.query("DELETE FROM visitor_salt WHERE day < $1::date", [day]);
    await client.query("DELETE FROM daily_visitor WHERE day < $1::date", [day]);
    await client.query("INSERT INTO visitor_salt (day, salt) VALUES ($1::date, $2) ON CONFLICT (day) DO NOTHING", [day, randomBytes(32)]);
    const { rows } = await client.query<{ salt: Buffer }>("SELECT salt FROM visitor_salt WHERE day = $1::date", [day]);
    const salt = rows[0]?.salt;
    if (!salt) throw new Error(`No visitor salt for ${day}`);
    return salt;
  });
}

export function createVisitStore(pool: pg.Pool): VisitStore {
  return {
    saveTallies: (tallies) => saveTallies(pool, tallies),
    getOrCreateDailySalt: (day) => getOrCreateDailySalt(pool, day),
  };
}
