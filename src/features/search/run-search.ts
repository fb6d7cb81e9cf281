import { foldDiacritics } from "./analyze";
import {
  countSearchFacets,
  getCategoryIdsBySlugs,
  getSearchResultRecords,
  searchPractices,
  suggestLocalities,
  suggestWord,
  type FacetCounts,
  type SearchResultRecord,
} from "./data";
import { parseQuery, queryTerms, toTsquery } from "./query";
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
  /** Search terms to highlight in snippets. */
  terms: string[];
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

export async function runSearch(params: SearchParams): Promise<SearchOutcome> {
  const baseFilters = await baseFiltersOf(params);
  const run = async (q: string, page: number) => {
    const clauses = parseQuery(q);
    const result = await searchPractices(
      { ...baseFilters, tsquery: toTsquery(clauses) },
      params.sort,
      (page - 1) * RESULTS_PER_PAGE,
      RESULTS_PER_PAGE,
    );
    return { ...result, terms: queryTerms(clauses) };
  };

  let shownQuery = params.q;
  let result = await run(shownQuery, params.strona);
  let corrected = false;
  let localities: string[] = [];
  if (result.total === 0 && params.q) {
    // A correction is only used when it finds published practices: one that finds nothing is
    // no help, and could reveal words of drafts.
    const suggestion = await correctSpelling(params.q);
    localities = await suggestLocalities(foldDiacritics(params.q));
    if (suggestion) {
      const fallback = await run(suggestion, params.strona);
      if (fallback.total > 0) {
        result = fallback;
        shownQuery = suggestion;
        corrected = true;
      }
    }
  }
  const pageCount = Math.max(1, Math.ceil(result.total / RESULTS_PER_PAGE));
  // Past the last page: show the last page rather than nothing.
  if (params.strona > pageCount && result.total > 0) {
    result = await run(shownQuery, pageCount);
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
    terms: result.terms,
    localities,
  };
}
