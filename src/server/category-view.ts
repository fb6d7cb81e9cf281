import { searchParamsSchema } from "@/features/search/schema";
import { isNarrowedCategoryListing } from "@/features/search/scope";
import { queryObject } from "@/lib/search-params";
import { CATEGORY_ROUTE, UNROUTED_PATH } from "./record-gate";

// A category's first page, in any order and with no words or filters, is what nearly every visitor of a category sees, and
// it only changes when editors save: it is served from a cached route, like the home page. Later
// pages and narrowed listings stay per request (a cached entry for each of thousands of pages would fill the disk).
// The cached route takes no query string, so the front rewrites to it; its own address is refused
// from outside, so made-up slugs cannot create cache entries there either.

const CATEGORY_VIEW_ROUTE = /^\/kategorie\/[^/]*\/widok(?:\/|$)/;

/** The URL to give Next, given the record gate's answer `url` for `pathname`. */
export function categoryViewUrl(pathname: string, url: string): string {
  if (url === UNROUTED_PATH || CATEGORY_VIEW_ROUTE.test(pathname)) return UNROUTED_PATH;
  const slug = CATEGORY_ROUTE.exec(pathname)?.[1];
  if (slug === undefined) return url;
  const { search, searchParams } = new URL(url, "http://front");
  // Read as the page reads it: junk values fall back to the defaults, a `kategoria` is ignored (the page is one).
  const params = searchParamsSchema.parse(queryObject(searchParams));
  // The query string goes along: the cached route ignores it, but Next's client-router requests
  // carry a cache-busting parameter that Next checks.
  return params.strona === 1 && !isNarrowedCategoryListing(params) ? `/kategorie/${slug}/widok/${params.sort}${search}` : url;
}
