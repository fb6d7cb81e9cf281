import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";

// Writes of the visit counter. Runs in the HTTP front (src/server), outside Next's render, so no
// revalidation happens here: the front tells Next when figures changed (see revalidation-ping.ts).

export type DayTally = {
  /** Warsaw day, "YYYY-MM-DD". */
  day: string;
  views: number;
  visitorHashes: string[];
  practiceViews: Map<string, number>;
};

/** Adds one batch of views in a single transaction: all of it counts, or none of it. */
export async function saveTallies(tallies: DayTally[]): Promise<void> {
  const statements = tallies.flatMap((tally) => {
    const hashes = [...new Set(tally.visitorHashes)];
    const slugs = [...tally.practiceViews.keys()];
    const counts = slugs.map((slug) => tally.practiceViews.get(slug) ?? 0);
    const dayTotals = db.$executeRaw`
      WITH new_visitors AS (
        INSERT INTO daily_visitor (day, visitor_hash)
        SELECT ${tally.day}::date, hash FROM unnest(${hashes}::text[]) AS hash
        ON CONFLICT DO NOTHING
        RETURNING 1
      )
      INSERT INTO daily_visits (day, page_views, unique_visitors)
      VALUES (${tally.day}::date, ${tally.views}, (SELECT count(*) FROM new_visitors))
      ON CONFLICT (day) DO UPDATE SET
        page_views = daily_visits.page_views + EXCLUDED.page_views,
        unique_visitors = daily_visits.unique_visitors + EXCLUDED.unique_visitors`;
    if (slugs.length === 0) return [dayTotals];
    const practiceTotals = db.$executeRaw`
      UPDATE practice SET view_count = practice.view_count + views.n
      FROM unnest(${slugs}::text[], ${counts}::int[]) AS views(slug, n)
      WHERE practice.slug = views.slug AND practice.status = 'published'`;
    return [dayTotals, practiceTotals];
  });
  await db.$transaction(statements);
}

/**
 * The salt of `day`, created on first use. Salts and visitor hashes of earlier days are deleted
 * at the same time: once a day is over nobody, not even we, can link its hashes to a visitor.
 */
export async function getOrCreateDailySalt(day: string): Promise<Buffer> {
  const [, , , rows] = await db.$transaction([
    db.$executeRaw`DELETE FROM visitor_salt WHERE day < ${day}::date`,
    db.$executeRaw`DELETE FROM daily_visitor WHERE day < ${day}::date`,
    db.$executeRaw`
      INSERT INTO visitor_salt (day, salt) VALUES (${day}::date, ${randomBytes(32)})
      ON CONFLICT (day) DO NOTHING`,
    db.$queryRaw<{ salt: Uint8Array }[]>`SELECT salt FROM visitor_salt WHERE day = ${day}::date`,
  ]);
  const salt = rows[0]?.salt;
  if (!salt) throw new Error(`No visitor salt for ${day}`);
  return Buffer.from(salt);
}
