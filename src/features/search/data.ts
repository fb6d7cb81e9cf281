import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { UnitType, Voivodeship } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { orderByIds } from "@/lib/order-by-ids";
import { cachedCombos, categorySetOf, storeCombos, type Combos } from "./facet-cache";
import { facetValuesOf, keysMatching } from "./facet-key";
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

export type FacetCounts = {
  voivodeship: Partial<Record<Voivodeship, number>>;
  unitType: Partial<Record<UnitType, number>>;
  category: Record<string, number>;
  band: Partial<Record<PopulationBand, number>>;
};

export type SearchPage = { ids: number[]; total: number; facets: FacetCounts };

type CombosRow = { version: string; keys: number[]; categories: string[]; counts: number[] };

function toCombos(row: CombosRow): Combos {
  return {
    facetKeys: Int32Array.from(row.keys),
    categorySets: row.categories.map(categorySetOf),
    counts: Int32Array.from(row.counts),
  };
}

/**
 * Matches per facet combination: from the index for a text query, from facet_total without one,
 * with the index version read in the same statement (same snapshot) as the counts.
 */
async function countCombos(filters: SearchFilters): Promise<CombosRow> {
  const version = Prisma.sql`(SELECT version::text FROM search_index_state WHERE id = 1)`;
  if (filters.tsquery !== null || filters.fromYear || filters.toYear) {
    const text = filters.tsquery === null ? Prisma.sql`true` : Prisma.sql`document @@ to_tsquery('simple', ${filters.tsquery})`;
    const rows = await db.$queryRaw<CombosRow[]>`
      SELECT ${version} AS version, coalesce(array_agg(facet_key), '{}') AS keys,
        coalesce(array_agg(category_key), '{}') AS categories, coalesce(array_agg(n), '{}') AS counts
      FROM (
        SELECT facet_key, array_to_string(category_ids, ',') AS category_key, count(*)::int AS n
        FROM practice_search
        WHERE ${text} ${yearCondition(filters)}
        GROUP BY 1, 2
      ) grouped`;
    return rows[0]!;
  }
  const rows = await db.$queryRaw<CombosRow[]>`
    SELECT ${version} AS version, coalesce(array_agg(facet_key), '{}') AS keys,
      coalesce(array_agg(category_key), '{}') AS categories, coalesce(array_agg(count), '{}') AS counts
    FROM facet_total`;
  return rows[0]!;
}

async function facetCombos(filters: SearchFilters): Promise<Combos> {
  const key = `${filters.tsquery ?? ""}|${filters.fromYear ?? ""}|${filters.toYear ?? ""}`;
  const [state] = await db.$queryRaw<{ version: string }[]>`SELECT version::text FROM search_index_state WHERE id = 1`;
  const cached = state ? cachedCombos(key, state.version) : null;
  if (cached) return cached;
  const row = await countCombos(filters);
  const combos = toCombos(row);
  storeCombos(key, row.version, combos);
  return combos;
}

function yearCondition(filters: SearchFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (filters.fromYear) parts.push(Prisma.sql`AND entered_on >= make_date(${filters.fromYear}::int, 1, 1)`);
  if (filters.toYear) parts.push(Prisma.sql`AND entered_on < make_date(${filters.toYear + 1}::int, 1, 1)`);
  return parts.length > 0 ? Prisma.join(parts, " ") : Prisma.empty;
}

