import type { PublishedSlugCheck } from "@/features/practice/published-slugs";
import { SLUG_PATTERN } from "@/lib/slug";

// Practice pages are cached (ISR), and Next caches a 404 for every slug it is asked about: left
// alone, anyone could fill the disk with made-up addresses. Requests for slugs that are not
// published practices are therefore handed to Next as an unrouted path, which it answers with its
// one prerendered 404 page. Slugs found published are remembered, so popular pages cost no query.

export const UNROUTED_PATH = "/_nie-znaleziono";
const PRACTICE_PATH = /^\/praktyki\/([^/]*)(?:\/|$)/;
const MAX_REMEMBERED = 200_000;
const MAX_SLUG_LENGTH = 200;

export class PracticeGate {
  private readonly published = new Set<string>();

  constructor(private readonly isPublished: PublishedSlugCheck) {}

  /** The URL to give Next: the request's own, or UNROUTED_PATH for an unknown practice. */
  async urlFor(pathname: string, url: string): Promise<string> {
    const slug = PRACTICE_PATH.exec(pathname)?.[1];
    if (slug === undefined) return url;
    if (slug.length > MAX_SLUG_LENGTH || !SLUG_PATTERN.test(slug)) return UNROUTED_PATH;
    if (this.published.has(slug)) return url;
    if (!(await this.isPublished(slug))) return UNROUTED_PATH;
    if (this.published.size >= MAX_REMEMBERED) this.published.clear();
    this.published.add(slug);
    return url;
  }
}
