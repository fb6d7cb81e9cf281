import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { UnitType, Voivodeship } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { orderByIds } from "@/lib/order-by-ids";
import { countFacets, type CountedFacets } from "./facet-counts";
import { countedCombos, knownCombos, queryOf, yearCondition } from "./facet-data";
import { keysMatching } from "./facet-key";
import type { AttachmentText } from "./highlight";
import { planTieredPage, type TierPlan, type TierSlice } from "./tier-plan";
import type { PopulationBand, SearchSort } from "./vocabulary";

export type SearchFilters = {
  tsquery: string | null;
  voivodeships: Voivodeship[];
  unitTypes: UnitType[];
  categoryIds: number[];
  bands: PopulationBand[];
  fromYear?: number;
  toYear?: number;
  /** Only practices with an approved adoption report: no kept counts know these (facet-data.ts). */
  adoptedOnly?: boolean;
};

export type SearchPage = { ids: number[] } & CountedFacets;

/** The facet and category conditions of a search. */
function facetConditions(filters: SearchFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`true`];
  if (filters.voivodeships.length + filters.unitTypes.length + filters.bands.length > 0) {
    conditions.push(Prisma.sql`facet_key = ANY(${keysMatching(filters.voivodeships, filters.unitTypes, filters.bands)}::int[])`);
  }
  if (filters.categoryIds.length > 0) conditions.push(Prisma.sql`category_ids && ${filters.categoryIds}::int[]`);
  if (filters.adoptedOnly) conditions.push(Prisma.sql`adoption_count > 0`);
  return Prisma.join(conditions, " AND ");
}

/** The facet, category and year conditions of a search, without its words. */
function filterConditions(filters: SearchFilters): Prisma.Sql {
  return Prisma.sql`${facetConditions(filters)} ${yearCondition(filters)}`;
}

