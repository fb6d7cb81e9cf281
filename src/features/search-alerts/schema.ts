import { z } from "zod";
import { searchParamsSchema, searchQueryString, type SearchParams } from "@/features/search/schema";
import { queryObject } from "@/lib/search-params";
import { FREQUENCY_SLUGS } from "./vocabulary";

// "Obserwuj": the e-mail alert's form, and the canonical search it follows.

export const ALERT_LIMITS = { email: 254, query: 2000 } as const;

/** Per client address and per address typed: a few alerts an hour is plenty for a person. */
export const ALERT_RATE = { limit: 5, windowSeconds: 3600 };

export const alertFormSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Wpisz adres e-mail: wyślemy na niego link potwierdzający.")
    .max(ALERT_LIMITS.email, "Adres e-mail jest za długi.")
    .pipe(z.email("Wpisz adres e-mail w formacie nazwa@domena.pl.")),
  czestotliwosc: z.enum(FREQUENCY_SLUGS, "Wybierz, jak często wysyłać powiadomienia."),
});

export type AlertFormValues = { email: string; czestotliwosc: string };
export type AlertFormInput = z.infer<typeof alertFormSchema>;

/** The search's query string travels in this hidden field; it is read again as /szukaj reads it. */
export const QUERY_FIELD = "wyszukiwanie";

export const EMPTY_ALERT_FORM: AlertFormValues = { email: "", czestotliwosc: "co-tydzien" };

/**
 * The search an alert follows, as the canonical query string of /szukaj: the same parameters in the
 * same order, without the order of results and the page, which change nothing of what matches.
 */
export function alertQuery(params: SearchParams): string {
  return searchQueryString(params, { sort: undefined, strona: 1 });
}

/** A stored (or posted) query string back to the search's parameters, leniently as /szukaj reads it. */
export function alertParams(query: string): SearchParams {
  return searchParamsSchema.parse(queryObject(new URLSearchParams(query.slice(0, ALERT_LIMITS.query))));
}
