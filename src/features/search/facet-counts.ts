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

/** Relevance tiers (search_tier in SQL): a match in the title, the summary, the full presentation, the metadata only. */
export const TIER_COUNT = 4;

export type CountedFacets = {
  total: number;
  facets: FacetCounts;
  /** Matches under every filter, per relevance tier (all in tier 0 for a search without words). */
  tierTotals: number[];
  /** Matches of the words (or all practices) before any facet filter. */
  unfiltered: number;
};

const FACET_KEYS = 16 * 8 * 7;
// Every facet key decoded once: a very common word has tens of thousands of combinations.
const VALUES_BY_KEY = Array.from({ length: FACET_KEYS }, (_, key) => facetValuesOf(key));

export function countFacets(combos: Combos, filters: FacetFilters): CountedFacets {
  const categories = new Set(filters.categoryIds);
  const passes = VALUES_BY_KEY.map((values) => ({
    voivodeship: filters.voivodeships.length === 0 || filters.voivodeships.includes(values.voivodeship),
    unitType: filters.unitTypes.length === 0 || filters.unitTypes.includes(values.unitType),
    band: filters.bands.length === 0 || (values.band !== null && filters.bands.includes(values.band)),
  }));
  // Category sets are shared arrays (facet-cache.ts): each is tested once.
  const inCategoryBySet = new Map<readonly number[], boolean>();
  const facets: FacetCounts = { voivodeship: {}, unitType: {}, band: {}, category: {} };
  const byCategory = new Map<number, number>();
  const tierTotals = new Array<number>(TIER_COUNT).fill(0);
  let total = 0;
  let unfiltered = 0;
  const add = <K extends string>(counts: Partial<Record<K, number>>, key: K, n: number) => {
    counts[key] = (counts[key] ?? 0) + n;
  };
  for (let i = 0; i < combos.counts.length; i++) {
    const n = combos.counts[i]!;
    const categoryIds = combos.categorySets[i]!;
    const key = combos.facetKeys[i]!;
    const values = VALUES_BY_KEY[key]!;
    const { voivodeship: inVoivodeship, unitType: inUnitType, band: inBand } = passes[key]!;
    let inCategory = inCategoryBySet.get(categoryIds);
    if (inCategory === undefined) {
      inCategory = categories.size === 0 || categoryIds.some((id) => categories.has(id));
      inCategoryBySet.set(categoryIds, inCategory);
    }
    unfiltered += n;
    if (inVoivodeship && inUnitType && inBand && inCategory) {
      total += n;
      tierTotals[combos.tiers[i]!]! += n;
    }
    if (inUnitType && inBand && inCategory) add(facets.voivodeship, values.voivodeship, n);
    if (inVoivodeship && inBand && inCategory) add(facets.unitType, values.unitType, n);
    if (inVoivodeship && inUnitType && inCategory && values.band !== null) add(facets.band, values.band, n);
    if (inVoivodeship && inUnitType && inBand) for (const id of categoryIds) byCategory.set(id, (byCategory.get(id) ?? 0) + n);
  }
  for (const [id, n] of byCategory) facets.category[String(id)] = n;
  return { total, facets, tierTotals, unfiltered };
}

function addCounts<K extends string>(a: Partial<Record<K, number>>, b: Partial<Record<K, number>>): Partial<Record<K, number>> {
  const sum: Partial<Record<K, number>> = { ...a };
  for (const [key, n] of Object.entries(b) as [K, number][]) sum[key] = (sum[key] ?? 0) + n;
  return sum;
}

/** The counts of two disjoint sets of matches together (the tiers of an expanded query). */
export function addCountedFacets(a: CountedFacets, b: CountedFacets): CountedFacets {
  return {
    total: a.total + b.total,
    unfiltered: a.unfiltered + b.unfiltered,
    tierTotals: a.tierTotals.map((n, tier) => n + (b.tierTotals[tier] ?? 0)),
    facets: {
      voivodeship: addCounts(a.facets.voivodeship, b.facets.voivodeship),
      unitType: addCounts(a.facets.unitType, b.facets.unitType),
      band: addCounts(a.facets.band, b.facets.band),
      category: addCounts(a.facets.category, b.facets.category) as Record<string, number>,
    },
  };
}
