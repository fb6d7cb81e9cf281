import { UNIT_TYPES, VOIVODESHIPS } from "@/features/practice/vocabulary";
import { unitBand, unitLabel, unitsMatching, type TerytUnit } from "./registry";
import { unitQuerySchema } from "./schema";

// The type-ahead's answers (GET /gminy-takie-jak-moja/jednostki?q=…): a few units whose name
// begins with the typed text, each with what the form's selects take from it. About 1.7 kB a
// call, where the whole list would be 87 kB (30 kB compressed) on every visit.

export const SUGGESTION_LIMIT = 10;

/** `ludnosc` is the band of the unit's population by GUS, null where GUS has no figure. */
export type UnitSuggestion = { code: string; label: string; typ: string; wojewodztwo: string; ludnosc: string | null };

export function suggestionOf(unit: TerytUnit): UnitSuggestion {
  return {
    code: unit.code,
    label: unitLabel(unit),
    typ: UNIT_TYPES[unit.unitType].slug,
    wojewodztwo: VOIVODESHIPS[unit.voivodeship].slug,
    ludnosc: unitBand(unit),
  };
}

export function unitSuggestionsResponse(request: Request): Response {
  const parsed = unitQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return Response.json({ message: "Podaj od 1 do 100 znaków nazwy jednostki (parametr q)." }, { status: 400 });
  const suggestions = unitsMatching(parsed.data.q, SUGGESTION_LIMIT).map(suggestionOf);
  // The register changes once a year at most: answers may be kept for a day.
  return Response.json(suggestions, { headers: { "Cache-Control": "public, max-age=86400" } });
}
