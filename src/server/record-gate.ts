import { SLUG_PATTERN } from "@/lib/slug";

// Requests for practices and categories that do not exist are handed to Next as an unrouted path,
// which it answers with its one prerendered 404 page, server-rendered whole. Two reasons:
// - practice pages are cached (ISR), and Next would store a 404 on disk for every made-up slug:
//   anyone could fill the disk;
// - notFound() thrown by a page that renders per request (a category) gives visitors without
//   JavaScript Next's empty error shell instead of our page.
// Slugs found are remembered, so popular pages cost no query.

export const UNROUTED_PATH = "/_nie-znaleziono";
const MAX_REMEMBERED = 200_000;
const MAX_SLUG_LENGTH = 200;

type Route = { pattern: RegExp; exists: (slug: string) => Promise<boolean> };

export class RecordGate {
  private readonly known = new Set<string>();

  constructor(private readonly routes: Route[]) {}

  /** The URL to give Next: the request's own, or UNROUTED_PATH for an unknown record. */
  async urlFor(pathname: string, url: string): Promise<string> {
    for (const [index, route] of this.routes.entries()) {
      const slug = route.pattern.exec(pathname)?.[1];
      if (slug === undefined) continue;
      if (slug.length > MAX_SLUG_LENGTH || !SLUG_PATTERN.test(slug)) return UNROUTED_PATH;
      const key = `${index}:${slug}`;
      if (this.known.has(key)) return url;
      if (!(await route.exists(slug))) return UNROUTED_PATH;
      if (this.known.size >= MAX_REMEMBERED) this.known.clear();
      this.known.add(key);
      return url;
    }
    return url;
  }
}

export const PRACTICE_ROUTE = /^\/praktyki\/([^/]*)(?:\/|$)/;
export const CATEGORY_ROUTE = /^\/kategorie\/([^/]*)\/?$/;
