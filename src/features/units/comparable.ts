import { UNIT_TYPES, VOIVODESHIPS } from "@/features/practice/vocabulary";
import { POPULATION_BANDS, type PopulationBand } from "@/features/search/vocabulary";
import { populationInWords } from "@/features/similar-practices/reason";
import type { UnitType, Voivodeship } from "@/generated/prisma/enums";

// What "a unit like mine" means: the visitor's unit as a profile (any of unit type, voivodeship,
// population band), and what a practice's unit shares with it.

export type UnitProfile = { unitType: UnitType | null; voivodeship: Voivodeship | null; band: PopulationBand | null };

/** Units that do the same kind of work: gminas of any type, powiats (cities with powiat rights too), voivodeships, the rest. */
const FAMILIES = [
  { name: "gmina", types: ["GMINA_MIEJSKA", "GMINA_WIEJSKA", "GMINA_MIEJSKO_WIEJSKA"] },
  { name: "powiat", types: ["POWIAT", "POWIAT_GRODZKI"] },
  { name: "województwo", types: ["SAMORZAD_WOJEWODZTWA"] },
  { name: "związek lub inna jednostka", types: ["ZWIAZEK_JST", "INNA"] },
] as const satisfies { name: string; types: UnitType[] }[];

export function familyOf(unitType: UnitType) {
  return FAMILIES.find((family) => (family.types as readonly UnitType[]).includes(unitType))!;
}

export function bandIndex(band: PopulationBand | null): number | null {
  return band === null ? null : POPULATION_BANDS.findIndex((b) => b.slug === band);
}

/** What a practice's unit shares with the profile (data.ts decides). */
export type Kinship = { sameUnitType: boolean; sameFamily: boolean; sameBand: boolean; nearBand: boolean; sameRegion: boolean };

type Unit = { unitType: UnitType; voivodeship: Voivodeship; population: number | null };

/** The one line under a comparable practice: "gmina wiejska, 8 tys. mieszkańców, województwo śląskie". */
export function kinshipReason(kinship: Kinship, unit: Unit): string {
  const type = UNIT_TYPES[unit.unitType].label;
  const population = unit.population === null ? null : populationInWords(unit.population);
  const parts = [
    kinship.sameUnitType ? type : kinship.sameFamily && `${type} (${familyOf(unit.unitType).name} jak Twoja)`,
    kinship.sameBand ? population : kinship.nearBand && population && `${population} (zbliżona liczba)`,
    kinship.sameRegion && `województwo ${VOIVODESHIPS[unit.voivodeship].label}`,
  ];
  return parts.filter((part): part is string => typeof part === "string").join(", ");
}

/** "gmina wiejska, 5–20 tys. mieszkańców, województwo śląskie": the profile in the page's heading. */
export function profileInWords(profile: UnitProfile): string {
  const band = POPULATION_BANDS.find((b) => b.slug === profile.band);
  return [
    profile.unitType && UNIT_TYPES[profile.unitType].description,
    band && `${band.label} mieszkańców`,
    profile.voivodeship && `województwo ${VOIVODESHIPS[profile.voivodeship].label}`,
  ]
    .filter(Boolean)
    .join(", ");
}