function orderBy(sort: SearchSort, tsquery: string | null): Prisma.Sql {
  if (sort === "trafnosc" && tsquery !== null) {
    // Relevance tiers: a match in the title, then in the summary, then in the full presentation,
    // then in the metadata only; newest first within a tier.
    return Prisma.sql`search_tier(document, title_document, lead_document, ${queryOf(tsquery)}), entered_on DESC, practice_id DESC`;
  }
  if (sort === "tytul") return Prisma.sql`title ASC, practice_id ASC`;
  if (sort === "najczesciej-wdrazane") return Prisma.sql`adoption_count DESC, entered_on DESC, practice_id DESC`;
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
 * The rows of one tier (as search_tier tells them apart). No condition here can use the words'
 * index (the matches of the last tiers are wrapped in coalesce for that reason), so the rows are
 * read along the date index, as the plan chose.
 */
function tierCondition(tier: number, tsquery: string): Prisma.Sql {
  const query = queryOf(tsquery);
  // A query with a negation (the thesaurus tier, `… & !(typed)`, query.ts) may match a title or
  // summary whose practice has the negated words in its body: such a practice belongs to the
  // words as typed, so the document decides too, read only for the rows the cheap tests pass.
  const inDocument = tsquery.includes("!") ? Prisma.sql` AND coalesce(document @@ ${query}, false)` : Prisma.empty;
  if (tier === 0) return Prisma.sql`title_document @@ ${query}${inDocument}`;
  if (tier === 1) return Prisma.sql`lead_document @@ search_in_weights(${query}, 'AB') AND NOT title_document @@ ${query}${inDocument}`;
  // search_tier tests the title and summary first, from the vectors in the row.
  return Prisma.sql`coalesce(document @@ ${query}, false) AND search_tier(document, title_document, lead_document, ${query}) = ${tier}`;
}

/**
 * The walk: along the date index, with the cheap facet tests first (CASE), for every row walked;
 * the tier's test (which may read the full document) only for those passing them. The planner
 * orders plain conditions by its own cost estimates, which do not count reading the document.
 */
function walkedSlice(filters: SearchFilters & { tsquery: string }, slice: TierSlice): Prisma.Sql {
  return Prisma.sql`
    SELECT practice_id FROM practice_search
    WHERE CASE WHEN ${facetConditions(filters)} THEN ${tierCondition(slice.tier, filters.tsquery)} ELSE false END
      ${yearCondition(filters)}
    ORDER BY entered_on DESC, practice_id DESC
    LIMIT ${slice.limit} OFFSET ${slice.offset}`;
}

/**
 * The matches: every match of the words and filters, read without its document (it stays a
 * pointer through the sort), sorted by date; then the tier of each in that order until the slice
 * is full, so that only those rows' documents are read (OFFSET 0 keeps the tier's test out of the
 * inner query). Sorting all matches by their tier instead read every match's document.
 */
function matchedSlice(filters: SearchFilters & { tsquery: string }, slice: TierSlice): Prisma.Sql {
  const query = queryOf(filters.tsquery);
  return Prisma.sql`
    SELECT practice_id FROM (
      SELECT practice_id, document, title_document, lead_document FROM practice_search
      WHERE document @@ ${query} AND ${filterConditions(filters)}
      ORDER BY entered_on DESC, practice_id DESC OFFSET 0
    ) matches
    WHERE search_tier(document, title_document, lead_document, ${query}) = ${slice.tier}
    LIMIT ${slice.limit} OFFSET ${slice.offset}`;
}

async function tierSliceIds(filters: SearchFilters & { tsquery: string }, slice: TierSlice, kind: TierPlan["kind"]): Promise<number[]> {
  // No sequential scan: the counts chose how to read the tier. Without facet filters the walk's
  // CASE folds to the tier's test, whose estimate multiplies the words' frequencies as if
  // independent (2 rows for a tier of 998), and the planner then tested every row and sorted
  // them: 473 ms against 11 ms for the walk (docs/search-performance.md).
  const [, rows] = await db.$transaction([
    db.$executeRaw`SET LOCAL enable_seqscan = off`,
    db.$queryRaw<{ practice_id: number }[]>(kind === "walk" ? walkedSlice(filters, slice) : matchedSlice(filters, slice)),
  ]);
  return rows.map((row) => row.practice_id);
}

/** A page by relevance, tier by tier, along the date index or the words' matches as the counts say. */
async function relevancePageIds(filters: SearchFilters & { tsquery: string }, counted: CountedFacets, indexRows: number, offset: number, limit: number) {
  const plan = planTieredPage({ ...counted, indexRows, rechecked: /!|<->/.test(filters.tsquery) }, offset, limit);
  return (await Promise.all(plan.slices.map((slice) => tierSliceIds(filters, slice, plan.kind)))).flat();
}

/**
 * One page of a search: the ids in order, the total and all four facets. When the counts are
 * known (cached, or kept in the database), they come first and choose how the page is read;
 * otherwise the count and the page are read side by side.
 */
export async function searchPractices(filters: SearchFilters, sort: SearchSort, offset: number, limit: number): Promise<SearchPage> {
  const known = await knownCombos(filters);
  const { tsquery } = filters;
  if (known) {
    const counted = countFacets(known, filters);
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

/**
 * The extracted text of the attachments of some results (published practices only), in their
 * order: the page shows a snippet from them for results whose own text does not show the words.
 */
export async function getResultAttachmentTexts(practiceIds: number[]): Promise<Map<number, AttachmentText[]>> {
  if (practiceIds.length === 0) return new Map();
  const rows = await db.attachment.findMany({
    where: { practiceId: { in: practiceIds }, textStatus: "EXTRACTED", practice: { status: "PUBLISHED" } },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { practiceId: true, fileName: true, text: true },
  });
  const texts = new Map<number, AttachmentText[]>();
  for (const row of rows) texts.set(row.practiceId, [...(texts.get(row.practiceId) ?? []), { fileName: row.fileName, text: row.text ?? "" }]);
  return texts;
}
