import { UNIT_TYPES, VOIVODESHIPS } from "@/features/practice/vocabulary";
import type { UnitType, Voivodeship } from "@/generated/prisma/enums";
import { formatInteger } from "@/lib/format";

/** What a similar practice shares with the practice on the page (data.ts decides). */
export type Likeness = { sameCategory: boolean; similarText: boolean; sameUnitType: boolean; sameBand: boolean; sameRegion: boolean };

type Unit = { unitType: UnitType; voivodeship: Voivodeship; population: number | null };

/** 8 240 → "8 tys. mieszkańców", 1 720 000 → "1,7 mln mieszkańców", 850 → "850 mieszkańców". */
export function populationInWords(population: number): string {
  if (population >= 1_000_000) return `${(population / 1_000_000).toFixed(1).replace(".", ",")} mln mieszkańców`;
  if (population >= 1_000) return `${formatInteger(Math.round(population / 1_000))} tys. mieszkańców`;
  return `${formatInteger(population)} mieszkańców`;
}

/** The one-line reason under a similar practice: "ta sama kategoria, gmina wiejska, 8 tys. mieszkańców". */
export function similarityReason(likeness: Likeness, unit: Unit): string {
  const parts = [
    likeness.sameCategory ? "ta sama kategoria" : "wspólna kategoria",
    likeness.similarText && "podobny temat",
    likeness.sameUnitType && UNIT_TYPES[unit.unitType].label,
    likeness.sameBand && unit.population !== null && populationInWords(unit.population),
    likeness.sameRegion && `województwo ${VOIVODESHIPS[unit.voivodeship].label}`,
  ];
  return parts.filter((part): part is string => typeof part === "string").join(", ");
}
