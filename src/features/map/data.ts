import "server-only";
import { unstable_cache } from "next/cache";
import { getCategoryTree } from "@/features/category/data";
import { flattenTree } from "@/features/category/tree";
import { ALL_VOIVODESHIPS } from "@/features/practice/vocabulary";
import { runFacetCounts } from "@/features/search/run-search";
import { searchParamsSchema, type SearchParams } from "@/features/search/schema";
import type { Voivodeship } from "@/generated/prisma/enums";
import { CACHE_TAGS } from "@/lib/cache-tags";

export type VoivodeshipCount = { voivodeship: Voivodeship; count: number };

/** Does anything but the voivodeship narrow the counts? (The voivodeship facet ignores its own filter.) */
export function hasMapFilters(params: SearchParams): boolean {
  return Boolean(params.q || params.typ.length || params.kategoria.length || params.ludnosc.length || params.od || params.do);
}

/**
 * Published practices per voivodeship under the search's filters: exactly the search's voivodeship
 * facet, so a region's count is what /szukaj finds for it with the same filters. Uncached (exported
 * for the database tests); pages use getVoivodeshipCounts.
 */
export async function readVoivodeshipCounts(params: SearchParams): Promise<VoivodeshipCount[]> {
  const { facets } = await runFacetCounts(params);
  return ALL_VOIVODESHIPS.map((voivodeship) => ({ voivodeship, count: facets.voivodeship[voivodeship] ?? 0 }));
}

type FormFilters = Pick<SearchParams, "typ" | "kategoria" | "ludnosc">;

const getFormFilterCounts = unstable_cache(
  // The filters are already parsed values (unit types as enum values, not URL slugs): they go into
  // the defaults of an empty query as they are, not through the URL schema again.
  (filters: FormFilters) => readVoivodeshipCounts({ ...searchParamsSchema.parse({}), ...filters }),
  ["map-counts"],
  { tags: [CACHE_TAGS.catalogue], revalidate: 3600 },
);

/**
 * Counts are cached until the catalogue changes for what the map's form can ask (at most one
 * category, unit type and population band: a few hundred combinations); anything else (words,
 * years, several values from a search link) is counted per request, like /szukaj. Counting
 * reads every facet combination, which at 100,000 practices is too costly to repeat per view.
 */
export async function getVoivodeshipCounts(params: SearchParams): Promise<VoivodeshipCount[]> {
  const fromForm = !params.q && !params.od && !params.do && params.typ.length <= 1 && params.kategoria.length <= 1 && params.ludnosc.length <= 1;
  if (!fromForm) return readVoivodeshipCounts(params);
  // The search ignores unknown category slugs; so does the cache key, or made-up slugs could fill it.
  const known = new Set(flattenTree(await getCategoryTree()).map((node) => node.slug));
  return getFormFilterCounts({ typ: params.typ, kategoria: params.kategoria.filter((slug) => known.has(slug)), ludnosc: params.ludnosc });
}
