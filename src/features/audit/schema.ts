import { z } from "zod";
import { firstValue, pageNumberSchema } from "@/lib/search-params";
import { actionBySlug } from "./vocabulary";

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)));

/** The audit log's filters (?rodzaj=…&konto=…&praktyka=…&od=…&do=…&strona=…); nonsense means "any". */
export const auditFiltersSchema = z.object({
  rodzaj: z.preprocess(firstValue, z.string().transform((slug, context) => actionBySlug(slug) ?? (context.addIssue({ code: "custom", message: "?" }), z.NEVER))).optional().catch(undefined),
  konto: z.preprocess(firstValue, z.coerce.number().int().min(1).max(2_147_483_647)).optional().catch(undefined),
  praktyka: z.preprocess(firstValue, z.coerce.number().int().min(1).max(2_147_483_647)).optional().catch(undefined),
  od: z.preprocess(firstValue, isoDay).optional().catch(undefined),
  do: z.preprocess(firstValue, isoDay).optional().catch(undefined),
  strona: pageNumberSchema,
});

export type AuditFilters = z.infer<typeof auditFiltersSchema>;

/** Midnight in Warsaw at the start of a calendar day, as an instant. */
export function warsawMidnight(day: string): Date {
  const utc = Date.parse(`${day}T00:00:00Z`);
  const hour = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Warsaw", hour: "2-digit", hourCycle: "h23" });
  // Poland is UTC+1 or UTC+2: one of the two is midnight there.
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(utc - offsetHours * 3_600_000);
    if (hour.format(candidate) === "00") return candidate;
  }
  return new Date(utc);
}
