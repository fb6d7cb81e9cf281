import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { UnitType, Voivodeship } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { orderByIds } from "@/lib/order-by-ids";
import { cachedCombos, parseCombos, storeCombos, type Combos } from "./facet-cache";
import { countFacets, type CountedFacets } from "./facet-counts";
import { keysMatching } from "./facet-key";
import { keepFacetTotalText, keepFrequentCombos, promoteFrequentQuery } from "./mutations";
import { planTieredPage, type TierSlice } from "./tier-plan";
import type { PopulationBand, SearchSort } from "./vocabulary";

export type SearchFilters = {
  tsquery: string | null;
  voivodeships: Voivodeship[];
  unitTypes: UnitType[];
  categoryIds: number[];
  bands: PopulationBand[];
  fromYear?: number;
  toYear?: number;
};

export type SearchPage = { ids: number[] } & CountedFacets;

type CombosRow = { version: string; combos: string | null; index_rows: number };

function toCombos(row: CombosRow): Combos {
  return parseCombos(row.combos, row.index_rows);
}

const VERSION = Prisma.sql`(SELECT version::text FROM search_index_state WHERE id = 1)`;
const INDEX_ROWS = Prisma.sql`(SELECT greatest(reltuples, 0)::int FROM pg_class WHERE oid = 'practice_search'::regclass)`;
/** Grouped rows (facet_key, category_key, tier, n) as the one text parseCombos reads. */
const COMBOS_TEXT = Prisma.sql`string_agg(facet_key || ':' || tier || ':' || n || ':' || category_key, ';')`;
const AS_TEXT = Prisma.sql`${VERSION} AS version, ${INDEX_ROWS} AS index_rows, ${COMBOS_TEXT} AS combos`;

function queryOf(tsquery: string): Prisma.Sql {
  return Prisma.sql`to_tsquery('simple', ${tsquery})`;
}

/**
 * Matches per facet combination and tier, counted now: from the index for a text query, from
 * facet_total without one, with the index version read in the same statement (same snapshot).
 */
async function countCombos(filters: SearchFilters): Promise<CombosRow> {
  if (filters.tsquery !== null || filters.fromYear || filters.toYear) {
    const text = filters.tsquery === null ? Prisma.sql`true` : Prisma.sql`document @@ ${queryOf(filters.tsquery)}`;
    const tier = filters.tsquery === null ? Prisma.sql`0` : Prisma.sql`search_tier(title_document, lead_document, ${queryOf(filters.tsquery)})`;
    const rows = await db.$queryRaw<CombosRow[]>`
      SELECT ${AS_TEXT} FROM (
        SELECT facet_key, array_to_string(category_ids, ',') AS category_key, ${tier} AS tier, count(*)::int AS n
        FROM practice_search
        WHERE ${text} ${yearCondition(filters)}
        GROUP BY 1, 2, 3
      ) grouped`;
    return rows[0]!;
  }
  return facetTotalCombos();
}

/** facet_total's combinations: the kept text when made at the current index version, otherwise made now (and kept). */
async function facetTotalCombos(): Promise<CombosRow> {
  const rows = await db.$queryRaw<(CombosRow & { current: boolean })[]>`
    WITH state AS (SELECT version FROM search_index_state WHERE id = 1),
      kept AS (SELECT combos FROM facet_total_text WHERE id = 1 AND version = (SELECT version FROM state))
    SELECT (SELECT version::text FROM state) AS version, ${INDEX_ROWS} AS index_rows, EXISTS (SELECT 1 FROM kept) AS current,
      CASE WHEN EXISTS (SELECT 1 FROM kept) THEN (SELECT combos FROM kept) ELSE (
        SELECT ${COMBOS_TEXT} FROM (SELECT facet_key, category_key, 0 AS tier, count AS n FROM facet_total) grouped
      ) END AS combos`;
  const row = rows[0]!;
  if (!row.current) keepFacetTotalText(row.version, row.combos).catch((error: unknown) => console.warn("search: could not keep facet_total's text", error));
  return row;
}

/**
 * The kept counts of a frequent query (search_frequent_query), or null for any other: its text of
 * combinations when made at the current index version, otherwise made now from its counts (and
 * kept for the next search).
 */
async function frequentCombos(tsquery: string): Promise<CombosRow | null> {
  const rows = await db.$queryRaw<(CombosRow & { id: number | null; current: boolean })[]>`
    WITH state AS (SELECT version FROM search_index_state WHERE id = 1),
      frequent AS (SELECT id, combos, combos_version FROM search_frequent_query WHERE source = ${tsquery})
    SELECT frequent.id, (SELECT version::text FROM state) AS version, ${INDEX_ROWS} AS index_rows,
      coalesce(frequent.combos_version = (SELECT version FROM state), false) AS current,
      CASE WHEN frequent.combos_version = (SELECT version FROM state) THEN frequent.combos ELSE (
        SELECT ${COMBOS_TEXT} FROM (
          SELECT facet_key, tier, count AS n, category_key FROM search_frequent_combo WHERE query_id = frequent.id AND count > 0
        ) kept
      ) END AS combos
    FROM (SELECT 1) AS one LEFT JOIN frequent ON true`;
  const row = rows[0]!;
  if (row.id === null) return null;
  if (!row.current) {
    keepFrequentCombos(row.id, row.version, row.combos).catch((error: unknown) => console.warn("search: could not keep the combinations of a frequent query", error));
  }
  return row;
}