/** Total and facet counts from the combinations: AND across facets, OR inside one, each facet without its own filter. */
function countFacets(combos: Combos, filters: SearchFilters): { total: number; facets: FacetCounts } {
  const categories = new Set(filters.categoryIds);
  const facets: FacetCounts = { voivodeship: {}, unitType: {}, band: {}, category: {} };
  let total = 0;
  const add = <K extends string>(counts: Partial<Record<K, number>>, key: K, n: number) => {
    counts[key] = (counts[key] ?? 0) + n;
  };
  for (let i = 0; i < combos.counts.length; i++) {
    const n = combos.counts[i]!;
    const categoryIds = combos.categorySets[i]!;
    const values = facetValuesOf(combos.facetKeys[i]!);
    const inVoivodeship = filters.voivodeships.length === 0 || filters.voivodeships.includes(values.voivodeship);
    const inUnitType = filters.unitTypes.length === 0 || filters.unitTypes.includes(values.unitType);
    const inBand = filters.bands.length === 0 || (values.band !== null && filters.bands.includes(values.band));
    const inCategory = categories.size === 0 || categoryIds.some((id) => categories.has(id));
    if (inVoivodeship && inUnitType && inBand && inCategory) total += n;
    if (inUnitType && inBand && inCategory) add(facets.voivodeship, values.voivodeship, n);
    if (inVoivodeship && inBand && inCategory) add(facets.unitType, values.unitType, n);
    if (inVoivodeship && inUnitType && inCategory && values.band !== null) add(facets.band, values.band, n);
    if (inVoivodeship && inUnitType && inBand) for (const id of categoryIds) add(facets.category, String(id), n);
  }
  return { total, facets };
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
    // Relevance tiers: a match in the title, then in the summary or metadata, then in the full
    // presentation only; newest first within a tier.
    const query = Prisma.sql`to_tsquery('simple', ${tsquery})`;
    return Prisma.sql`title_document @@ ${query} DESC, lead_document @@ ${query} DESC, entered_on DESC, practice_id DESC`;
  }
  if (sort === "tytul") return Prisma.sql`title ASC, practice_id ASC`;
  return Prisma.sql`entered_on DESC, practice_id DESC`;
}

async function pageIds(filters: SearchFilters, sort: SearchSort, offset: number, limit: number): Promise<number[]> {
  const text = filters.tsquery === null ? Prisma.sql`true` : Prisma.sql`document @@ to_tsquery('simple', ${filters.tsquery})`;
  const rows = await db.$queryRaw<{ practice_id: number }[]>`
    SELECT practice_id FROM practice_search
    WHERE ${text} AND ${filterConditions(filters)}
    ORDER BY ${orderBy(sort, filters.tsquery)}
    LIMIT ${limit} OFFSET ${offset}`;
  return rows.map((row) => row.practice_id);
}

/**
 * One page of a search: the ids in order, the total and all four facets. Two queries on the narrow
 * index run side by side: one page of ids, and the matches grouped by facet combination (cached
 * per text query and index version, see facet-cache.ts).
 */
export async function searchPractices(filters: SearchFilters, sort: SearchSort, offset: number, limit: number): Promise<SearchPage> {
  const [combos, ids] = await Promise.all([facetCombos(filters), pageIds(filters, sort, offset, limit)]);
  return { ids, ...countFacets(combos, filters) };
}

// How alike (pg_trgm similarity) a known word must be to replace a word the bank has never seen;
// below this, "szczepienia" would turn into "zniszczenia".
const CORRECTION_SIMILARITY = 0.45;

/**
 * The closest known spelling of a word (pg_trgm). The vocabulary may hold words of practices
 * since unpublished: callers only use a correction when it finds published practices.
 */
export async function suggestWord(foldedWord: string): Promise<string | null> {
  const rows = await db.$queryRaw<{ word: string }[]>`
    SELECT word FROM search_term
    WHERE term % ${foldedWord} AND similarity(term, ${foldedWord}) >= ${CORRECTION_SIMILARITY}
    ORDER BY term = ${foldedWord} DESC, similarity(term, ${foldedWord}) DESC, term LIMIT 1`;
  return rows[0]?.word ?? null;
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

/** The practices of one result page, in the order of `ids`. */
export async function getSearchResultRecords(ids: number[]): Promise<SearchResultRecord[]> {
  if (ids.length === 0) return [];
  return orderByIds(ids, await db.practice.findMany({ where: { id: { in: ids } }, select: resultSelect }));
}
