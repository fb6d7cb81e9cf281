import { MAX_VALUES } from "@/features/search/schema";
import { absoluteUrl } from "@/lib/public-url";
import { CORS_HEADERS } from "./http-cache";
import { parseSearchQueryStrict, type InvalidParam } from "./query-schema";
import type { ProblemJson } from "./schema";

// Errors of the API as RFC 9457 problem details, in Polish. Each type URI is also a page for the
// people who write clients (/api/problemy/<slug>): what the problem means and how to fix the request.

export const PROBLEM_TYPES = {
  invalidParams: {
    slug: "nieprawidlowe-parametry",
    title: "Nieprawidłowe parametry zapytania",
    status: 400,
    meaning:
      "Zapytanie do wyszukiwania /api/praktyki zawiera parametr, którego API nie zna, wartość spoza słownika (np. nieznane województwo albo kategorię) lub wartość w złym formacie (np. numer strony 0). API niczego wtedy nie szuka: odpowiada kodem 400, a pole invalid-params wymienia każdy błędny parametr z powodem błędu.",
    remedy: [
      "Popraw albo usuń każdy parametr wymieniony w invalid-params; pole reason mówi, czego brakuje, i podaje dozwolone wartości.",
      "Nazwy i wartości parametrów są takie jak w adresach strony /szukaj: wojewodztwo=slaskie, typ=gmina-miejska, ludnosc=20-50-tys. Adresy kategorii podaje /api/kategorie.",
      `Parametry wojewodztwo, typ, kategoria i ludnosc można powtórzyć (najwyżej ${MAX_VALUES} razy), pozostałe podaje się raz. Puste wartości są pomijane.`,
    ],
  },
  notFound: {
    slug: "nie-znaleziono",
    title: "Nie znaleziono",
    status: 404,
    meaning:
      "Pod tym adresem API nie ma danych: w banku nie ma opublikowanej praktyki o podanym adresie (nigdy jej nie było, jest dopiero przygotowywana albo redakcja ją wycofała) lub sam adres nie należy do API.",
    remedy: [
      "Sprawdź adres praktyki (pole slug): aktualne adresy podaje wyszukiwanie /api/praktyki i pole linki.api każdego wyniku.",
      "Sprawdź ścieżkę: adresy API i ich parametry wymienia opis /api/openapi.json.",
      "Praktyka wycofana z banku nie ma już rekordu w API; zapisane wcześniej dane nie są aktualne.",
    ],
  },
  unavailable: {
    slug: "serwis-niedostepny",
    title: "Serwis chwilowo niedostępny",
    status: 503,
    meaning:
      "Serwis nie może teraz odpowiedzieć, najczęściej dlatego, że jego baza danych jest chwilowo nieosiągalna (awaria albo prace serwisowe). Zapytanie było poprawne; niczego nie zmieniło.",
    remedy: [
      "Ponów zapytanie po czasie podanym w nagłówku Retry-After (w sekundach).",
      "Ponawiaj z rosnącymi odstępami; stan serwisu podaje /api/gotowosc (200: gotowy, 503: jeszcze nie).",
    ],
  },
} as const;

export type ProblemType = (typeof PROBLEM_TYPES)[keyof typeof PROBLEM_TYPES];

export function findProblemType(slug: string): ProblemType | undefined {
  return Object.values(PROBLEM_TYPES).find((type) => type.slug === slug);
}

export function problemTypePath(type: ProblemType): string {
  return `/api/problemy/${type.slug}`;
}

export function problemTypeUri(type: ProblemType): string {
  return absoluteUrl(problemTypePath(type));
}

function problemJson(type: ProblemType, detail: string, instance: string, invalid?: InvalidParam[]): ProblemJson {
  return { type: problemTypeUri(type), title: type.title, status: type.status, detail, instance, ...(invalid ? { "invalid-params": invalid } : {}) };
}

function instanceOf(request: Request): string {
  const url = new URL(request.url);
  return `${url.pathname}${url.search}`;
}

export function problemResponse(request: Request, type: ProblemType, detail: string, invalid?: InvalidParam[]): Response {
  return new Response(JSON.stringify(problemJson(type, detail, instanceOf(request), invalid)), {
    status: type.status,
    headers: {
      ...CORS_HEADERS,
      "content-type": "application/problem+json",
      "content-language": "pl",
      "cache-control": "public, max-age=60",
      "x-content-type-options": "nosniff",
    },
  });
}

function invalidParamsDetail(invalid: InvalidParam[]): string {
  const names = [...new Set(invalid.map((param) => param.name))];
  return names.length === 1
    ? `Popraw parametr ${names[0]}: ${invalid[0]!.reason}`
    : `Popraw parametry: ${names.join(", ")}. Szczegóły w polu invalid-params.`;
}

export function invalidParamsResponse(request: Request, invalid: InvalidParam[]): Response {
  return problemResponse(request, PROBLEM_TYPES.invalidParams, invalidParamsDetail(invalid), invalid);
}

export function practiceNotFoundDetail(slug: string): string {
  return `W banku nie ma opublikowanej praktyki o adresie „${slug.slice(0, 200)}”.`;
}

/** A real answer of this type, for its page: made by the code that makes the API's answers. */
export function problemExample(type: ProblemType): ProblemJson {
  if (type.slug === PROBLEM_TYPES.notFound.slug) {
    return problemJson(type, practiceNotFoundDetail("nie-ma-takiej-praktyki"), "/api/praktyki/nie-ma-takiej-praktyki");
  }
  const query = "wojewodztwo=slask&strona=0";
  const parsed = parseSearchQueryStrict(new URLSearchParams(query));
  const invalid = parsed.success ? [] : parsed.invalid;
  return problemJson(type, invalidParamsDetail(invalid), `/api/praktyki?${query}`, invalid);
}
