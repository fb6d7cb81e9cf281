import "server-only";
import { ACCESSIBILITY_STATEMENT_DATES, PAGE_CONTENT_DATES } from "@/features/site/operator";
import { absoluteUrl } from "@/lib/public-url";
import { CategoryIndex } from "./category-index";
import {
  getCatalogueVersion,
  getContentPageChanges,
  listCategories,
  listCategoryLastChanges,
  listSitemapChunks,
  listSitemapPractices,
  sitemapChunkStart,
  type SitemapPractice,
} from "./data";
import { cacheableResponse, CORS_HEADERS, etagOf, isNotModified, notModifiedResponse, type Validators } from "./http-cache";
import { paths } from "./paths";
import { MAX_URLS_PER_SITEMAP, SITEMAP_CLOSE, SITEMAP_OPEN, sitemapIndexXml, sitemapUrlXml, type SitemapUrl } from "./sitemap-xml";

// /sitemap.xml is an index of /sitemaps/strony.xml (the site's pages and categories) and
// /sitemaps/praktyki-N.xml: each practice with the views that have content (summary always,
// full presentation when written, attachments when there are any), so at most 3 addresses per
// practice and PRACTICES_PER_SITEMAP practices per file stay under the 50,000 limit.

export const PRACTICES_PER_SITEMAP = Math.floor(MAX_URLS_PER_SITEMAP / 3);
const BATCH = 1_000;
const XML_TYPE = "application/xml; charset=utf-8";
const CACHE_CONTROL = "public, max-age=300";

type PageDates = { catalogue: Date | null; publications: Date | null; externalLinks: Date | null };

// The fixed pages change with a release, the others with the part of the content they show.
const fixed = (isoDate: string) => () => new Date(`${isoDate}T00:00:00Z`);
const STATIC_PAGES: [path: string, lastModified: (dates: PageDates) => Date | null][] = [
  ["/", (dates) => dates.catalogue],
  ["/o-banku", fixed(PAGE_CONTENT_DATES.about)],
  ["/mapa", (dates) => dates.catalogue],
  // Its visit figures change with every view; its charts of practices with the catalogue.
  ["/statystyki", (dates) => dates.catalogue],
  ["/publikacje", (dates) => dates.publications],
  ["/inne-bazy", (dates) => dates.externalLinks],
  ["/polityka-prywatnosci", fixed(PAGE_CONTENT_DATES.privacyPolicy)],
  ["/deklaracja-dostepnosci", fixed(ACCESSIBILITY_STATEMENT_DATES.statementReviewed)],
];

type SitemapVersion = { validators: Validators; pageDates: PageDates };

function newest(dates: (Date | null)[]): Date | null {
  const known = dates.filter((date): date is Date => date !== null);
  return known.length === 0 ? null : new Date(Math.max(...known.map((date) => date.getTime())));
}

/** strony.xml's date: no category or practice changed after the catalogue did. */
function pagesLastModified(pageDates: PageDates): Date | null {
  return newest(STATIC_PAGES.map(([, lastModified]) => lastModified(pageDates)));
}

/**
 * The index and strony.xml also show the content pages' dates; the practice sitemaps only the
 * catalogue. Either way decided before anything is listed.
 */
async function versionOf(name: string): Promise<SitemapVersion> {
  const withPages = !name.startsWith("praktyki-");
  const [version, pages] = await Promise.all([getCatalogueVersion(), withPages ? getContentPageChanges() : null]);
  const pageDates = { catalogue: version.lastModified, publications: pages?.publications ?? null, externalLinks: pages?.externalLinks ?? null };
  const fixedDates = withPages ? JSON.stringify([PAGE_CONTENT_DATES, ACCESSIBILITY_STATEMENT_DATES.statementReviewed]) : "";
  return {
    pageDates,
    validators: {
      etag: etagOf("sitemap-2", name, version.fingerprint, ...Object.values(pageDates).map((date) => date?.toISOString() ?? ""), fixedDates),
      lastModified: withPages ? pagesLastModified(pageDates) : version.lastModified,
    },
  };
}

function xmlResponse(request: Request, body: string | ReadableStream<Uint8Array>, validators: Validators): Response {
  return cacheableResponse(request, body, validators, { contentType: XML_TYPE, cacheControl: CACHE_CONTROL });
}

