import "server-only";
import { db } from "@/lib/db";
import { outgoingMailSchema, type OutgoingMail } from "./schema";

/** The database client or a transaction of it: a mail is written with the change that causes it. */
export type OutboxWriter = { outboxMail: Pick<typeof db.outboxMail, "create"> };

/**
 * Puts an e-mail in the outbox. Call it inside the transaction of the change the mail tells of, so
 * that either both are saved or neither is; the mail worker sends it after the commit.
 */
export async function enqueueMail(writer: OutboxWriter, mail: OutgoingMail): Promise<number> {
  const parsed = outgoingMailSchema.parse(mail);
  const row = await writer.outboxMail.create({
    data: {
      kind: parsed.kind,
      recipient: parsed.to,
      replyTo: parsed.replyTo ?? null,
      subject: parsed.subject,
      text: parsed.text,
      html: parsed.html,
      headers: parsed.headers,
    },
    select: { id: true },
  });
  return row.id;
}

/**
 * Gives a FAILED mail a fresh set of attempts, due now (the outbox's trigger wakes the worker).
 * False when it is not FAILED (any more) or its body was already erased by the retention rules.
 */
export async function resendMail(id: number): Promise<boolean> {
  // The database's clock, the one the worker compares next_attempt_at with.
  const count = await db.$executeRaw`
    UPDATE outbox_mail SET status = 'oczekuje', attempts = 0, next_attempt_at = now(), last_error = NULL
    WHERE id = ${id} AND status = 'nieudana' AND text <> ''`;
  return count === 1;
}
