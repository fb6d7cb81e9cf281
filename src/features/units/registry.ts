import type { UnitType, Voivodeship } from "@/generated/prisma/enums";
import { ALL_VOIVODESHIPS, UNIT_TYPES, VOIVODESHIPS } from "@/features/practice/vocabulary";
import { bandOf } from "@/features/search/facet-key";
import type { PopulationBand } from "@/features/search/vocabulary";
import { slugify } from "@/lib/slug";
import registry from "./units.json";

// The Polish local-government units of GUS's TERC register (units.json, made by
// scripts/convert-teryt-units.ts): what a TERYT code names, and the units whose name begins with
// what a visitor typed. Each unit carries its population from GUS's Local Data Bank where GUS
// gives one, so that its population band can be preset (the visitor may still change it).

export type TerytUnit = {
  code: string;
  name: string;
  unitType: UnitType;
  voivodeship: Voivodeship;
  county: string | null;
  /** Residents on 31 December of the BDL year (rounded to 10 by GUS), or null where GUS has no figure. */
  population: number | null;
};

export const REGISTRY_STATE_DATE = registry.stateDate;
export const POPULATION_STATE_DATE = registry.population.stateDate;
/** Powiat numbers from 61 up are cities with powiat rights. */
const CITY_POWIAT_FROM = 61;
const GMINA_TYPES: Record<string, UnitType> = { "1": "GMINA_MIEJSKA", "2": "GMINA_WIEJSKA", "3": "GMINA_MIEJSKO_WIEJSKA" };

function unitTypeOfCode(code: string): UnitType {
  if (code.length === 2) return "SAMORZAD_WOJEWODZTWA";
  if (code.length === 4) return Number(code.slice(2)) >= CITY_POWIAT_FROM ? "POWIAT_GRODZKI" : "POWIAT";
  const type = GMINA_TYPES[code.slice(6)];
  if (!type) throw new Error(`Not a gmina code: ${code}`);
  return type;
}

/** TERC numbers voivodeships 02, 04, … 32 in the alphabetical order of their names, as the vocabulary lists them. */
function voivodeshipOfCode(code: string): Voivodeship {
  const voivodeship = ALL_VOIVODESHIPS[Number(code.slice(0, 2)) / 2 - 1];
  if (!voivodeship) throw new Error(`No voivodeship for ${code}`);
  return voivodeship;
}

/** A row of units.json: [code, name] or [code, name, population]. */
const rows = registry.units as ([string, string] | [string, string, number])[];
const names = new Map(rows.map(([code, name]) => [code, name]));

export const UNITS: TerytUnit[] = rows.map(([code, name, population]) => ({
  code,
  name,
  unitType: unitTypeOfCode(code),
  voivodeship: voivodeshipOfCode(code),
  county: code.length === 7 ? (names.get(code.slice(0, 4)) ?? null) : null,
  population: population ?? null,
}));

const byCode = new Map(UNITS.map((unit) => [unit.code, unit]));
const searchable = UNITS.map((unit) => ({ unit, slug: slugify(unit.name) }));

export function unitOfCode(code: string): TerytUnit | undefined {
  return byCode.get(code);
}

/** The population band of a unit by GUS's figure, or null where GUS has none. */
export function unitBand(unit: TerytUnit): PopulationBand | null {
  return bandOf(unit.population);
}

/** "Gromadka – gmina wiejska, powiat bolesławiecki, woj. dolnośląskie": tells namesakes apart. */
export function unitLabel(unit: TerytUnit): string {
  const region = `woj. ${VOIVODESHIPS[unit.voivodeship].label}`;
  if (unit.unitType === "SAMORZAD_WOJEWODZTWA") return `województwo ${unit.name}`;
  if (unit.unitType === "POWIAT") return `powiat ${unit.name}, ${region}`;
  if (unit.unitType === "POWIAT_GRODZKI") return `${unit.name} – miasto na prawach powiatu, ${region}`;
  return `${unit.name} – ${UNIT_TYPES[unit.unitType].label}, powiat ${unit.county}, ${region}`;
}

/** Units any word of whose name begins with the typed text (letters without diacritics match too), whole-name matches first. */
export function unitsMatching(text: string, limit: number): TerytUnit[] {
  const typed = slugify(text);
  if (!typed) return [];
  const matches = searchable.filter(({ slug }) => slug.startsWith(typed) || slug.includes(`-${typed}`));
  matches.sort((a, b) => Number(!a.slug.startsWith(typed)) - Number(!b.slug.startsWith(typed)) || a.slug.length - b.slug.length);
  return matches.slice(0, limit).map(({ unit }) => unit);
}
