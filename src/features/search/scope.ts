import { searchQueryPairs, type SearchParams } from "./schema";

/**
 * Where a listing of practices lives. /szukaj searches the whole bank; a category page is the same
 * search fixed to its category, at its own address: the category is in the path, never in the
 * query, and the listing's links (filters, orders, pages) stay on that address.
 */
export type SearchScope = { path: string; categorySlug?: string };

export const WHOLE_BANK: SearchScope = { path: "/szukaj" };

export function categoryScope(slug: string): SearchScope {
  return { path: `/kategorie/${slug}`, categorySlug: slug };
}

/** The parameters the scope's search runs with: a category page searches its own category only. */
export function paramsInScope(scope: SearchScope, params: SearchParams): SearchParams {
  return scope.categorySlug ? { ...params, kategoria: [scope.categorySlug] } : params;
}

/** The query parameters of a search in its scope: a category page's category stays in its path. */
export function scopeQueryPairs(scope: SearchScope, params: Partial<SearchParams>, overrides: Partial<SearchParams> = {}): [string, string][] {
  return searchQueryPairs({ ...params, ...overrides, ...(scope.categorySlug ? { kategoria: [] } : {}) });
}

/** The address of a search in its scope. */
export function scopeHref(scope: SearchScope, params: Partial<SearchParams>, overrides: Partial<SearchParams> = {}): string {
  const query = new URLSearchParams(scopeQueryPairs(scope, params, overrides)).toString();
  return query ? `${scope.path}?${query}` : scope.path;
}

/** Whether a category page is narrowed by words or filters (its order and page aside): then it is a search, rendered per request and not indexed. */
export function isNarrowedCategoryListing(params: SearchParams): boolean {
  return searchQueryPairs(params, { kategoria: [], sort: undefined, strona: 1 }).length > 0;
}
