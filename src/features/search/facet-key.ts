import { ALL_UNIT_TYPES, ALL_VOIVODESHIPS } from "@/features/practice/vocabulary";
import type { UnitType, Voivodeship } from "@/generated/prisma/enums";
import { POPULATION_BANDS, type PopulationBand } from "./vocabulary";

// Voivodeship, unit type and population band of a practice in one small number, so that one
// GROUP BY over the matches yields every facet, and one `= ANY(keys)` applies all three filters.
// key = voivodeship (0–15) + 16 × unit type (0–7) + 128 × band (0–5, 6 = population unknown)

const UNKNOWN_BAND = POPULATION_BANDS.length;

export type FacetValues = { voivodeship: Voivodeship; unitType: UnitType; band: PopulationBand | null };

export function bandOf(population: number | null): PopulationBand | null {
  if (population === null) return null;
  return POPULATION_BANDS.find((band) => population >= band.min && (band.max === null || population < band.max))?.slug ?? null;
}

export function facetKeyOf({ voivodeship, unitType, band }: FacetValues): number {
  const bandIndex = band === null ? UNKNOWN_BAND : POPULATION_BANDS.findIndex((b) => b.slug === band);
  return ALL_VOIVODESHIPS.indexOf(voivodeship) + 16 * ALL_UNIT_TYPES.indexOf(unitType) + 128 * bandIndex;
}

export function facetValuesOf(key: number): FacetValues {
  const voivodeship = ALL_VOIVODESHIPS[key % 16];
  const unitType = ALL_UNIT_TYPES[Math.floor(key / 16) % 8];
  if (!voivodeship || !unitType) throw new Error(`Invalid facet key ${key}`);
  return { voivodeship, unitType, band: POPULATION_BANDS[Math.floor(key / 128)]?.slug ?? null };
}

/** Every key that passes the filters (an empty filter passes everything), for `facet_key = ANY(…)`. */
export function keysMatching(voivodeships: Voivodeship[], unitTypes: UnitType[], bands: PopulationBand[]): number[] {
  const vs = voivodeships.length > 0 ? voivodeships : ALL_VOIVODESHIPS;
  const ts = unitTypes.length > 0 ? unitTypes : ALL_UNIT_TYPES;
  const bs: (PopulationBand | null)[] = bands.length > 0 ? bands : [...POPULATION_BANDS.map((b) => b.slug), null];
  return vs.flatMap((voivodeship) => ts.flatMap((unitType) => bs.map((band) => facetKeyOf({ voivodeship, unitType, band }))));
}
