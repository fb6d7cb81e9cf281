import { absoluteUrl } from "@/lib/public-url";
import { CORS_HEADERS } from "./http-cache";
import type { InvalidParam } from "./query-schema";
import type { ProblemJson } from "./schema";

// Errors of the API as RFC 9457 problem details, in Polish. The types are identifiers described
// in the OpenAPI document; clients should not fetch them.

export const PROBLEM_TYPES = {
  invalidParams: { slug: "nieprawidlowe-parametry", title: "Nieprawidłowe parametry zapytania", status: 400 },
  notFound: { slug: "nie-znaleziono", title: "Nie znaleziono", status: 404 },
} as const;

type ProblemType = (typeof PROBLEM_TYPES)[keyof typeof PROBLEM_TYPES];

export function problemTypeUri(type: ProblemType): string {
  return absoluteUrl(`/api/problemy/${type.slug}`);
}

function instanceOf(request: Request): string {
  const url = new URL(request.url);
  return `${url.pathname}${url.search}`;
}

export function problemResponse(request: Request, type: ProblemType, detail: string, invalid?: InvalidParam[]): Response {
  const problem: ProblemJson = {
    type: problemTypeUri(type),
    title: type.title,
    status: type.status,
    detail,
    instance: instanceOf(request),
    ...(invalid ? { "invalid-params": invalid } : {}),
  };
  return new Response(JSON.stringify(problem), {
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

export function invalidParamsResponse(request: Request, invalid: InvalidParam[]): Response {
  const names = [...new Set(invalid.map((param) => param.name))];
  const detail =
    names.length === 1
      ? `Popraw parametr ${names[0]}: ${invalid[0]!.reason}`
      : `Popraw parametry: ${names.join(", ")}. Szczegóły w polu invalid-params.`;
  return problemResponse(request, PROBLEM_TYPES.invalidParams, detail, invalid);
}
