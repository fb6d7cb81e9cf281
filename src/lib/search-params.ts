import { z } from "zod";

// URL query values arrive as string | string[] | undefined; a repeated single-valued parameter
// (?strona=2&strona=3) is read as its first value rather than rejected.
export function firstValue(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/** ?strona=N: a positive page number; anything else means the first page. */
export const pageNumberSchema = z.preprocess(firstValue, z.coerce.number().int().min(1).max(1_000_000)).catch(1);
