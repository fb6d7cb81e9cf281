import { foldDiacritics } from "./analyze";
import {
  countSearchFacets,
  getCategoryIdsBySlugs,
  getSearchResultRecords,
  searchPractices,
  suggestLocalities,
  suggestWord,
  type SearchPage,
  type SearchResultRecord,
} from "./data";
import type { FacetCounts } from "./facet-counts";
import { highlightOf, parseQuery, toTsquery, type Highlight } from "./query";
import type { SearchParams } from "./schema";

export const RESULTS_PER_PAGE = 10;

export type SearchOutcome = {
  params: SearchParams;
  /** The query whose results are shown: `params.q`, or its spelling correction when that found nothing. */
  shownQuery: string;
  corrected: boolean;
  total: number;
  page: number;
  pageCount: number;
  results: SearchResultRecord[];
  facets: FacetCounts;
  /** What to highlight in snippets: what the shown query's tsquery matches. */
  highlight: Highlight;
  /** Only when nothing was found: localities with a similar name. */
  localities: string[];
};

/** Replaces each word the bank has never seen by its closest known spelling; null if none changed. */
async function correctSpelling(q: string): Promise<string | null> {
  let changed = false;
  const corrected: string[] = [];
  for (const word of q.split(/\s+/)) {
    const folded = foldDiacritics(word.replace(/[^\p{L}\p{N}]/gu, ""));
    if (folded.length >= 4) {
      // A known word is its own closest match (similarity 1), so it stays as typed.
      const suggestion = await suggestWord(folded);
      if (suggestion && foldDiacritics(suggestion) !== folded) {
        corrected.push(suggestion);
        changed = true;
        continue;
      }
    }
    corrected.push(word);
  }
  return changed ? corrected.join(" ") : null;
}

type Run = (q: string, offset: number, limit: number) => Promise<SearchPage & { highlight: Highlight }>;

/** The filters of a search, without its words. */
async function baseFiltersOf(params: SearchParams) {
  const categories = await getCategoryIdsBySlugs(params.kategoria);
  return {
    voivodeships: params.wojewodztwo,
    unitTypes: params.typ,
    categoryIds: categories.map((category) => category.id),
    bands: params.ludnosc,
    fromYear: params.od,
    toYear: params.do,
  };
}

/**
 * The total and facet counts of a search, without results or spelling fallback: each facet counts
 * under the other filters, so `facets.voivodeship` is the practices per voivodeship (the map).
 */
export async function runFacetCounts(params: SearchParams): Promise<{ total: number; facets: FacetCounts }> {
  return countSearchFacets({ ...(await baseFiltersOf(params)), tsquery: toTsquery(parseQuery(params.q)) });
}

/** Runs the words of a query (or another spelling of them) under the filters of `params`. */
async function searcher(params: SearchParams): Promise<Run> {
  const baseFilters = await baseFiltersOf(params);
  return async (q, offset, limit) => {
    const clauses = parseQuery(q);
    const result = await searchPractices({ ...baseFilters, tsquery: toTsquery(clauses) }, params.sort, offset, limit);
    return { ...result, highlight: highlightOf(clauses) };
  };
}

/** The results of the words as typed or, when they find nothing, of their spelling correction. */
async function runWithCorrection(run: Run, q: string, offset: number, limit: number) {
  const result = await run(q, offset, limit);
  if (result.total === 0 && q) {
    // A correction is only used when it finds published practices: one that finds nothing is
    // no help, and could reveal words of drafts.
    const suggestion = await correctSpelling(q);
    if (suggestion) {
      const fallback = await run(suggestion, offset, limit);
      if (fallback.total > 0) return { result: fallback, shownQuery: suggestion, corrected: true };
    }
  }
  return { result, shownQuery: q, corrected: false };
}

export async function runSearch(params: SearchParams): Promise<SearchOutcome> {
  const run = await searcher(params);
  const pageOffset = (page: number) => (page - 1) * RESULTS_PER_PAGE;
  const { shownQuery, corrected, ...found } = await runWithCorrection(run, params.q, pageOffset(params.strona), RESULTS_PER_PAGE);
  let result = found.result;
  const localities = result.total === 0 && params.q ? await suggestLocalities(foldDiacritics(params.q)) : [];
  const pageCount = Math.max(1, Math.ceil(result.total / RESULTS_PER_PAGE));
  // Past the last page: show the last page rather than nothing.
  if (params.strona > pageCount && result.total > 0) {
    result = await run(shownQuery, pageOffset(pageCount), RESULTS_PER_PAGE);
  }
  return {
    params,
    shownQuery,
    corrected,
    total: result.total,
    page: Math.min(params.strona, pageCount),
    pageCount,
    results: await getSearchResultRecords(result.ids),
    facets: result.facets,
    highlight: result.highlight,
    localities,
  };
}

export type SearchMatches = { ids: number[]; total: number; shownQuery: string; corrected: boolean };

/**
 * Every match of a search, in the order of its pages, as ids (at most `limit`): for exports. The
 * same words, filters, order and spelling fallback as runSearch, so both always agree.
 */
export async function searchAllPracticeIds(params: SearchParams, limit: number): Promise<SearchMatches> {
  const { result, shownQuery, corrected } = await runWithCorrection(await searcher(params), params.q, 0, limit);
  return { ids: result.ids, total: result.total, shownQuery, corrected };
}
