import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { SearchFilters } from "./data";
import { cachedCombos, parseCombos, storeCombos, type Combos } from "./facet-cache";
import { countFacets, type CountedFacets } from "./facet-counts";
import {
  keepFacetTotalText,
  keepFacetTotalYearTexts,
  keepFrequentCombos,
  keepFrequentYearTexts,
  markFrequentQueryUsed,
  promoteFrequentQuery,
} from "./mutations";
import { YEAR_RANGE } from "./schema";

// The matches of a search per facet combination (facet key, category set, relevance tier), from
// where they are cheapest (docs/search-performance.md): this process's cache; kept counts —
// facet_total without words, search_frequent_combo for a frequent query — summed over the years
// searched; or counted now from the index. Facet filters are then applied in JavaScript.

type CombosRow = { version: string; combos: string | null; index_rows: number };

/** Keeping texts is an optimisation done in the background: a failure only costs time later. */
const warn = (what: string) => (error: unknown) => console.warn(`search: could not ${what}`, error);

const VERSION = Prisma.sql`(SELECT version::text FROM search_index_state WHERE id = 1)`;
const INDEX_ROWS = Prisma.sql`(SELECT greatest(reltuples, 0)::int FROM pg_class WHERE oid = 'practice_search'::regclass)`;
/** Grouped rows (facet_key, category_key, tier, n) as the one text parseCombos reads. */
const COMBOS_TEXT = Prisma.sql`string_agg(facet_key || ':' || tier || ':' || n || ':' || category_key, ';')`;

export function queryOf(tsquery: string): Prisma.Sql {
  return Prisma.sql`to_tsquery('simple', ${tsquery})`;
}

type Years = { from: number; to: number };

/** The years entered a search is limited to, or null for every year. */
function yearsOf(filters: SearchFilters): Years | null {
  if (!filters.fromYear && !filters.toYear) return null;
  return { from: filters.fromYear ?? YEAR_RANGE.min, to: filters.toYear ?? YEAR_RANGE.max };
}

export function yearCondition(filters: SearchFilters): Prisma.Sql {
  const years = yearsOf(filters);
  if (!years) return Prisma.empty;
  return Prisma.sql`AND entered_on >= make_date(${years.from}::int, 1, 1) AND entered_on < make_date(${years.to + 1}::int, 1, 1)`;
}

/**
 * Matches of the words (within the years, and of adopted practices when asked) per combination
 * and tier, counted now from the words' GIN index; without words (only for adopted practices),
 * from the adoption count's index, all in tier 0 as in facet_total. The full document is stored out of line: any plan that tests the words row by row —
 * a sequential scan for a common word, the date index for a range of years — reads every
 * document (about 30 µs each, ten times the bitmap's cost), which the planner's estimates do not
 * count. So sequential scans are off for this statement, and the years are tested in a form the
 * date index cannot serve.
 */
async function countCombos(filters: SearchFilters): Promise<CombosRow> {
  const { tsquery } = filters;
  const matches = tsquery === null ? Prisma.sql`true` : Prisma.sql`document @@ ${queryOf(tsquery)}`;
  const tier = tsquery === null ? Prisma.sql`0` : Prisma.sql`search_tier(document, title_document, lead_document, ${queryOf(tsquery)})`;
  const adopted = filters.adoptedOnly ? Prisma.sql`AND adoption_count > 0` : Prisma.empty;
  const years = yearsOf(filters);
  const inYears = years ? Prisma.sql`AND extract(year FROM entered_on) BETWEEN ${years.from}::int AND ${years.to}::int` : Prisma.empty;
  const [, rows] = await db.$transaction([
    db.$executeRaw`SET LOCAL enable_seqscan = off`,
    db.$queryRaw<CombosRow[]>`
      SELECT ${VERSION} AS version, ${INDEX_ROWS} AS index_rows, ${COMBOS_TEXT} AS combos FROM (
        SELECT facet_key, array_to_string(category_ids, ',') AS category_key,
          ${tier} AS tier, count(*)::int AS n
        FROM practice_search
        WHERE ${matches} ${adopted} ${inYears}
        GROUP BY 1, 2, 3
      ) grouped`,
  ]);
  return rows[0]!;
}

/**
 * Every published practice per combination (facet_total): for all years the kept text when made at
 * the current index version (otherwise made now, and kept); for some years summed now.
 */
