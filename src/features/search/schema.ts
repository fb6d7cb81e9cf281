import { z } from "zod";
import { ALL_UNIT_TYPES, UNIT_TYPES, VOIVODESHIPS, voivodeshipOfSlug } from "@/features/practice/vocabulary";
import type { UnitType, Voivodeship } from "@/generated/prisma/enums";
import { firstValue, pageNumberSchema } from "@/lib/search-params";
import { SLUG_PATTERN } from "@/lib/slug";
import { POPULATION_BANDS, SEARCH_SORTS, type PopulationBand, type SearchSort } from "./vocabulary";

// The public parameters of /szukaj (and of the open-data API). Names are part of the public
// interface. Nothing here rejects a request: unknown values are dropped, malformed ones fall back.
// The API's strict reading (features/open-data/query-schema.ts) rejects instead, using these bounds.

export const MAX_QUERY_LENGTH = 200;
/** Values kept of one repeatable parameter (wojewodztwo, typ, kategoria, ludnosc). */
export const MAX_VALUES = 20;
export const MAX_CATEGORY_SLUG_LENGTH = 100;
/** Years a practice may have been entered in (od, do). */
export const YEAR_RANGE = { min: 1990, max: 2100 } as const;

/** One canonical form (NFC), no control characters (PostgreSQL rejects NUL), single spaces, bounded. */
function cleanQuery(q: string): string {
  return q
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
    .trim();
}
const unitTypeBySlug = new Map(ALL_UNIT_TYPES.map((u) => [UNIT_TYPES[u].slug, u]));
const bandSlugs = new Set<string>(POPULATION_BANDS.map((band) => band.slug));

function list(value: unknown): string[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return [...new Set(values.filter((v): v is string => typeof v === "string"))].slice(0, MAX_VALUES);
}

const yearSchema = z.preprocess(firstValue, z.coerce.number().int().min(YEAR_RANGE.min).max(YEAR_RANGE.max).optional()).catch(undefined);

export const searchParamsSchema = z
  .object({
    q: z
      .preprocess(firstValue, z.string().optional())
      .catch(undefined)
      .transform((q) => cleanQuery(q ?? "")),
    wojewodztwo: z.unknown().optional().transform((v) => list(v).flatMap((s) => voivodeshipOfSlug(s) ?? []) as Voivodeship[]),
    typ: z.unknown().optional().transform((v) => list(v).flatMap((s) => unitTypeBySlug.get(s) ?? []) as UnitType[]),
    kategoria: z.unknown().optional().transform((v) => list(v).filter((s) => SLUG_PATTERN.test(s) && s.length <= MAX_CATEGORY_SLUG_LENGTH)),
    ludnosc: z.unknown().optional().transform((v) => list(v).filter((s): s is PopulationBand => bandSlugs.has(s))),
    od: yearSchema,
    do: yearSchema,
    /** "tak": only practices another unit reported it repeated (an approved adoption report). */
    wdrozone: z.preprocess(firstValue, z.enum(["tak"]).optional()).catch(undefined).transform((value) => value === "tak"),
    sort: z.preprocess(firstValue, z.enum(SEARCH_SORTS.map((sort) => sort.slug)).optional()).catch(undefined),
    strona: pageNumberSchema,
  })
  .transform((params) => {
    // "od 2020 do 2010" means the years between them.
    if (params.od && params.do && params.od > params.do) [params.od, params.do] = [params.do, params.od];
    const sort: SearchSort = params.sort ?? (params.q ? "trafnosc" : "najnowsze");
    // Relevance means nothing without words to be relevant to.
    return { ...params, sort: sort === "trafnosc" && !params.q ? ("najnowsze" as const) : sort };
  });

export type SearchParams = z.infer<typeof searchParamsSchema>;

/** The orders of a category's first page kept in the page cache: all but relevance, which needs words. */
export const cachedCategorySortSchema = z.enum(["najnowsze", "tytul", "najczesciej-wdrazane"] satisfies SearchSort[]);

/** The canonical parameters of a search, in order: the same state always gives the same link. */
export function searchQueryPairs(params: Partial<SearchParams>, overrides: Partial<SearchParams> = {}): [string, string][] {
  const merged = { ...params, ...overrides };
  const pairs: [string, string][] = [];
  if (merged.q) pairs.push(["q", merged.q]);
  for (const v of merged.wojewodztwo ?? []) pairs.push(["wojewodztwo", VOIVODESHIPS[v].slug]);
  for (const t of merged.typ ?? []) pairs.push(["typ", UNIT_TYPES[t].slug]);
  for (const k of merged.kategoria ?? []) pairs.push(["kategoria", k]);
  for (const l of merged.ludnosc ?? []) pairs.push(["ludnosc", l]);
  if (merged.od) pairs.push(["od", String(merged.od)]);
  if (merged.do) pairs.push(["do", String(merged.do)]);
  if (merged.wdrozone) pairs.push(["wdrozone", "tak"]);
  const defaultSort = merged.q ? "trafnosc" : "najnowsze";
  if (merged.sort && merged.sort !== defaultSort) pairs.push(["sort", merged.sort]);
  if (merged.strona && merged.strona > 1) pairs.push(["strona", String(merged.strona)]);
  return pairs;
}

export function searchQueryString(params: Partial<SearchParams>, overrides: Partial<SearchParams> = {}): string {
  return new URLSearchParams(searchQueryPairs(params, overrides)).toString();
}
