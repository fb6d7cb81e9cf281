import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { UNIT_TYPES, VOIVODESHIPS } from "@/features/practice/vocabulary";
import type { UnitType, Voivodeship } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { POPULATION_BANDS, type PopulationBand, type SearchSort } from "./vocabulary";

// One round trip answers a search page: the page of ids, the total and all four facets, each
// facet counted under every active filter except its own (AND across facets, OR inside one).

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

const VOIVODESHIP_BY_DB = new Map(Object.entries(VOIVODESHIPS).map(([key, v]) => [v.slug, key as Voivodeship]));
const UNIT_TYPE_BY_DB = new Map(Object.entries(UNIT_TYPES).map(([key, u]) => [u.slug, key as UnitType]));

const bandCase = Prisma.sql`CASE ${Prisma.join(
  POPULATION_BANDS.map((band) =>
    band.max === null
      ? Prisma.sql`WHEN population >= ${band.min} THEN ${band.slug}`
      : Prisma.sql`WHEN population >= ${band.min} AND population < ${band.max} THEN ${band.slug}`,
  ),
  " ",
)} END`;

function condition(active: boolean, sql: Prisma.Sql): Prisma.Sql {
  return active ? sql : Prisma.sql`true`;
}

function orderBy(sort: SearchSort): Prisma.Sql {
  if (sort === "trafnosc") return Prisma.sql`rank DESC, entered_on DESC, id DESC`;
  if (sort === "tytul") return Prisma.sql`title ASC, id ASC`;
  return Prisma.sql`entered_on DESC, id DESC`;
}

export async function searchPractices(filters: SearchFilters, sort: SearchSort, offset: number, limit: number): Promise<SearchPage> {
  const query = filters.tsquery === null ? Prisma.sql`NULL::tsquery` : Prisma.sql`to_tsquery('simple', ${filters.tsquery})`;
  const textMatch = filters.tsquery === null ? Prisma.sql`true` : Prisma.sql`search_document @@ (SELECT query FROM q)`;
  const rank =
    filters.tsquery === null ? Prisma.sql`0::real` : Prisma.sql`ts_rank(search_rank_document, (SELECT query FROM q))`;
  const fromDate = filters.fromYear ? Prisma.sql`AND entered_on >= make_date(${filters.fromYear}::int, 1, 1)` : Prisma.empty;
  const toDate = filters.toYear ? Prisma.sql`AND entered_on < make_date(${filters.toYear + 1}::int, 1, 1)` : Prisma.empty;
  const voivodeships = filters.voivodeships.map((v) => VOIVODESHIPS[v].slug);
  const unitTypes = filters.unitTypes.map((u) => UNIT_TYPES[u].slug);

  type Counts = Record<string, number> | null;
  type Row = { ids: number[] | null; total: number; facets: { voivodeship: Counts; unitType: Counts; band: Counts; category: Counts } };
  const [row] = await db.$queryRaw<{ result: Row }[]>`
    WITH q AS (SELECT ${query} AS query),
    matched AS MATERIALIZED (
      SELECT id, title, entered_on, voivodeship::text AS voivodeship, unit_type::text AS unit_type, category_ids,
        ${bandCase} AS band, ${rank} AS rank
      FROM practice
      WHERE status = 'published' AND ${textMatch} ${fromDate} ${toDate}
    ),
    flagged AS MATERIALIZED (
      SELECT *,
        ${condition(voivodeships.length > 0, Prisma.sql`voivodeship = ANY(${voivodeships}::text[])`)} AS in_voivodeship,
        ${condition(unitTypes.length > 0, Prisma.sql`unit_type = ANY(${unitTypes}::text[])`)} AS in_unit_type,
        ${condition(filters.categoryIds.length > 0, Prisma.sql`category_ids && ${filters.categoryIds}::int[]`)} AS in_category,
        ${condition(filters.bands.length > 0, Prisma.sql`band = ANY(${filters.bands}::text[])`)} AS in_band
      FROM matched
    )
    SELECT json_build_object(
      'total', (SELECT count(*) FROM flagged WHERE in_voivodeship AND in_unit_type AND in_category AND in_band),
      'ids', (SELECT json_agg(id) FROM (
        SELECT id FROM flagged WHERE in_voivodeship AND in_unit_type AND in_category AND in_band
        ORDER BY ${orderBy(sort)} LIMIT ${limit} OFFSET ${offset}) page),
      'facets', json_build_object(
        'voivodeship', (SELECT json_object_agg(voivodeship, n) FROM (
          SELECT voivodeship, count(*) AS n FROM flagged WHERE in_unit_type AND in_category AND in_band GROUP BY 1) f),
        'unitType', (SELECT json_object_agg(unit_type, n) FROM (
          SELECT unit_type, count(*) AS n FROM flagged WHERE in_voivodeship AND in_category AND in_band GROUP BY 1) f),
        'band', (SELECT json_object_agg(band, n) FROM (
          SELECT band, count(*) AS n FROM flagged WHERE in_voivodeship AND in_unit_type AND in_category AND band IS NOT NULL GROUP BY 1) f),
        'category', (SELECT json_object_agg(category_id, n) FROM (
          SELECT unnest(category_ids) AS category_id, count(*) AS n FROM flagged
          WHERE in_voivodeship AND in_unit_type AND in_band GROUP BY 1) f)
      )
    ) AS result`;
  const result = row!.result;
  const facets = result.facets;
  return {
    ids: result.ids ?? [],
    total: result.total,
    facets: {
      voivodeship: remap(facets.voivodeship, VOIVODESHIP_BY_DB),
      unitType: remap(facets.unitType, UNIT_TYPE_BY_DB),
      band: (facets.band ?? {}) as FacetCounts["band"],
      category: facets.category ?? {},
    },
  };
}

function remap<K extends string>(counts: Record<string, number> | null, keys: Map<string, K>): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  for (const [dbValue, n] of Object.entries(counts ?? {})) {
    const key = keys.get(dbValue);
    if (key) out[key] = n;
  }
  return out;
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
    ORDER BY similarity(term, ${foldedWord}) DESC, term LIMIT 1`;
  return rows[0]?.word ?? null;
}

export async function isKnownWord(foldedWord: string): Promise<boolean> {
  const rows = await db.$queryRaw<{ found: boolean }[]>`SELECT EXISTS (SELECT 1 FROM search_term WHERE term = ${foldedWord}) AS found`;
  return rows[0]?.found ?? false;
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
  const records = await db.practice.findMany({ where: { id: { in: ids } }, select: resultSelect });
  const byId = new Map(records.map((record) => [record.id, record]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
