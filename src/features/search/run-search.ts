import { foldDiacritics } from "./analyze";
import {
  getCategoryIdsBySlugs,
  getSearchResultRecords,
  searchPractices,
  suggestLocalities,
  suggestWords,
  type SearchFilters,
  type SearchResultRecord,
} from "./data";
import type { FacetCounts } from "./facet-counts";
import type { SearchSort } from "./vocabulary";
import { countSearchFacets } from "./facet-data";
import { expansionLabels, expansionOf } from "./expansion";
import { addCountedFacets } from "./facet-counts";
import { expandedParts, fewerWordsTsqueries, highlightOf, onlyExpandedTsquery, parseQuery, toTsquery, type Highlight, type QueryClause } from "./query";
import type { SearchParams } from "./schema";

export const RESULTS_PER_PAGE = 10;

/** One query a search tries: the words as typed, their spelling correction, or fewer of them. */
export type Attempt = {
  /** The words whose results are shown: `q`, or its spelling correction. */
  shownQuery: string;
  /** Everything the attempt finds: the words, their word families and thesaurus alternatives. */
  tsquery: string | null;
  /** When the thesaurus adds entries: the words as typed (with families), whose matches come first, then the rest. */
  tiers: { typed: string; added: string } | null;
  highlight: Highlight;
  /** What the attempt looks for besides the words as typed ("uwzględniono też: …"). */
  expansions: string[];
  corrected: boolean;
  /** Practices with only some of the words, because none has them all. */
  partial: boolean;
};

export type SearchOutcome = Omit<Attempt, "tsquery" | "tiers"> & {
  params: SearchParams;
  total: number;
  page: number;
  pageCount: number;
  results: SearchResultRecord[];
  facets: FacetCounts;
  /** Only when nothing was found: localities with a similar name. */
  localities: string[];
  /** The queries tried, in order, up to the one shown: a search with other filters tries the same. */
  attempts: Attempt[];
};

// Words looked up for a spelling correction, in one query: a long query's later words stay as typed.
const MAX_CORRECTED_WORDS = 8;

/** Replaces each word the bank has never seen by its closest known spelling; null if none changed. */
async function correctSpelling(q: string): Promise<string | null> {
  // Odd parts are words; the rest (spaces, quotes of phrases, hyphens) stays as typed.
  const parts = q.split(/([\p{L}\p{N}]+)/u);
  const candidates = parts.filter((part, i) => i % 2 === 1 && part.length >= 4 && !/\d/.test(part)).map(foldDiacritics);
  const suggestions = await suggestWords([...new Set(candidates)].slice(0, MAX_CORRECTED_WORDS));
  let changed = false;
  const corrected = parts.map((part, i) => {
    // A known word is its own closest match (similarity 1), so it stays as typed.
    const suggestion = i % 2 === 1 ? suggestions.get(foldDiacritics(part)) : undefined;
    if (!suggestion || foldDiacritics(suggestion) === foldDiacritics(part)) return part;
    changed = true;
    return suggestion;
  });
  return changed ? corrected.join("") : null;
}

/** The words of a query with their expansions; the typed words alone rank first. */
function expandedAttempt(shownQuery: string, clauses: QueryClause[], corrected: boolean): { attempt: Attempt; parts: string[] } {
  const expansion = expansionOf(clauses);
  const { parts, added } = expandedParts(clauses, expansion);
  const tsquery = parts.length > 0 ? parts.join(" & ") : null;
  // The first tier: the words as typed with their families. A family root is a prefix of the typed
  // word's term, so a tier of its own would have to test every match of the word for `!typed`.
  const typed = expandedParts(clauses, { ...expansion, spans: [] }).parts.join(" & ");
  const attempt = {
    shownQuery,
    tsquery,
    tiers: added.length > 0 ? { typed, added: onlyExpandedTsquery(parts, added, typed) } : null,
    highlight: highlightOf(clauses, expansion),
    expansions: expansionLabels(expansion),
    corrected,
    partial: false,
  };
  return { attempt, parts };
}

/** What a search tries in turn until something is found; the correction is looked up only when needed. */
async function* attemptsOf(q: string): AsyncGenerator<Attempt> {
  const clauses = parseQuery(q);
  const { attempt: typed, parts } = expandedAttempt(q, clauses, false);
  yield typed;
  if (clauses.length === 0) return;
  const suggestion = await correctSpelling(q);
  const corrected = suggestion === null ? [] : parseQuery(suggestion);
  // A correction that only changes a word's form ("Ełku" → "Ełk") asks the same again: skipped.
  if (suggestion !== null && toTsquery(corrected) !== toTsquery(clauses)) {
    yield expandedAttempt(suggestion, corrected, true).attempt;
  }
  for (const tsquery of fewerWordsTsqueries(parts)) yield { ...typed, tsquery, tiers: null, partial: true };
}

type BaseFilters = Omit<SearchFilters, "tsquery">;

function filtersOf(params: SearchParams, categories: { id: number; slug: string }[]): BaseFilters {
  return {
    voivodeships: params.wojewodztwo,
    unitTypes: params.typ,
    categoryIds: categories.filter((category) => params.kategoria.includes(category.slug)).map((category) => category.id),
    bands: params.ludnosc,
    fromYear: params.od,
    toYear: params.do,
    adoptedOnly: params.wdrozone,
  };
}

