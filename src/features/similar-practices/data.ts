import "server-only";
import { PracticeStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { orderByIds } from "@/lib/order-by-ids";
import { POPULATION_BANDS } from "@/features/search/vocabulary";
import type { Likeness } from "./reason";

// "Podobne praktyki" under every practice, read from the search index (practice_search) in one
// statement. How a practice's neighbours are chosen, in order:
// 1. The pool: published practices listed under at least one of the practice's own categories;
//    if that gives fewer than four, under its categories' parents too; if still fewer, all of them.
// 2. The 300 of the pool most alike by cheap tests (a word of the title shared, the same primary
//    category, unit type, population band, voivodeship), so that 3. reads few documents however
//    large a category grows.
// 3. Their score: 3 × same primary category + 8 × text likeness (ts_rank of the title and summary
//    terms, title weighted 1, summary 0.4) + 1 × same unit type + 0.5 × same population band +
//    0.5 × same voivodeship; the best 6, newest first on a tie.
// The practice page is cached and expired with every change to the catalogue, so the list is
// fresh whenever any practice changes.

export const SIMILAR_LIMIT = 6;
const SIMILAR_MINIMUM = 4;
const POOL = 300;
const UNKNOWN_BAND = POPULATION_BANDS.length;
/** Text likeness from which the reason says "podobny temat" (ts_rank, 0–1). */
const SIMILAR_TEXT = 0.1;

type ScoredRow = { id: number; sameCategory: boolean; sameUnitType: boolean; sameBand: boolean; sameRegion: boolean; textScore: number };

/** Which practices may be compared: sharing the practice's own categories, or with their parents, or any. */
type PoolScope = "own" | "family" | "any";

async function scoreSimilar(practiceId: number, scope: PoolScope): Promise<ScoredRow[]> {
  return db.$queryRaw<ScoredRow[]>`
    WITH target AS MATERIALIZED (
      SELECT s.practice_id, s.facet_key, p.primary_category_id, s.category_ids AS family_ids,
        ARRAY(SELECT p.primary_category_id UNION SELECT pc.category_id FROM practice_category pc WHERE pc.practice_id = p.id) AS own_ids,
        to_tsquery('simple', coalesce((SELECT string_agg(quote_literal(lexeme), ' | ') FROM unnest(ts_filter(s.lead_document, '{a,b}'))), '')) AS query
      FROM practice_search s JOIN practice p ON p.id = s.practice_id
      WHERE s.practice_id = ${practiceId}
    ), pool AS MATERIALIZED (
      SELECT c.practice_id, c.entered_on,
        c.category_ids @> ARRAY[t.primary_category_id] AS same_category,
        c.facet_key / 16 % 8 = t.facet_key / 16 % 8 AS same_unit_type,
        c.facet_key / 128 = t.facet_key / 128 AND t.facet_key / 128 < ${UNKNOWN_BAND} AS same_band,
        c.facet_key % 16 = t.facet_key % 16 AS same_region
      FROM practice_search c, target t
      WHERE c.practice_id <> t.practice_id
        AND CASE ${scope} WHEN 'own' THEN c.category_ids && t.own_ids WHEN 'family' THEN c.category_ids && t.family_ids ELSE true END
      ORDER BY 2 * (c.title_document @@ t.query)::int + 2 * (c.category_ids @> ARRAY[t.primary_category_id])::int
        + (c.facet_key / 16 % 8 = t.facet_key / 16 % 8)::int + 0.5 * (c.facet_key / 128 = t.facet_key / 128)::int
        + 0.5 * (c.facet_key % 16 = t.facet_key % 16)::int DESC, c.entered_on DESC
      LIMIT ${POOL}
    )
    -- The documents are read for the pool only (the sort above carries no documents).
    SELECT pool.practice_id AS id, same_category AS "sameCategory", same_unit_type AS "sameUnitType", same_band AS "sameBand",
      same_region AS "sameRegion", ts_rank('{0,0,0.4,1}', d.lead_document, t.query) AS "textScore"
    FROM pool JOIN practice_search d ON d.practice_id = pool.practice_id, target t
    ORDER BY 3 * same_category::int + 8 * ts_rank('{0,0,0.4,1}', d.lead_document, t.query) + same_unit_type::int
      + 0.5 * same_band::int + 0.5 * same_region::int DESC, pool.entered_on DESC, pool.practice_id
    LIMIT ${SIMILAR_LIMIT}`;
}

export async function listSimilarPractices(practiceId: number) {
  let scored: ScoredRow[] = [];
  for (const scope of ["own", "family", "any"] as const) {
    scored = await scoreSimilar(practiceId, scope);
    if (scored.length >= SIMILAR_MINIMUM) break;
  }
  const practices = await db.practice.findMany({
    where: { id: { in: scored.map((row) => row.id) }, status: PracticeStatus.PUBLISHED },
    select: { id: true, slug: true, title: true, locality: true, voivodeship: true, unitType: true, population: true },
  });
  const likeness = new Map(scored.map((row): [number, Likeness] => [row.id, { ...row, similarText: row.textScore >= SIMILAR_TEXT }]));
  return orderByIds(
    scored.map((row) => row.id),
    practices,
  ).map((practice) => ({ ...practice, likeness: likeness.get(practice.id)! }));
}

export type SimilarPractice = Awaited<ReturnType<typeof listSimilarPractices>>[number];
