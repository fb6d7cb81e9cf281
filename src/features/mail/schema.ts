import { z } from "zod";
import { firstValue, pageNumberSchema } from "@/lib/search-params";
import { statusBySlug } from "./vocabulary";

/** One e-mail for the outbox: the mail worker sends it as it is stored. */
export const outgoingMailSchema = z.object({
  /** What sends it, for the administrators' view and the retention rules ("contact-author"). */
  kind: z.string().min(1).max(60),
  to: z.email(),
  replyTo: z.email().optional(),
  subject: z.string().min(1).max(300),
  text: z.string().min(1),
  html: z.string().min(1),
  /** Extra headers, e.g. List-Unsubscribe and List-Unsubscribe-Post. */
  headers: z.record(z.string(), z.string()).default({}),
});

export type OutgoingMail = z.input<typeof outgoingMailSchema>;

/** The outbox list's filters (?stan=…&rodzaj=…&strona=…); nonsense means "any". */
export const mailFiltersSchema = z.object({
  stan: z
    .preprocess(firstValue, z.string().transform((slug, context) => statusBySlug(slug) ?? (context.addIssue({ code: "custom", message: "?" }), z.NEVER)))
    .optional()
    .catch(undefined),
  rodzaj: z.preprocess(firstValue, z.string().regex(/^[a-z0-9-]{1,60}$/)).optional().catch(undefined),
  strona: pageNumberSchema,
});

export type MailFilters = z.infer<typeof mailFiltersSchema>;
