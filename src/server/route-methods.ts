import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// Which HTTP methods each address serves, so the front answers every other one with 405 and an
// Allow header. Next answers some of them itself, but not all: TRACE on a route handler, for one,
// makes it throw (500). Route handlers' methods are read from their source at start, where they
// are plain `export function GET` declarations; pages, and addresses of no route (404s), take GET,
// HEAD and POST (server actions and forms without JavaScript).

const HANDLER_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
const EXPORTED_METHOD = /^export\s+(?:async\s+)?(?:function|const)\s+(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b/gm;
const PAGE_METHODS: readonly string[] = ["GET", "HEAD", "POST"];
const ASSET_METHODS: readonly string[] = ["GET", "HEAD"];
// Files Next serves itself: its build output, and public/ (no page has a dot in its last segment
// except the route handlers listed in the table, which are matched first).
const ASSET_PATH = /^\/_next\/|\.(?:css|js|map|svg|png|ico|jpg|jpeg|webp|woff2?|txt)$/;

export type RouteMethods = { pattern: RegExp; rank: number[]; methods: readonly string[]; page: boolean };

/** The methods of a route handler whose source is `source`, as Next serves them. */
export function methodsOfHandler(source: string): string[] {
  const exported = new Set([...source.matchAll(EXPORTED_METHOD)].map((match) => match[1] as string));
  // Next answers HEAD with the GET handler and OPTIONS by itself when they are not exported.
  if (exported.has("GET")) exported.add("HEAD");
  exported.add("OPTIONS");
  return [...HANDLER_METHODS, "HEAD"].filter((method) => exported.has(method)).sort(byUsualOrder);
}

function byUsualOrder(a: string, b: string): number {
  const order = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
  return order.indexOf(a) - order.indexOf(b);
}

/**
 * The URL pattern of a route file's folder (relative to src/app): route groups "(x)" vanish,
 * "[x]" is one segment, "[...x]" one or more. The rank orders matches as Next does: static
 * segments before dynamic ones before catch-alls.
 */
export function routePattern(folder: string): { pattern: RegExp; rank: number[] } {
  const segments = folder.split(/[\\/]/).filter((segment) => segment !== "" && !/^\(.*\)$/.test(segment));
  const rank: number[] = [];
  const parts = segments.map((segment) => {
    if (/^\[\.\.\.[^\]]+\]$/.test(segment)) {
      rank.push(2);
      return "/.+";
    }
    if (/^\[[^\]]+\]$/.test(segment)) {
      rank.push(1);
      return "/[^/]+";
    }
    rank.push(0);
    return `/${segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`;
  });
  return { pattern: new RegExp(`^${parts.join("")}/?$`), rank };
}

function compareRank(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? -1) - (b[i] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Every page and route handler under `appDir` (src/app), most specific first. */
export function readRouteMethods(appDir = path.resolve("src/app")): RouteMethods[] {
  const routes: RouteMethods[] = [];
  for (const entry of readdirSync(appDir, { recursive: true, withFileTypes: true })) {
    const page = entry.name === "page.tsx";
    if (!entry.isFile() || !(page || entry.name === "route.ts")) continue;
    const folder = path.relative(appDir, entry.parentPath);
    const methods = page ? PAGE_METHODS : methodsOfHandler(readFileSync(path.join(entry.parentPath, entry.name), "utf8"));
    routes.push({ ...routePattern(folder), methods, page });
  }
  return routes.sort((a, b) => compareRank(a.rank, b.rank));
}

function routeOf(routes: RouteMethods[], pathname: string): RouteMethods | undefined {
  return routes.find((candidate) => candidate.pattern.test(pathname));
}

/** The methods `pathname` serves. */
export function allowedMethods(routes: RouteMethods[], pathname: string): readonly string[] {
  const route = routeOf(routes, pathname);
  if (route) return route.methods;
  return ASSET_PATH.test(pathname) ? ASSET_METHODS : PAGE_METHODS;
}

/** True when `pathname` is a page's address (or no address at all), where server actions are posted. */
export function isPageAddress(routes: RouteMethods[], pathname: string): boolean {
  const route = routeOf(routes, pathname);
  return route ? route.page : !ASSET_PATH.test(pathname);
}