function cacheKeyOf(filters: SearchFilters): string {
  return `${filters.tsquery ?? ""}|${filters.fromYear ?? ""}|${filters.toYear ?? ""}`;
}

/** Counts known without reading the matches: in this process's cache, or kept for a frequent query. */
async function knownCombos(filters: SearchFilters): Promise<Combos | null> {
  const key = cacheKeyOf(filters);
  const [state] = await db.$queryRaw<{ version: string }[]>`SELECT version::text FROM search_index_state WHERE id = 1`;
  const cached = state ? cachedCombos(key, state.version) : null;
  if (cached) return cached;
  if (filters.tsquery === null || filters.fromYear || filters.toYear) return null;
  const row = await frequentCombos(filters.tsquery);
  if (!row) return null;
  const combos = toCombos(row);
  storeCombos(key, row.version, combos);
  return combos;
}

// A query matching at least this many practices has its counts kept (search_frequent_query): below
// it, counting the matches takes about as long as reading kept counts.
const FREQUENT_MATCHES = 2_000;

async function countedCombos(filters: SearchFilters): Promise<Combos> {
  const row = await countCombos(filters);
  const combos = toCombos(row);
  storeCombos(cacheKeyOf(filters), row.version, combos);
  const matches = combos.counts.reduce((sum, n) => sum + n, 0);
  const { tsquery } = filters;
  if (tsquery !== null && !filters.fromYear && !filters.toYear && matches >= FREQUENT_MATCHES && !promoting.has(tsquery)) {
    // In the background: the visitor gets this answer now, the next one the kept counts.
    promoting.add(tsquery);
    promoteFrequentQuery(tsquery)
      .catch((error: unknown) => console.warn("search: could not keep the counts of a frequent query", error))
      .finally(() => promoting.delete(tsquery));
  }
  return combos;
}

/** Queries being promoted by this process: searches meanwhile do not start another promotion. */
const promoting = new Set<string>();

function yearCondition(filters: SearchFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (filters.fromYear) parts.push(Prisma.sql`AND entered_on >= make_date(${filters.fromYear}::int, 1, 1)`);
  if (filters.toYear) parts.push(Prisma.sql`AND entered_on < make_date(${filters.toYear + 1}::int, 1, 1)`);
  return parts.length > 0 ? Prisma.join(parts, " ") : Prisma.empty;
}

/** The total and the four facets without a page of results: for the map and the statistics. */
export async function countSearchFacets(filters: SearchFilters): Promise<CountedFacets> {
  return countFacets((await knownCombos(filters)) ?? (await countedCombos(filters)), filters);
}

/** The facet, category and year conditions of a search, without its words. */
function filterConditions(filters: SearchFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`true`];
  if (filters.voivodeships.length + filters.unitTypes.length + filters.bands.length > 0) {
    conditions.push(Prisma.sql`facet_key = ANY(${keysMatching(filters.voivodeships, filters.unitTypes, filters.bands)}::int[])`);
  }
  if (filters.categoryIds.length > 0) conditions.push(Prisma.sql`category_ids && ${filters.categoryIds}::int[]`);
  return Prisma.sql`${Prisma.join(conditions, " AND ")} ${yearCondition(filters)}`;
}

function orderBy(sort: SearchSort, tsquery: string | null): Prisma.Sql {
  if (sort === "trafnosc" && tsquery !== null) {
    // Relevance tiers (search_tier in SQL): a match in the title, then in the summary or
    // metadata, then in the full presentation only; newest first within a tier.
    const query = queryOf(tsquery);
    return Prisma.sql`title_document @@ ${query} DESC, lead_document @@ ${query} DESC, entered_on DESC, practice_id DESC`;
  }
  if (sort === "tytul") return Prisma.sql`title ASC, practice_id ASC`;
  return Prisma.sql`entered_on DESC, practice_id DESC`;
}

async function pageIds(filters: SearchFilters, sort: SearchSort, offset: number, limit: number): Promise<number[]> {
  const text = filters.tsquery === null ? Prisma.sql`true` : Prisma.sql`document @@ ${queryOf(filters.tsquery)}`;
  const rows = await db.$queryRaw<{ practice_id: number }[]>`
    SELECT practice_id FROM practice_search
    WHERE ${text} AND ${filterConditions(filters)}
    ORDER BY ${orderBy(sort, filters.tsquery)}
    LIMIT ${limit} OFFSET ${offset}`;
  return rows.map((row) => row.practice_id);
}

/**
 * The rows of one tier. No condition here can use the words' index (the last tier's match is
 * wrapped in coalesce for that reason), so the planner walks the date index, as the plan chose.
 */
