import "server-only";
import { VOIVODESHIPS, voivodeshipOfSlug } from "@/features/practice/vocabulary";
import { absoluteUrl, publicOrigin } from "@/lib/public-url";
import { searchAllPracticeIds } from "@/features/search/run-search";
import { searchParamsSchema, searchQueryString } from "@/features/search/schema";
import { queryObject } from "@/lib/search-params";
import { SLUG_PATTERN } from "@/lib/slug";
import { atomXml, tagUri, type AtomFeed } from "./atom";
import { CategoryIndex } from "./category-index";
import { getCatalogueVersion, getFeedRecords, listCategories, listFeedRecords, type FeedRecord } from "./data";
import { CORS_HEADERS, textResponse } from "./http-cache";
import { paths } from "./paths";

// Atom feeds of newly published and updated practices: the whole bank, a category (with its
// subcategories), a voivodeship, and any search of /szukaj (its first matches, in the page's order). Linked from the pages' <head> (alternates.types).

export const FEED_SIZE = 50;
const FEED_TYPE = "application/atom+xml; charset=utf-8";
const CACHE_CONTROL = "public, max-age=300";
const SITE_NAME = "Bank Dobrych Praktyk";

type FeedSpec = {
  id: string;
  title: string;
  subtitle: string;
  selfPath: string;
  pagePath: string;
  /** The feed's practices: a filter of the newest, or a search's first matches in its order. */
  records: () => Promise<FeedRecord[]>;
};

function entries(records: FeedRecord[]): AtomFeed["entries"] {
  const origin = publicOrigin();
  return records.map((record) => ({
    id: tagUri(origin, `praktyki/${record.id}`),
    title: record.title,
    url: absoluteUrl(paths.practice(record.slug)),
    published: record.enteredOn,
    updated: record.updatedAt,
    author: record.implementingUnit,
    summary: record.summary,
    categories: [{ term: record.primaryCategory.slug, label: record.primaryCategory.name, scheme: absoluteUrl("/kategorie/") }],
  }));
}

async function feedResponse(request: Request, spec: FeedSpec): Promise<Response> {
  const [records, version] = await Promise.all([spec.records(), getCatalogueVersion()]);
  const xml = atomXml({
    id: tagUri(publicOrigin(), spec.id),
    title: spec.title,
    subtitle: spec.subtitle,
    selfUrl: absoluteUrl(spec.selfPath),
    pageUrl: absoluteUrl(spec.pagePath),
    author: { name: SITE_NAME, uri: absoluteUrl("/") },
    fallbackUpdated: version.lastModified ?? new Date(0),
    entries: entries(records),
  });
  // Last-Modified is the catalogue's: a practice leaving the feed changes it too.
  return textResponse(request, xml, version.lastModified, { contentType: FEED_TYPE, cacheControl: CACHE_CONTROL });
}

function feedNotFound(what: string): Response {
  return new Response(`Nie ma ${what}. Kanały kategorii i województw wymienia /api/openapi.json.`, {
    status: 404,
    headers: { ...CORS_HEADERS, "content-type": "text/plain; charset=utf-8", "cache-control": "public, max-age=60" },
  });
}

/** "pomoc-spoleczna.xml" → "pomoc-spoleczna"; anything else → null. */
function slugOfFile(file: string): string | null {
  const slug = /^(.{1,100})\.xml$/.exec(file)?.[1];
  return slug !== undefined && SLUG_PATTERN.test(slug) ? slug : null;
}

export function bankFeedResponse(request: Request): Promise<Response> {
  return feedResponse(request, {
    id: "kanaly/praktyki",
    title: `${SITE_NAME}: nowe i zaktualizowane praktyki`,
    subtitle: "Praktyki samorządów opublikowane lub zaktualizowane ostatnio w Banku Dobrych Praktyk.",
    selfPath: paths.feed,
    pagePath: "/",
    records: () => listFeedRecords({}, FEED_SIZE),
  });
}

export async function categoryFeedResponse(request: Request, file: string): Promise<Response> {
  const slug = slugOfFile(file);
  const categories = new CategoryIndex(await listCategories());
  const category = slug === null ? undefined : categories.find(slug);
  if (!category) return feedNotFound("takiej kategorii");
  return feedResponse(request, {
    id: `kanaly/kategorie/${category.id}`,
    title: `${SITE_NAME}: ${category.name}`,
    subtitle: `Nowe i zaktualizowane praktyki w kategorii „${category.name}” i jej podkategoriach.`,
    selfPath: paths.categoryFeed(category.slug),
    pagePath: paths.category(category.slug),
    records: () => listFeedRecords({ categoryIds: categories.subtreeIds(category.id) }, FEED_SIZE),
  });
}

export function voivodeshipFeedResponse(request: Request, file: string): Promise<Response> | Response {
  const slug = slugOfFile(file);
  const voivodeship = slug === null ? undefined : voivodeshipOfSlug(slug);
  if (!voivodeship) return feedNotFound("takiego województwa");
  const { label } = VOIVODESHIPS[voivodeship];
  return feedResponse(request, {
    id: `kanaly/wojewodztwa/${VOIVODESHIPS[voivodeship].slug}`,
    title: `${SITE_NAME}: województwo ${label}`,
    subtitle: `Nowe i zaktualizowane praktyki samorządów województwa ${label}.`,
    selfPath: paths.voivodeshipFeed(voivodeship),
    pagePath: paths.search(new URLSearchParams({ wojewodztwo: VOIVODESHIPS[voivodeship].slug }).toString()),
    records: () => listFeedRecords({ voivodeship }, FEED_SIZE),
  });
}

/** /kanaly/szukaj.xml?…: the search /szukaj shows for the same parameters (read as leniently), from its first page. */
export function searchFeedResponse(request: Request): Promise<Response> {
  const params = searchParamsSchema.parse(queryObject(new URL(request.url).searchParams));
  const query = searchQueryString(params, { strona: 1 });
  const described = params.q ? `„${params.q}”` : "praktyk";
  return feedResponse(request, {
    // The id names the search, so a reader keeps one feed per search.
    id: `kanaly/szukaj?${query}`,
    title: `${SITE_NAME}: wyszukiwanie ${described}`,
    subtitle: "Praktyki znalezione w Banku Dobrych Praktyk przez to wyszukiwanie, w kolejności strony wyników.",
    selfPath: paths.searchFeed(query),
    pagePath: paths.search(query),
    records: async () => getFeedRecords((await searchAllPracticeIds(params, FEED_SIZE)).ids),
  });
}
