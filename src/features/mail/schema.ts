import { z } from "zod";

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
