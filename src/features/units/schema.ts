import { z } from "zod";
import { ALL_UNIT_TYPES, ALL_VOIVODESHIPS, UNIT_TYPES, VOIVODESHIPS } from "@/features/practice/vocabulary";
import { POPULATION_BANDS } from "@/features/search/vocabulary";
import type { FormError } from "@/components/ui/ErrorSummary";
import { firstValue } from "@/lib/search-params";
import type { UnitProfile } from "./comparable";
import { unitBand, unitOfCode, type TerytUnit } from "./registry";

// The public parameters of /gminy-takie-jak-moja: ?jednostka=<kod TERYT> (the unit type and
// voivodeship are the unit's, and so is the population band unless ?ludnosc= says otherwise), or
// ?typ=…&wojewodztwo=…, and ?ludnosc=… with either. The slugs are those of /szukaj. A value that
// means nothing is reported in Polish against its field.

export const TERYT_CODE = /^\d{2}(\d{2}(\d{3})?)?$/;
const MAX_TYPED = 100;

/** An empty value (the "any" option of a select) is no value. */
const given = (value: unknown) => {
  const first = firstValue(value);
  return first === "" ? undefined : first;
};

function slugEnum(slugs: string[]) {
  return z.preprocess(given, z.enum(slugs as [string, ...string[]]).optional());
}

const FIELDS = {
  jednostka: {
    schema: z.preprocess(given, z.string().regex(TERYT_CODE).optional()),
    message: "Nie znamy jednostki o takim kodzie TERYT. Wybierz typ jednostki i województwo z list.",
    field: "typ",
  },
  typ: { schema: slugEnum(ALL_UNIT_TYPES.map((t) => UNIT_TYPES[t].slug)), message: "Wybierz typ jednostki z listy.", field: "typ" },
  wojewodztwo: { schema: slugEnum(ALL_VOIVODESHIPS.map((v) => VOIVODESHIPS[v].slug)), message: "Wybierz województwo z listy.", field: "wojewodztwo" },
  ludnosc: { schema: slugEnum(POPULATION_BANDS.map((b) => b.slug)), message: "Wybierz liczbę mieszkańców z listy.", field: "ludnosc" },
} as const;

type Values = { -readonly [K in keyof typeof FIELDS]?: string };

export type ComparableQuery = { values: Values; unit: TerytUnit | null; profile: UnitProfile | null; errors: FormError[] };

/** The page's query, read field by field so that one bad value does not lose the good ones. */
export function parseComparableQuery(query: Record<string, unknown>): ComparableQuery {
  const values: Values = {};
  const errors: FormError[] = [];
  for (const [name, { schema, message, field }] of Object.entries(FIELDS) as [keyof typeof FIELDS, (typeof FIELDS)[keyof typeof FIELDS]][]) {
    const parsed = schema.safeParse(query[name]);
    if (parsed.success) values[name] = parsed.data as string | undefined;
    else errors.push({ field, message });
  }
  const unit = values.jednostka ? (unitOfCode(values.jednostka) ?? null) : null;
  if (values.jednostka && !unit) errors.push({ field: FIELDS.jednostka.field, message: FIELDS.jednostka.message });
  // A band chosen by hand wins over the one of the unit's population.
  const band = POPULATION_BANDS.find((b) => b.slug === values.ludnosc)?.slug ?? (unit ? unitBand(unit) : null);
  const profile: UnitProfile = unit
    ? { unitType: unit.unitType, voivodeship: unit.voivodeship, band }
    : {
        unitType: ALL_UNIT_TYPES.find((t) => UNIT_TYPES[t].slug === values.typ) ?? null,
        voivodeship: ALL_VOIVODESHIPS.find((v) => VOIVODESHIPS[v].slug === values.wojewodztwo) ?? null,
        band,
      };
  const empty = !profile.unitType && !profile.voivodeship && !profile.band;
  return { values, unit, profile: empty || errors.length > 0 ? null : profile, errors };
}

/** The shareable query of a profile: the unit's code when a unit was named, else its three values. */
export function comparableQueryString({ values, unit }: Pick<ComparableQuery, "values" | "unit">): string {
  const pairs: [string, string][] = unit
    ? [["jednostka", unit.code]]
    : (["typ", "wojewodztwo"] as const).flatMap((name) => (values[name] ? [[name, values[name]] as [string, string]] : []));
  if (values.ludnosc) pairs.push(["ludnosc", values.ludnosc]);
  return new URLSearchParams(pairs).toString();
}

/** Whether a query already reads as its shareable form (in any order), or the page should redirect there. */
export function isCanonicalQuery(query: Record<string, string | string[] | undefined>, canonical: string): boolean {
  const sorted = (pairs: [string, string][]) => pairs.map((pair) => pair.join("=")).sort().join("&");
  const given = Object.entries(query).flatMap(([name, value]) => [value ?? []].flat().map((v): [string, string] => [name, v]));
  return sorted(given) === sorted([...new URLSearchParams(canonical)]);
}

/** ?q= of the type-ahead's route: the start of a unit's name. */
export const unitQuerySchema = z.object({ q: z.preprocess(firstValue, z.string().trim().min(1).max(MAX_TYPED)) });
