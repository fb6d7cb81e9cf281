import type { UnitType, Voivodeship } from "@/generated/prisma/enums";
import type { Combos } from "./facet-cache";
import { facetValuesOf } from "./facet-key";
import type { PopulationBand } from "./vocabulary";

// Counting from the matches per facet combination, in JavaScript: AND across facets, OR inside
// one, and each facet counted without its own filter (so its other values show what they add).

export type FacetFilters = { voivodeships: Voivodeship[]; unitTypes: UnitType[]; categoryIds: number[]; bands: PopulationBand[] };

export type FacetCounts = {
  voivodeship: Partial<Record<Voivodeship, number>>;
  unitType: Partial<Record<UnitType, number>>;
  category: Record<string, number>;
  band: Partial<Record<PopulationBand, number>>;
};

/** Relevance tiers: a match in the title, in the summary or metadata, in the full presentation only. */
export const TIER_COUNT = 3;

export type CountedFacets = {
  total: number;
  facets: FacetCounts;
  /** Matches under every filter, per relevance tier (all in tier 0 for a search without words). */
  tierTotals: number[];
  /** Matches of the words (or all practices) before any facet filter. */
  unfiltered: number;
};

export function countFacets(combos: Combos, filters: FacetFilters): CountedFacets {
  const categories = new Set(filters.categoryIds);
  const facets: FacetCounts = { voivodeship: {}, unitType: {}, band: {}, category: {} };
  const tierTotals = new Array<number>(TIER_COUNT).fill(0);
  let total = 0;
  let unfiltered = 0;
  const add = <K extends string>(counts: Partial<Record<K, number>>, key: K, n: number) => {
    counts[key] = (counts[key] ?? 0) + n;
  };
  for (let i = 0; i < combos.counts.length; i++) {
    const n = combos.counts[i]!;
    const categoryIds = combos.categorySets[i]!;
    const values = facetValuesOf(combos.facetKeys[i]!);
    const inVoivodeship = filters.voivodeships.length === 0 || filters.voivodeships.includes(values.voivodeship);
    const inUnitType = filters.unitTypes.length === 0 || filters.unitTypes.includes(values.unitType);
    const inBand = filters.bands.length === 0 || (values.band !== null && filters.bands.includes(values.band));
    const inCategory = categories.size === 0 || categoryIds.some((id) => categories.has(id));
    unfiltered += n;
    if (inVoivodeship && inUnitType && inBand && inCategory) {
      total += n;
      tierTotals[combos.tiers[i]!]! += n;
    }
    if (inUnitType && inBand && inCategory) add(facets.voivodeship, values.voivodeship, n);
    if (inVoivodeship && inBand && inCategory) add(facets.unitType, values.unitType, n);
    if (inVoivodeship && inUnitType && inCategory && values.band !== null) add(facets.band, values.band, n);
    if (inVoivodeship && inUnitType && inBand) for (const id of categoryIds) add(facets.category, String(id), n);
  }
  return { total, facets, tierTotals, unfiltered };
}