/** The filters of a search, without its words. */
async function baseFiltersOf(params: SearchParams): Promise<BaseFilters> {
  return filtersOf(params, await getCategoryIdsBySlugs(params.kategoria));
}

/**
 * The total and facet counts of a search, without results or spelling fallback: each facet counts
 * under the other filters, so `facets.voivodeship` is the practices per voivodeship (the map).
 */
export async function runFacetCounts(params: SearchParams): Promise<{ total: number; facets: FacetCounts }> {
  return countSearchFacets({ ...(await baseFiltersOf(params)), tsquery: expandedAttempt(params.q, parseQuery(params.q), false).attempt.tsquery });
}

/**
 * How many practices each variant of a search would show, trying the attempts of the original in
 * its order (the same words, correction and fewer words, none of which depends on the filters).
 * The variants differ only in their filters (or have no words): categories are read once.
 */
export async function countVariants(variants: SearchParams[], attempts: Attempt[]): Promise<number[]> {
  const categories = await getCategoryIdsBySlugs([...new Set(variants.flatMap((variant) => variant.kategoria))]);
  return Promise.all(
    variants.map(async (variant) => {
      const filters = filtersOf(variant, categories);
      for (const attempt of variant.q ? attempts : [{ tsquery: null }]) {
        const { total } = await countSearchFacets({ ...filters, tsquery: attempt.tsquery });
        if (total > 0) return total;
      }
      return 0;
    }),
  );
}

/**
 * One page of an attempt. By relevance, the practices with the words as typed come first, then
 * those found only through expansions (disjoint: their counts add up to the expanded query's).
 */
async function searchAttempt(filters: BaseFilters, attempt: Pick<Attempt, "tsquery" | "tiers">, sort: SearchSort, offset: number, limit: number) {
  const { tsquery, tiers } = attempt;
  if (tiers === null || sort !== "trafnosc") return searchPractices({ ...filters, tsquery }, sort, offset, limit);
  const rest = { ...filters, tsquery: tiers.added };
  // The first page (the usual one) reads both tiers side by side; a later one needs the first tier's total.
  const [typed, restFromStart] = await Promise.all([
    searchPractices({ ...filters, tsquery: tiers.typed }, sort, offset, limit),
    offset === 0 ? searchPractices(rest, sort, 0, limit) : null,
  ]);
  const more = restFromStart ?? (await searchPractices(rest, sort, Math.max(0, offset - typed.total), limit - typed.ids.length));
  return { ids: [...typed.ids, ...more.ids].slice(0, limit), ...addCountedFacets(typed, more) };
}

/** The first attempt that finds practices (or the first, when none does) with one page of its results. */
async function runAttempts(params: SearchParams, offset: number, limit: number) {
  const filters = await baseFiltersOf(params);
  const tried: Attempt[] = [];
  let first: { attempt: Attempt; page: Awaited<ReturnType<typeof searchAttempt>> } | undefined;
  for await (const attempt of attemptsOf(params.q)) {
    tried.push(attempt);
    const page = await searchAttempt(filters, attempt, params.sort, offset, limit);
    // A correction is only used when it finds published practices: one that finds nothing is
    // no help, and could reveal words of drafts.
    if (page.total > 0) return { attempt, page, tried, filters };
    first ??= { attempt, page };
  }
  return { ...first!, tried, filters };
}

export async function runSearch(params: SearchParams): Promise<SearchOutcome> {
  const pageOffset = (page: number) => (page - 1) * RESULTS_PER_PAGE;
  const found = await runAttempts(params, pageOffset(params.strona), RESULTS_PER_PAGE);
  const { attempt, tried, filters } = found;
  let { page: result } = found;
  const localities = result.total === 0 && params.q ? await suggestLocalities(foldDiacritics(params.q)) : [];
  const pageCount = Math.max(1, Math.ceil(result.total / RESULTS_PER_PAGE));
  // Past the last page: show the last page rather than nothing.
  if (params.strona > pageCount && result.total > 0) {
    result = await searchAttempt(filters, attempt, params.sort, pageOffset(pageCount), RESULTS_PER_PAGE);
  }
  return {
    params,
    shownQuery: attempt.shownQuery,
    corrected: attempt.corrected,
    partial: attempt.partial,
    highlight: attempt.highlight,
    expansions: attempt.expansions,
    total: result.total,
    page: Math.min(params.strona, pageCount),
    pageCount,
    results: await getSearchResultRecords(result.ids),
    facets: result.facets,
    localities,
    attempts: tried,
  };
}

export type SearchMatches = { ids: number[]; total: number; shownQuery: string; corrected: boolean; partial: boolean };

/**
 * Every match of a search, in the order of its pages, as ids (at most `limit`): for exports. The
 * same words, filters, order and fallbacks as runSearch, so both always agree.
 */
export async function searchAllPracticeIds(params: SearchParams, limit: number): Promise<SearchMatches> {
  const { attempt, page } = await runAttempts(params, 0, limit);
  return { ids: page.ids, total: page.total, shownQuery: attempt.shownQuery, corrected: attempt.corrected, partial: attempt.partial };
}