async function facetTotalCombos(years: Years | null): Promise<CombosRow> {
  if (years) {
    return yearCombos(years, {
      kept: Prisma.sql`SELECT year, version, combos FROM facet_total_year_text`,
      made: Prisma.sql`SELECT string_agg(facet_key || ':0:' || count || ':' || category_key, ';') FROM facet_total WHERE year = y.year`,
      keep: (version, texts) => keepFacetTotalYearTexts(version, texts).catch(warn("keep facet_total's texts by year")),
    });
  }
  const rows = await db.$queryRaw<(CombosRow & { current: boolean })[]>`
    WITH state AS (SELECT version FROM search_index_state WHERE id = 1),
      kept AS (SELECT combos FROM facet_total_text WHERE id = 1 AND version = (SELECT version FROM state))
    SELECT (SELECT version::text FROM state) AS version, ${INDEX_ROWS} AS index_rows, EXISTS (SELECT 1 FROM kept) AS current,
      CASE WHEN EXISTS (SELECT 1 FROM kept) THEN (SELECT combos FROM kept) ELSE (
        SELECT ${COMBOS_TEXT} FROM (SELECT facet_key, category_key, 0 AS tier, sum(count)::int AS n FROM facet_total GROUP BY 1, 2) grouped
      ) END AS combos`;
  const row = rows[0]!;
  if (!row.current) keepFacetTotalText(row.version, row.combos).catch(warn("keep facet_total's text"));
  return row;
}

/**
 * The kept counts of a frequent query (search_frequent_query), or null for any other query. For
 * all years: its text of combinations when made at the current index version, otherwise made now
 * (and kept); for some years: the texts of those years, likewise.
 */
async function frequentCombos(tsquery: string, years: Years | null): Promise<CombosRow | null> {
  const [frequent] = await db.$queryRaw<(CombosRow & { id: number; used_today: boolean; current: boolean })[]>`
    SELECT id, last_used_on = current_date AS used_today, ${VERSION} AS version, ${INDEX_ROWS} AS index_rows,
      combos, coalesce(combos_version = ${VERSION}::bigint, false) AS current
    FROM search_frequent_query WHERE source = ${tsquery}`;
  if (!frequent) return null;
  const { id } = frequent;
  if (!frequent.used_today) markFrequentQueryUsed(id).catch(warn("mark a frequent query as used"));
  if (years) {
    return yearCombos(years, {
      kept: Prisma.sql`SELECT year, version, combos FROM search_frequent_year_text WHERE query_id = ${id}`,
      made: Prisma.sql`SELECT string_agg(facet_key || ':' || tier || ':' || count || ':' || category_key, ';')
        FROM search_frequent_combo WHERE query_id = ${id} AND year = y.year AND count > 0`,
      keep: (version, texts) => keepFrequentYearTexts(id, version, texts).catch(warn("keep a frequent query's texts by year")),
    });
  }
  if (frequent.current) return frequent;
  // Made with the index version read in the same statement, so the text is kept for the right one.
  const [made] = await db.$queryRaw<CombosRow[]>`
    SELECT ${VERSION} AS version, ${INDEX_ROWS} AS index_rows, ${COMBOS_TEXT} AS combos FROM (
      SELECT facet_key, tier, sum(count)::int AS n, category_key FROM search_frequent_combo
      WHERE query_id = ${id} GROUP BY facet_key, category_key, tier HAVING sum(count) > 0
    ) kept`;
  keepFrequentCombos(id, made!.version, made!.combos).catch(warn("keep the combinations of a frequent query"));
  return made!;
}

type YearTexts = {
  /** Rows (year, version, combos) of the kept texts. */
  kept: Prisma.Sql;
  /** A year's text made now: a subquery on the year `y.year`. */
  made: Prisma.Sql;
  keep: (version: string, texts: { year: number; combos: string }[]) => Promise<void>;
};

type YearTextRow = CombosRow & { year: number; current: boolean };

/**
 * The combinations of the years searched, as one text: each year's kept text when made at the
 * current index version, otherwise made now (and kept). A combination may recur from year to
 * year; counting adds them up.
 */
