import { z } from "zod";
import { ALL_VOIVODESHIPS, VOIVODESHIPS } from "@/features/practice/vocabulary";
import { publicOrigin } from "@/lib/public-url";
import { PROBLEM_TYPES, problemTypeUri } from "./problem";
import { parameterValueJsonSchema, SEARCH_API_PARAMETERS, type SearchApiParameter } from "./query-schema";
import { apiSchemas } from "./schema";

// The OpenAPI 3.1 description of the open data, served at /api/openapi.json. Schemas and query
// parameters are generated from the zod schemas the handlers use (schema.ts, query-schema.ts);
// tests/e2e/open-data.spec.ts validates real responses against this document.

type Json = Record<string, unknown>;

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

function componentSchemas(): Record<string, Json> {
  const { schemas } = z.toJSONSchema(apiSchemas, { uri: (id) => `#/components/schemas/${id}` });
  // Components live inside the document: no dialect or id of their own.
  return Object.fromEntries(Object.entries(schemas).map(([id, { $schema: _dialect, $id: _id, ...schema }]) => [id, schema]));
}

function queryParameters(names: SearchApiParameter[]): Json[] {
  return names.map((name) => {
    const { repeatable, description } = SEARCH_API_PARAMETERS[name];
    const value = parameterValueJsonSchema(name);
    return {
      name,
      in: "query",
      required: false,
      description,
      ...(repeatable ? { schema: { type: "array", items: value, maxItems: 20 }, style: "form", explode: true } : { schema: value }),
    };
  });
}

const validatorHeaders = {
  ETag: { description: "Wersja odpowiedzi; odeślij ją w If-None-Match, by dostać 304.", schema: { type: "string" } },
  "Last-Modified": { description: "Ostatnia zmiana danych.", schema: { type: "string" } },
  "Cache-Control": { schema: { type: "string" } },
  "Access-Control-Allow-Origin": { schema: { const: "*" } },
};

function content(mediaType: string, schema: Json, description: string): Json {
  return { description, headers: validatorHeaders, content: { [mediaType]: { schema } } };
}

const notModified = { $ref: "#/components/responses/NotModified" };
const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: ref("Problem") } } });
const textFile = (mediaType: string, description: string) => content(mediaType, { type: "string" }, description);

function get(operationId: string, summary: string, responses: Json, parameters: Json[] = []): Json {
  return { get: { operationId, summary, parameters, responses: { ...responses, "304": notModified } } };
}

let cached: { origin: string; document: Json } | undefined;

export function buildOpenApiDocument(): Json {
  const origin = publicOrigin();
  if (cached?.origin === origin) return cached.document;
  const searchNames = Object.keys(SEARCH_API_PARAMETERS) as SearchApiParameter[];
  const slugParameter = { name: "slug", in: "path", required: true, schema: { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" } };
  const voivodeships = ALL_VOIVODESHIPS.map((v) => VOIVODESHIPS[v].slug);
  const document: Json = {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Bank Dobrych Praktyk: otwarte dane",
      version: "1.0.0",
      description:
        "Opublikowane praktyki samorządów: wyszukiwanie (te same parametry co strona /szukaj, lecz błędne wartości dają 400), pełne rekordy, kategorie, eksport CSV i kanały Atom. Odpowiedzi mają ETag i Last-Modified (żądanie warunkowe daje 304) oraz nagłówek Access-Control-Allow-Origin: *. Nazwy pól są stałe: nowe pola mogą dojść, istniejące nie znikną. Błędy mają postać RFC 9457; adres w polu type to strona z opisem błędu i wskazówkami (lista w x-problem-types).",
    },
    servers: [{ url: origin }],
    paths: {
      "/api/praktyki": get(
        "szukajPraktyk",
        "Wyszukiwanie praktyk (po 10 na stronie)",
        {
          "200": content("application/json", ref("WynikiWyszukiwania"), "Strona wyników z licznikami filtrów."),
          "400": problem("Nieprawidłowy lub nieznany parametr; lista w invalid-params."),
        },
        queryParameters(searchNames),
      ),
      "/api/praktyki/{slug}": get(
        "pobierzPraktyke",
        "Pełny rekord opublikowanej praktyki",
        { "200": content("application/json", ref("Praktyka"), "Rekord praktyki."), "404": problem("Nie ma opublikowanej praktyki o tym adresie.") },
        [slugParameter],
      ),
      "/api/kategorie": get("pobierzKategorie", "Drzewo kategorii z liczbą praktyk", {
        "200": content("application/json", ref("DrzewoKategorii"), "Kategorie główne z podkategoriami."),
      }),
      "/api/openapi.json": get("opisApi", "Ten dokument (OpenAPI 3.1)", {
        "200": content("application/json", { type: "object" }, "Opis API."),
      }),
      "/szukaj.csv": get(
        "eksportCsv",
        "Wszystkie wyniki wyszukiwania w CSV (UTF-8 z BOM, RFC 4180). Parametry jak w /szukaj; nieznane wartości są pomijane.",
        { "200": textFile("text/csv", "Plik CSV, po jednym wierszu na praktykę.") },
        queryParameters(searchNames.filter((name) => name !== "strona")),
      ),
      "/kanaly/praktyki.xml": get("kanalPraktyk", "Kanał Atom: nowe i zaktualizowane praktyki", {
        "200": textFile("application/atom+xml", "Kanał Atom (50 najnowszych zmian)."),
      }),
      "/kanaly/kategorie/{slug}.xml": get(
        "kanalKategorii",
        "Kanał Atom kategorii (z podkategoriami)",
        { "200": textFile("application/atom+xml", "Kanał Atom."), "404": { description: "Nie ma takiej kategorii." } },
        [slugParameter],
      ),
      "/kanaly/wojewodztwa/{wojewodztwo}.xml": get(
        "kanalWojewodztwa",
        "Kanał Atom województwa",
        { "200": textFile("application/atom+xml", "Kanał Atom."), "404": { description: "Nie ma takiego województwa." } },
        [{ name: "wojewodztwo", in: "path", required: true, schema: { type: "string", enum: voivodeships } }],
      ),
      "/sitemap.xml": get("mapaWitryny", "Indeks map witryny (sitemaps.org)", { "200": textFile("application/xml", "Indeks map witryny.") }),
    },
    components: {
      schemas: componentSchemas(),
      responses: {
        NotModified: { description: "Dane się nie zmieniły (If-None-Match lub If-Modified-Since)." },
      },
    },
    "x-problem-types": Object.values(PROBLEM_TYPES).map((type) => ({ type: problemTypeUri(type), title: type.title, status: type.status })),
  };
  cached = { origin, document };
  return document;
}
