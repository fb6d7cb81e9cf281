import { categoryListingParamsSchema } from "@/features/practice/schema";
import { CATEGORY_ROUTE, UNROUTED_PATH } from "./record-gate";

// A category's first page, in either order, is what nearly every visitor of a category sees, and
// it only changes when editors save: it is served from a cached route, like the home page. Later
// pages stay per request (a cached entry for each of thousands of pages would fill the disk).
// The cached route takes no query string, so the front rewrites to it; its own address is refused
// from outside, so made-up slugs cannot create cache entries there either.

const CATEGORY_VIEW_ROUTE = /^\/kategorie\/[^/]*\/widok(?:\/|$)/;

/** The URL to give Next, given the record gate's answer `url` for `pathname`. */
export function categoryViewUrl(pathname: string, url: string): string {
  if (url === UNROUTED_PATH || CATEGORY_VIEW_ROUTE.test(pathname)) return UNROUTED_PATH;
  const slug = CATEGORY_ROUTE.exec(pathname)?.[1];
  if (slug === undefined) return url;
  const { search, searchParams } = new URL(url, "http://front");
  const { sort, strona } = categoryListingParamsSchema.parse({ sort: searchParams.getAll("sort"), strona: searchParams.getAll("strona") });
  // The query string goes along: the cached route ignores it, but Next's client-router requests
  // carry a cache-busting parameter that Next checks.
  return strona === 1 ? `/kategorie/${slug}/widok/${sort}${search}` : url;
}