export async function sitemapIndexResponse(request: Request): Promise<Response> {
  const { validators, pageDates } = await versionOf("index");
  if (isNotModified(request, validators)) return notModifiedResponse(validators, CACHE_CONTROL);
  const chunks = await listSitemapChunks(PRACTICES_PER_SITEMAP);
  const xml = sitemapIndexXml([
    { url: absoluteUrl(paths.sitemap("strony")), lastModified: pagesLastModified(pageDates) },
    ...chunks.map((chunk) => ({ url: absoluteUrl(paths.sitemap(`praktyki-${chunk.chunk + 1}`)), lastModified: chunk.lastModified })),
  ]);
  return xmlResponse(request, xml, validators);
}

/**
 * The site's pages and every category. A category page is dated by its own last change, its
 * subcategories' and the newest change among the practices it lists.
 */
async function pagesSitemapUrls(pageDates: PageDates): Promise<SitemapUrl[]> {
  const [rows, direct] = await Promise.all([listCategories(), listCategoryLastChanges()]);
  const categories = new CategoryIndex(rows);
  const newestIn = new Map<number, Date>();
  const dated: [number, Date][] = [...rows.map((row): [number, Date] => [row.id, row.updatedAt]), ...direct];
  for (const [id, date] of dated) {
    for (const row of categories.lineage(id)) {
      const known = newestIn.get(row.id);
      if (!known || known < date) newestIn.set(row.id, date);
    }
  }
  return [
    ...STATIC_PAGES.map(([path, lastModified]) => ({ url: absoluteUrl(path), lastModified: lastModified(pageDates) })),
    ...categories.inTreeOrder().map((row) => ({ url: absoluteUrl(paths.category(row.slug)), lastModified: newestIn.get(row.id) ?? row.updatedAt })),
  ];
}

async function pagesSitemapXml(pageDates: PageDates): Promise<string> {
  return SITEMAP_OPEN + (await pagesSitemapUrls(pageDates)).map(sitemapUrlXml).join("") + SITEMAP_CLOSE;
}

export function practiceSitemapUrls(practice: SitemapPractice): SitemapUrl[] {
  const lastModified = practice.updatedAt;
  return [
    { url: absoluteUrl(paths.practice(practice.slug)), lastModified },
    ...(practice.hasBody ? [{ url: absoluteUrl(paths.presentation(practice.slug)), lastModified }] : []),
    ...(practice.hasAttachments ? [{ url: absoluteUrl(paths.attachments(practice.slug)), lastModified }] : []),
  ];
}

/** One practice sitemap, read in batches as the client takes it. */
export function practiceSitemapStream(startAfterId: number, size = PRACTICES_PER_SITEMAP): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let afterId = startAfterId;
  let remaining = size;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(SITEMAP_OPEN));
      },
      async pull(controller) {
        const batch = remaining > 0 ? await listSitemapPractices(afterId, Math.min(BATCH, remaining)) : [];
        if (batch.length === 0) {
          controller.enqueue(encoder.encode(SITEMAP_CLOSE));
          controller.close();
          return;
        }
        remaining -= batch.length;
        afterId = batch.at(-1)!.id;
        controller.enqueue(encoder.encode(batch.flatMap(practiceSitemapUrls).map(sitemapUrlXml).join("")));
      },
    },
    { highWaterMark: 1 },
  );
}

function sitemapNotFound(): Response {
  return new Response("Nie ma takiej mapy witryny. Spis map: /sitemap.xml.", {
    status: 404,
    headers: { ...CORS_HEADERS, "content-type": "text/plain; charset=utf-8", "cache-control": "public, max-age=60" },
  });
}

/** /sitemaps/strony.xml and /sitemaps/praktyki-N.xml (N from 1). */
export async function sitemapResponse(request: Request, file: string): Promise<Response> {
  if (file === "strony.xml") {
    const { validators, pageDates } = await versionOf("strony");
    if (isNotModified(request, validators)) return notModifiedResponse(validators, CACHE_CONTROL);
    return xmlResponse(request, await pagesSitemapXml(pageDates), validators);
  }
  const number = /^praktyki-([1-9][0-9]{0,4})\.xml$/.exec(file)?.[1];
  if (number === undefined) return sitemapNotFound();
  const chunk = Number(number) - 1;
  const { validators } = await versionOf(`praktyki-${number}`);
  if (isNotModified(request, validators)) return notModifiedResponse(validators, CACHE_CONTROL);
  const start = await sitemapChunkStart(chunk, PRACTICES_PER_SITEMAP);
  // Past the last file; the first one exists even when nothing is published.
  if (start === null) return sitemapNotFound();
  return xmlResponse(request, practiceSitemapStream(start), validators);
}
