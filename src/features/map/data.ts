import "server-only";
import { unstable_cache } from "next/cache";
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

const getUnfilteredCounts = unstable_cache(() => readVoivodeshipCounts(searchParamsSchema.parse({})), ["map-counts"], {
  tags: [CACHE_TAGS.catalogue],
  revalidate: 3600,
});

/** The map without filters is cached until the catalogue changes; filtered maps are counted per request, like /szukaj. */
export async function getVoivodeshipCounts(params: SearchParams): Promise<VoivodeshipCount[]> {
  return hasMapFilters(params) ? readVoivodeshipCounts(params) : getUnfilteredCounts();
}
