import "server-only";
import { getCategoryTree } from "@/features/category/data";
import { practiceSlugSchema } from "@/features/practice/schema";
import { runSearch } from "@/features/search/run-search";
import { CategoryIndex } from "./category-index";
import { getApiListRecords, getApiRecord, getCatalogueVersion, listCategories, type ApiRecord } from "./data";
import { textResponse } from "./http-cache";
import { buildOpenApiDocument } from "./openapi";
import { invalidParamsResponse, practiceNotFoundDetail, PROBLEM_TYPES, problemResponse } from "./problem";
import { parseSearchQueryStrict } from "./query-schema";
import { categoryTreeJson, practiceJson, searchResultJson } from "./serialize";

// The JSON API's handlers; the routes in src/app/api only point at them.

const JSON_TYPE = "application/json";
// Short: the data changes when editors publish, and a revalidation costs a 304.
const API_CACHE = "public, max-age=60";

function jsonResponse(request: Request, body: unknown, lastModified: Date | null, cacheControl = API_CACHE): Response {
  return textResponse(request, JSON.stringify(body), lastModified, { contentType: JSON_TYPE, cacheControl });
}

/** GET /api/praktyki: the same search as /szukaj, strictly parsed. */
export async function searchApiResponse(request: Request): Promise<Response> {
  const parsed = parseSearchQueryStrict(new URL(request.url).searchParams);
  if (!parsed.success) return invalidParamsResponse(request, parsed.invalid);
  const categories = new CategoryIndex(await listCategories());
  const unknown = parsed.data.kategoria.filter((slug) => !categories.find(slug));
  if (unknown.length > 0) {
    return invalidParamsResponse(
      request,
      unknown.map((slug) => ({ name: "kategoria", reason: `Nie ma kategorii „${slug}”. Listę kategorii podaje /api/kategorie.` })),
    );
  }
  const [outcome, version] = await Promise.all([runSearch(parsed.data), getCatalogueVersion()]);
  const records = await getApiListRecords(outcome.results.map((result) => result.id));
  return jsonResponse(request, searchResultJson(outcome, records, categories), version.lastModified);
}

/** GET /api/praktyki/<slug>: one published practice, whole. */
export async function practiceApiResponse(request: Request, rawSlug: string): Promise<Response> {
  const slug = practiceSlugSchema.safeParse(rawSlug);
  const record = slug.success ? await getApiRecord(slug.data) : null;
  if (!record) {
    return problemResponse(request, PROBLEM_TYPES.notFound, practiceNotFoundDetail(rawSlug));
  }
  return jsonResponse(request, practiceJson(record), recordLastModified(record));
}

/**
 * The record shows its categories' names and slugs and its approved adoptions: renaming a category
 * or approving a report changes it, not the practice's row.
 */
function recordLastModified(record: ApiRecord): Date {
  const reviews = record.adoptionReports.flatMap((report) => (report.reviewedAt ? [report.reviewedAt] : []));
  const times = [record.updatedAt, ...record.categories.map((link) => link.category.updatedAt), ...reviews];
  return new Date(Math.max(...times.map((time) => time.getTime())));
}

/** GET /api/kategorie: the category tree with counts of published practices. */
export async function categoriesApiResponse(request: Request): Promise<Response> {
  const [tree, version] = await Promise.all([getCategoryTree(), getCatalogueVersion()]);
  return jsonResponse(request, categoryTreeJson(tree), version.lastModified);
}

export function openApiResponse(request: Request): Response {
  return jsonResponse(request, buildOpenApiDocument(), null, "public, max-age=3600");
}

/** Any other address under /api. */
export function unknownApiPathResponse(request: Request): Response {
  return problemResponse(request, PROBLEM_TYPES.notFound, "Nie ma takiego adresu w API. Opis API: /api/openapi.json.");
}
