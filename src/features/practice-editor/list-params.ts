import { z } from "zod";
import { VOIVODESHIPS } from "@/features/practice/vocabulary";
import { voivodeshipParamSchema } from "@/features/practice/voivodeship-param";
import { firstValue, pageNumberSchema } from "@/lib/search-params";
import { SLUG_PATTERN } from "@/lib/slug";
import { STATUS_FILTERS } from "./status";

// The admin list's URL (?q=…&stan=…&kategoria=…&wojewodztwo=…&sort=…&strona=…): anything
// unexpected falls back to "all", never to an error.

export const ADMIN_SORTS = { zmiana: "ostatnio zmienione", tytul: "tytuł (A–Z)", wprowadzenie: "data wprowadzenia" } as const;

export const adminListParamsSchema = z.object({
  q: z.preprocess(firstValue, z.string().trim().max(200)).catch("").default(""),
  stan: z.preprocess(firstValue, z.enum(Object.keys(STATUS_FILTERS) as [keyof typeof STATUS_FILTERS])).optional().catch(undefined),
  kategoria: z.preprocess(firstValue, z.string().max(200).regex(SLUG_PATTERN)).optional().catch(undefined),
  wojewodztwo: voivodeshipParamSchema,
  sort: z.preprocess(firstValue, z.enum(Object.keys(ADMIN_SORTS) as [keyof typeof ADMIN_SORTS])).catch("zmiana").default("zmiana"),
  strona: pageNumberSchema,
});

export type AdminListParams = z.infer<typeof adminListParamsSchema>;

/** The list's URL for these parameters (defaults left out). */
export function adminListHref(params: AdminListParams, change: Partial<AdminListParams> = {}): string {
  const next = { ...params, ...change };
  const query = new URLSearchParams();
  if (next.q) query.set("q", next.q);
  if (next.stan) query.set("stan", next.stan);
  if (next.kategoria) query.set("kategoria", next.kategoria);
  if (next.wojewodztwo) query.set("wojewodztwo", VOIVODESHIPS[next.wojewodztwo].slug);
  if (next.sort !== "zmiana") query.set("sort", next.sort);
  if (next.strona > 1) query.set("strona", String(next.strona));
  const text = query.toString();
  return text ? `/admin?${text}` : "/admin";
}