async function yearCombos(years: Years, { kept, made, keep }: YearTexts): Promise<CombosRow> {
  const rows = await db.$queryRaw<YearTextRow[]>`
    WITH state AS (SELECT version FROM search_index_state WHERE id = 1), kept AS (${kept})
    SELECT y.year::int AS year, (SELECT version::text FROM state) AS version, ${INDEX_ROWS} AS index_rows,
      coalesce(kept.version = (SELECT version FROM state), false) AS current,
      CASE WHEN kept.version = (SELECT version FROM state) THEN kept.combos ELSE (${made}) END AS combos
    FROM generate_series(${years.from}::int, ${years.to}::int) AS y(year) LEFT JOIN kept ON kept.year = y.year`;
  const { version, index_rows } = rows[0]!;
  const stale = rows.flatMap((row) => (!row.current && row.combos !== null ? [{ year: row.year, combos: row.combos }] : []));
  if (stale.length > 0) void keep(version, stale);
  const texts = rows.flatMap((row) => (row.combos ? [row.combos] : []));
  return { version, index_rows, combos: texts.length > 0 ? texts.join(";") : null };
}

function cacheKeyOf(filters: SearchFilters): string {
  return `${filters.tsquery ?? ""}|${filters.fromYear ?? ""}|${filters.toYear ?? ""}|${filters.adoptedOnly ? "wdrozone" : ""}`;
}

/** Counts known without reading the matches: in this process's cache, or kept in the database. */
export async function knownCombos(filters: SearchFilters): Promise<Combos | null> {
  const key = cacheKeyOf(filters);
  const [state] = await db.$queryRaw<{ version: string }[]>`SELECT version::text FROM search_index_state WHERE id = 1`;
  const cached = state ? cachedCombos(key, state.version) : null;
  if (cached) return cached;
  // The kept counts are of every published practice: the adopted ones are counted now (few, and
  // from their own index). Approving a report writes practice_search, so cached counts expire.
  if (filters.adoptedOnly) return null;
  const years = yearsOf(filters);
  const row = filters.tsquery === null ? await facetTotalCombos(years) : await frequentCombos(filters.tsquery, years);
  if (!row) return null;
  const combos = parseCombos(row.combos, row.index_rows);
  storeCombos(key, row.version, combos);
  return combos;
}

// A query matching at least this many practices has its counts kept (search_frequent_query). Its
// tiers are counted from the full document of every match outside the title and summary that has
// attachment text (a fifth of practices) or a word in the metadata: 1,107 matches of "ocieplenie
// budynków szkolnych" took 2.4 times their bare count from the index, reading the kept text 0.1 ms
// (docs/search-performance.md). 2,000 was set before attachments were indexed.
const FREQUENT_MATCHES = 500;
// Counted this often by this process before it is kept: a query typed once never takes a place.
const SIGHTINGS_TO_PROMOTE = 2;
const MAX_SIGHTINGS_KEPT = 1_000;

/** Frequent queries counted by this process, and how often; those being promoted. */
const sightings = new Map<string, number>();
const promoting = new Set<string>();

function notePossiblyFrequent(tsquery: string): void {
  if (promoting.has(tsquery)) return;
  const seen = (sightings.get(tsquery) ?? 0) + 1;
  if (seen < SIGHTINGS_TO_PROMOTE) {
    if (sightings.size >= MAX_SIGHTINGS_KEPT) sightings.clear();
    sightings.set(tsquery, seen);
    return;
  }
  sightings.delete(tsquery);
  // In the background: the visitor gets this answer now, a later one the kept counts.
  promoting.add(tsquery);
  promoteFrequentQuery(tsquery)
    .catch(warn("keep the counts of a frequent query"))
    .finally(() => promoting.delete(tsquery));
}

/**
 * The matches counted now (and cached): a search with words, or of adopted practices. A query
 * found often enough is kept from then on (its counts over every practice, whatever the filter).
 */
export async function countedCombos(filters: SearchFilters): Promise<Combos> {
  const row = await countCombos(filters);
  const combos = parseCombos(row.combos, row.index_rows);
  storeCombos(cacheKeyOf(filters), row.version, combos);
  // Within years the matches are fewer than overall: enough of them is enough overall.
  if (filters.tsquery !== null && combos.counts.reduce((sum, n) => sum + n, 0) >= FREQUENT_MATCHES) notePossiblyFrequent(filters.tsquery);
  return combos;
}

/** The total and the four facets without a page of results: for the map and the statistics. */
export async function countSearchFacets(filters: SearchFilters): Promise<CountedFacets> {
  const combos = (await knownCombos(filters)) ?? (await countedCombos(filters));
  return countFacets(combos, filters);
}
