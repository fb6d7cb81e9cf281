// Requests are counted and timed per route group, a small fixed set: raw paths as metric labels
// would make a new time series for every practice, search and made-up address (unbounded memory
// in this process and in Prometheus).

export const ROUTE_GROUPS = ["home", "category", "practice", "search", "api", "admin", "static", "health", "metrics", "other"] as const;

export type RouteGroup = (typeof ROUTE_GROUPS)[number];

const PREFIXES: [string, RouteGroup][] = [
  ["/kategorie/", "category"],
  ["/praktyki/", "practice"],
  ["/admin/", "admin"],
  ["/api/", "api"],
  ["/_next/", "static"],
];

const EXACT = new Map<string, RouteGroup>([
  ["/", "home"],
  ["/szukaj", "search"],
  ["/szukaj.csv", "search"],
  ["/admin", "admin"],
  ["/api/zdrowie", "health"],
  ["/api/gotowosc", "health"],
  ["/metrics", "metrics"],
  ["/icon.svg", "static"],
  ["/favicon.ico", "static"],
  ["/robots.txt", "static"],
]);

/** The group of a request's path (decoded, without the query string); null for an unreadable URL. */
export function routeGroupOf(pathname: string | null): RouteGroup {
  if (pathname === null) return "other";
  const exact = EXACT.get(pathname);
  if (exact) return exact;
  return PREFIXES.find(([prefix]) => pathname.startsWith(prefix))?.[1] ?? "other";
}

// Private links carry their secret in the path (a submission's draft, confirmations, unsubscribing):
// whoever reads the log must not be able to open them. Their token segment is logged as ":token".
const PRIVATE_LINK = /^(\/(?:zgloszenie|obserwuj\/potwierdz|obserwuj\/wypisanie|obserwuj\/wypisz|wdrozenia\/potwierdz|zglos-praktyke\/potwierdz))\/[^/]+/;

/** Longer paths are hostile or broken; their start is enough to recognise them. */
const MAX_LOGGED_PATH = 200;

/**
 * The path as logged: no query string (search words, filters and form values may be personal),
 * private links' tokens masked, cut to a bounded length.
 */
export function loggedPath(pathname: string | null): string {
  if (pathname === null) return "(unreadable)";
  const masked = pathname.replace(PRIVATE_LINK, "$1/:token");
  return masked.length > MAX_LOGGED_PATH ? `${masked.slice(0, MAX_LOGGED_PATH)}…` : masked;
}