function tierCondition(tier: number, tsquery: string): Prisma.Sql {
  const query = queryOf(tsquery);
  if (tier === 0) return Prisma.sql`title_document @@ ${query}`;
  if (tier === 1) return Prisma.sql`lead_document @@ ${query} AND NOT title_document @@ ${query}`;
  return Prisma.sql`coalesce(document @@ ${query}, false) AND NOT lead_document @@ ${query}`;
}

async function tierSliceIds(filters: SearchFilters & { tsquery: string }, slice: TierSlice): Promise<number[]> {
  const rows = await db.$queryRaw<{ practice_id: number }[]>`
    SELECT practice_id FROM practice_search
    WHERE ${tierCondition(slice.tier, filters.tsquery)} AND ${filterConditions(filters)}
    ORDER BY entered_on DESC, practice_id DESC
    LIMIT ${slice.limit} OFFSET ${slice.offset}`;
  return rows.map((row) => row.practice_id);
}

/** A page by relevance, tier by tier along the date index when the counts say that is cheap. */
async function relevancePageIds(filters: SearchFilters & { tsquery: string }, counted: CountedFacets, indexRows: number, offset: number, limit: number) {
  const plan = planTieredPage({ ...counted, indexRows }, offset, limit);
  if (plan.kind === "index") return pageIds(filters, "trafnosc", offset, limit);
  return (await Promise.all(plan.slices.map((slice) => tierSliceIds(filters, slice)))).flat();
}

/**
 * One page of a search: the ids in order, the total and all four facets. When the counts are
 * known (cached, or kept for a frequent query), they come first and choose how the page is read;
 * otherwise the count and the page are read side by side.
 */
export async function searchPractices(filters: SearchFilters, sort: SearchSort, offset: number, limit: number): Promise<SearchPage> {
  const known = await knownCombos(filters);
  if (known) {
    const counted = countFacets(known, filters);
    const { tsquery } = filters;
    const ids = sort === "trafnosc" && tsquery !== null
      ? await relevancePageIds({ ...filters, tsquery }, counted, known.indexRows, offset, limit)
      : await pageIds(filters, sort, offset, limit);
    return { ids, ...counted };
  }
  const [combos, ids] = await Promise.all([countedCombos(filters), pageIds(filters, sort, offset, limit)]);
  return { ids, ...countFacets(combos, filters) };
}

// How alike (pg_trgm similarity) a known word must be to replace a word the bank has never seen;
// below this, "szczepienia" would turn into "zniszczenia".
const CORRECTION_SIMILARITY = 0.45;

/**
 * The closest known spelling of each word (pg_trgm), in one query: folded word → word as written,
 * for the words that have one. The vocabulary may hold words of practices since unpublished:
 * callers only use a correction when it finds published practices.
 */
export async function suggestWords(foldedWords: string[]): Promise<Map<string, string>> {
  if (foldedWords.length === 0) return new Map();
  const rows = await db.$queryRaw<{ query: string; word: string }[]>`
    SELECT typed.word AS query, closest.word FROM unnest(${foldedWords}::text[]) AS typed(word)
    CROSS JOIN LATERAL (
      SELECT word FROM search_term
      WHERE term % typed.word AND similarity(term, typed.word) >= ${CORRECTION_SIMILARITY}
      ORDER BY term = typed.word DESC, similarity(term, typed.word) DESC, term LIMIT 1
    ) closest`;
  return new Map(rows.map((row) => [row.query, row.word]));
}

/** Localities of published practices whose names are close to the query. */
export async function suggestLocalities(foldedText: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ word: string }[]>`
    SELECT word FROM search_term
    WHERE is_locality AND term % ${foldedText}
      AND EXISTS (SELECT 1 FROM practice WHERE practice.locality = search_term.word AND practice.status = 'published')
    ORDER BY similarity(term, ${foldedText}) DESC LIMIT 3`;
  return rows.map((row) => row.word);
}

export async function getCategoryIdsBySlugs(slugs: string[]): Promise<{ id: number; slug: string }[]> {
  if (slugs.length === 0) return [];
  return db.category.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
}

const resultSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  body: true,
  locality: true,
  voivodeship: true,
  unitType: true,
  enteredOn: true,
  primaryCategory: { select: { slug: true, name: true, parent: { select: { slug: true, name: true } } } },
} satisfies Prisma.PracticeSelect;

export type SearchResultRecord = Prisma.PracticeGetPayload<{ select: typeof resultSelect }>;

/**
 * The practices of one result page, in the order of `ids`. Published ones only: the index is
 * written in the same code path as the practice, but a result must never show a draft even if
 * the two ever disagree.
 */
export async function getSearchResultRecords(ids: number[]): Promise<SearchResultRecord[]> {
  if (ids.length === 0) return [];
  return orderByIds(ids, await db.practice.findMany({ where: { id: { in: ids }, status: "PUBLISHED" }, select: resultSelect }));
}
