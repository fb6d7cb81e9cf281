import { searchParamsSchema } from "@/features/search/schema";
import { searchViewKey } from "@/features/search/search-view-key";
import { queryObject } from "@/lib/search-params";
import { UNROUTED_PATH } from "./record-gate";

// A rendered search is ~20 ms of the server's one thread; the same search again is a cache read.
// So every /szukaj address is served from a cached route keyed by its canonical parameters:
// parameters in another order, unknown values or junk page numbers give the key of the search
// the page would show anyway. The route's own address is refused from outside, so only keys made
// here create cache entries. docs/decisions/023-searches-cached-per-query.md

const SEARCH_PATH = /^\/szukaj\/?$/;
const SEARCH_VIEW_ROUTE = /^\/szukaj\/widok(?:\/|$)/;

/** The URL to give Next for `pathname` (the request's `url` so far). */
export function searchViewUrl(pathname: string, url: string): string {
  if (SEARCH_VIEW_ROUTE.test(pathname)) return UNROUTED_PATH;
  if (!SEARCH_PATH.test(pathname)) return url;
  const { search, searchParams } = new URL(url, "http://front");
  const params = searchParamsSchema.parse(queryObject(searchParams));
  // The query string goes along: the cached route ignores it, but Next's client-router requests
  // carry a cache-busting parameter that Next checks.
  return `/szukaj/widok/${searchViewKey(params)}${search}`;
}
