import { z } from "zod";

// URL query values arrive as string | string[] | undefined; a repeated single-valued parameter
// (?strona=2&strona=3) is read as its first value rather than rejected.
export function firstValue(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

export const MAX_PAGE = 1_000_000;

/** ?strona=N: a positive page number (huge ones mean "the last page"); anything else means the first. */
export const pageNumberSchema = z
  .preprocess(firstValue, z.coerce.number().int().min(1).transform((page) => Math.min(page, MAX_PAGE)))
  .catch(1);

/** A URL's query as the page's `searchParams` arrive: every name with all its values. */
export function queryObject(searchParams: URLSearchParams): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const name of new Set(searchParams.keys())) result[name] = searchParams.getAll(name);
  return result;
}
