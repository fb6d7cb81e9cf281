import "server-only";
import { absoluteUrl } from "@/lib/public-url";
import { CategoryIndex } from "./category-index";
import {
  getCatalogueVersion,
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

// /sitemap.xml is an index of /sitemaps/strony.xml (home, about, categories) and
// /sitemaps/praktyki-N.xml: each practice with the views that have content (summary always,
// full presentation when written, attachments when there are any), so at most 3 addresses per
// practice and PRACTICES_PER_SITEMAP practices per file stay under the 50,000 limit.

export const PRACTICES_PER_SITEMAP = Math.floor(MAX_URLS_PER_SITEMAP / 3);
const BATCH = 1_000;
const XML_TYPE = "application/xml; charset=utf-8";
const CACHE_CONTROL = "public, max-age=300";
const STATIC_PAGES = [
  "/",
  "/o-banku",
  "/mapa",
  "/statystyki",
  "/publikacje",
  "/inne-bazy",
  "/polityka-prywatnosci",
  "/deklaracja-dostepnosci",
];

async function validatorsFor(name: string): Promise<Validators> {
  const version = await getCatalogueVersion();
  return {
    etag: etagOf("sitemap-1", name, version.fingerprint, version.lastModified?.toISOString() ?? ""),
    lastModified: version.lastModified,
  };
}

function xmlResponse(request: Request, body: string | ReadableStream<Uint8Array>, validators: Validators): Response {
  return cacheableResponse(request, body, validators, { contentType: XML_TYPE, cacheControl: CACHE_CONTROL });
}

export async function sitemapIndexResponse(request: Request): Promise<Response> {
  const validators = await validatorsFor("index");
  if (isNotModified(request, validators)) return notModifiedResponse(validators, CACHE_CONTROL);
  const chunks = await listSitemapChunks(PRACTICES_PER_SITEMAP);
  const xml = sitemapIndexXml([
    { url: absoluteUrl(paths.sitemap("strony")), lastModified: validators.lastModified },
    ...chunks.map((chunk) => ({ url: absoluteUrl(paths.sitemap(`praktyki-${chunk.chunk + 1}`)), lastModified: chunk.lastModified })),
  ]);
  return xmlResponse(request, xml, validators);
}

/** Home, about and every category, a category dated by the newest change among its practices. */
export async function pagesSitemapXml(lastModified: Date | null): Promise<string> {
  const [rows, direct] = await Promise.all([listCategories(), listCategoryLastChanges()]);
  const categories = new CategoryIndex(rows);
  const newest = new Map<number, Date>();
  for (const [id, date] of direct) {
    for (const row of categories.lineage(id)) {
      const known = newest.get(row.id);
      if (!known || known < date) newest.set(row.id, date);
    }
  }
  const urls: SitemapUrl[] = [
    ...STATIC_PAGES.map((path) => ({ url: absoluteUrl(path), lastModified: path === "/" ? lastModified : null })),
    ...categories.inTreeOrder().map((row) => ({ url: absoluteUrl(paths.category(row.slug)), lastModified: newest.get(row.id) ?? null })),
  ];
  return SITEMAP_OPEN + urls.map(sitemapUrlXml).join("") + SITEMAP_CLOSE;
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
    const validators = await validatorsFor("strony");
    if (isNotModified(request, validators)) return notModifiedResponse(validators, CACHE_CONTROL);
    return xmlResponse(request, await pagesSitemapXml(validators.lastModified), validators);
  }
  const number = /^praktyki-([1-9][0-9]{0,4})\.xml$/.exec(file)?.[1];
  if (number === undefined) return sitemapNotFound();
  const chunk = Number(number) - 1;
  const validators = await validatorsFor(`praktyki-${number}`);
  if (isNotModified(request, validators)) return notModifiedResponse(validators, CACHE_CONTROL);
  const start = await sitemapChunkStart(chunk, PRACTICES_PER_SITEMAP);
  // Past the last file; the first one exists even when nothing is published.
  if (start === null) return sitemapNotFound();
  return xmlResponse(request, practiceSitemapStream(start), validators);
}
