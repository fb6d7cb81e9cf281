// Population bands of the `ludnosc` filter: public slugs, labels and bounds (inclusive lower,
// exclusive upper).
export const POPULATION_BANDS = [
  { slug: "do-5-tys", label: "do 5 tys.", min: 0, max: 5_000 },
  { slug: "5-20-tys", label: "5–20 tys.", min: 5_000, max: 20_000 },
  { slug: "20-50-tys", label: "20–50 tys.", min: 20_000, max: 50_000 },
  { slug: "50-100-tys", label: "50–100 tys.", min: 50_000, max: 100_000 },
  { slug: "100-500-tys", label: "100–500 tys.", min: 100_000, max: 500_000 },
  { slug: "ponad-500-tys", label: "ponad 500 tys.", min: 500_000, max: null },
] as const;

export type PopulationBand = (typeof POPULATION_BANDS)[number]["slug"];

export const SEARCH_SORTS = [
  { slug: "trafnosc", label: "trafności" },
  { slug: "najnowsze", label: "daty wprowadzenia" },
  { slug: "tytul", label: "tytułu (A–Z)" },
  { slug: "najczesciej-wdrazane", label: "najczęściej wdrażane" },
] as const;

export type SearchSort = (typeof SEARCH_SORTS)[number]["slug"];
