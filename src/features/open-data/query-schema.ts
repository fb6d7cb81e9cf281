import { z } from "zod";
import { ALL_UNIT_TYPES, ALL_VOIVODESHIPS, UNIT_TYPES, VOIVODESHIPS } from "@/features/practice/vocabulary";
import {
  MAX_CATEGORY_SLUG_LENGTH,
  MAX_QUERY_LENGTH,
  MAX_VALUES,
  searchParamsSchema,
  YEAR_RANGE,
  type SearchParams,
} from "@/features/search/schema";
import { POPULATION_BANDS, SEARCH_SORTS } from "@/features/search/vocabulary";
import { MAX_PAGE } from "@/lib/search-params";
import { SLUG_PATTERN } from "@/lib/slug";

// The API reads the parameters of /szukaj strictly. /szukaj is for people: it drops what it does
// not know and falls back to defaults. A program deserves to hear that `wojewodztwo=slask` matched
// nothing, so here every value /szukaj would drop or replace is an error (400, listed by name).
// One vocabulary: the values come from the same lists as searchParamsSchema's, and a request that
// passes is then parsed by searchParamsSchema itself, so both read a valid query identically
// (query-schema.test.ts checks that searchParamsSchema keeps every value accepted here).

type Parameter = { value: z.ZodType; repeatable: boolean; description: string };

function slugs(terms: readonly { slug: string }[]): [string, ...string[]] {
  return terms.map((term) => term.slug) as [string, ...string[]];
}

function integer(min: number, max: number, message: string) {
  return z
    .string()
    .regex(/^[0-9]{1,10}$/, message)
    .transform(Number)
    .pipe(z.number().int().min(min, message).max(max, message));
}

function oneOf(values: [string, ...string[]], what: string) {
  return z.enum(values, { error: (issue) => `Nieznana wartość ${what} „${String(issue.input)}”. Dozwolone: ${values.join(", ")}.` });
}

const year = integer(YEAR_RANGE.min, YEAR_RANGE.max, `Podaj rok od ${YEAR_RANGE.min} do ${YEAR_RANGE.max}.`);

export const SEARCH_API_PARAMETERS = {
  q: {
    value: z.string().max(MAX_QUERY_LENGTH, `Najwyżej ${MAX_QUERY_LENGTH} znaków.`),
    repeatable: false,
    description:
      "Szukane słowa. Odmiana i polskie znaki nie mają znaczenia; fraza w cudzysłowie szuka całej frazy. Gdy słowa nic nie znajdują, użyta zostaje ich poprawiona pisownia (pole `poprawiono`), a gdy i ona nie pomaga, praktyki z częścią słów (pole `czescSlow`).",
  },
  wojewodztwo: {
    value: oneOf(slugs(ALL_VOIVODESHIPS.map((v) => VOIVODESHIPS[v])), "województwa"),
    repeatable: true,
    description: "Województwo (można powtórzyć: dowolne z podanych).",
  },
  typ: {
    value: oneOf(slugs(ALL_UNIT_TYPES.map((u) => UNIT_TYPES[u])), "typu jednostki"),
    repeatable: true,
    description: "Typ jednostki samorządu (można powtórzyć).",
  },
  kategoria: {
    value: z
      .string()
      .max(MAX_CATEGORY_SLUG_LENGTH, `Najwyżej ${MAX_CATEGORY_SLUG_LENGTH} znaków.`)
      .regex(SLUG_PATTERN, "Adres kategorii to małe litery bez polskich znaków, cyfry i łączniki, np. pomoc-spoleczna."),
    repeatable: true,
    description: "Kategoria wraz z podkategoriami, jej adres z /api/kategorie (można powtórzyć).",
  },
  ludnosc: {
    value: oneOf(slugs(POPULATION_BANDS), "przedziału liczby mieszkańców"),
    repeatable: true,
    description: "Liczba mieszkańców jednostki (można powtórzyć).",
  },
  od: { value: year, repeatable: false, description: "Wprowadzone do banku od tego roku." },
  do: { value: year, repeatable: false, description: "Wprowadzone do banku do tego roku włącznie." },
  sort: {
    value: oneOf(slugs(SEARCH_SORTS), "kolejności"),
    repeatable: false,
    description:
      "Kolejność: `trafnosc` (domyślna, gdy podano słowa), `najnowsze` (domyślna bez słów), `tytul`, `najczesciej-wdrazane` (najwięcej zatwierdzonych zgłoszeń wdrożenia w innych samorządach).",
  },
  wdrozone: {
    value: oneOf(["tak"], "filtra wdrożeń"),
    repeatable: false,
    description: "`tak`: tylko praktyki, które według zatwierdzonego zgłoszenia wdrożył co najmniej jeden inny samorząd.",
  },
  strona: {
    value: integer(1, MAX_PAGE, `Podaj numer strony od 1 do ${MAX_PAGE}.`),
    repeatable: false,
    description: "Numer strony wyników (po 10). Numer większy niż liczba stron daje ostatnią stronę.",
  },
} satisfies Record<keyof SearchParams, Parameter>;

export type SearchApiParameter = keyof typeof SEARCH_API_PARAMETERS;
export type InvalidParam = { name: string; reason: string };
export type StrictSearchParse = { success: true; data: SearchParams } | { success: false; invalid: InvalidParam[] };

const NAMES = Object.keys(SEARCH_API_PARAMETERS) as SearchApiParameter[];

function isParameter(name: string): name is SearchApiParameter {
  return Object.hasOwn(SEARCH_API_PARAMETERS, name);
}

/** The search of an API request, or every parameter that is wrong and why (in Polish). */
export function parseSearchQueryStrict(query: URLSearchParams): StrictSearchParse {
  const invalid: InvalidParam[] = [];
  const raw: Record<string, string | string[]> = {};
  for (const name of new Set(query.keys())) {
    // An empty value is a field left blank (as forms send them): the parameter is not given.
    const values = query.getAll(name).filter((value) => value !== "");
    if (!isParameter(name)) {
      invalid.push({ name, reason: `Nieznany parametr. Dozwolone: ${NAMES.join(", ")}.` });
      continue;
    }
    if (values.length === 0) continue;
    const parameter: Parameter = SEARCH_API_PARAMETERS[name];
    if (!parameter.repeatable && values.length > 1) {
      invalid.push({ name, reason: "Ten parametr można podać tylko raz." });
      continue;
    }
    if (values.length > MAX_VALUES) {
      invalid.push({ name, reason: `Najwyżej ${MAX_VALUES} wartości.` });
      continue;
    }
    for (const value of values) {
      const result = parameter.value.safeParse(value);
      if (!result.success) invalid.push({ name, reason: result.error.issues[0]?.message ?? "Nieprawidłowa wartość." });
    }
    raw[name] = parameter.repeatable ? values : values[0]!;
  }
  if (invalid.length > 0) return { success: false, invalid };
  return { success: true, data: searchParamsSchema.parse(raw) };
}

/** JSON Schema of one value of a parameter, for the OpenAPI document. */
export function parameterValueJsonSchema(name: SearchApiParameter): Record<string, unknown> {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(SEARCH_API_PARAMETERS[name].value, { io: "output" });
  return schema;
}
