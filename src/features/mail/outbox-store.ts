import type pg from "pg";
import { CONTACT_AUTHOR_BODY_KEPT_DAYS, CONTACT_AUTHOR_KINDS, MAIL_KEPT_DAYS } from "./policy";

// The mail worker's reads and writes of outbox_mail. The worker runs in the HTTP front, outside
// Next, on a pg connection of its own (as the visit counter does): it must hold a row lock in a
// transaction while it talks to the mail server, and LISTEN, neither of which Prisma offers.

export type Queryable = Pick<pg.ClientBase, "query">;

export type DueMail = {
  id: number;
  kind: string;
  recipient: string;
  replyTo: string | null;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  attempts: number;
  createdAt: Date;
};

/**
 * Locks the next mail that is due, inside the caller's transaction, skipping rows that another
 * worker holds: two workers never get the same row, and none waits for the other.
 */
export async function claimDueMail(client: Queryable): Promise<DueMail | null> {
  const { rows } = await client.query<DueMail>(
    `SELECT id, kind, recipient, reply_to AS "replyTo", subject, text, html, headers, attempts, created_at AS "createdAt"
     FROM outbox_mail WHERE status = 'oczekuje' AND next_attempt_at <= now()
     ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
  );
  return rows[0] ?? null;
}

export async function markSent(client: Queryable, id: number): Promise<void> {
  await client.query(`UPDATE outbox_mail SET status = 'wyslana', attempts = attempts + 1, sent_at = now(), last_error = NULL WHERE id = $1`, [id]);
}

/** A failed attempt: try again after `retryInSeconds`, or (null) give up. */
export async function markAttemptFailed(client: Queryable, id: number, error: string, retryInSeconds: number | null): Promise<void> {
  if (retryInSeconds === null) {
    await client.query(`UPDATE outbox_mail SET status = 'nieudana', attempts = attempts + 1, last_error = $2 WHERE id = $1`, [id, error]);
  } else {
    await client.query(
      `UPDATE outbox_mail SET attempts = attempts + 1, last_error = $2, next_attempt_at = now() + make_interval(secs => $3) WHERE id = $1`,
      [id, error, retryInSeconds],
    );
  }
}

/**
 * Retention: sent and failed mail goes MAIL_KEPT_DAYS after it was sent (or created, if it never
 * was); a reader's message to an author loses its body and the reader's address after
 * CONTACT_AUTHOR_BODY_KEPT_DAYS. Mail still waiting is kept, whatever its age.
 */
export async function purgeOldMail(client: Queryable): Promise<number> {
  const erased = await client.query(
    `UPDATE outbox_mail SET text = '', html = '', reply_to = NULL
     WHERE kind = ANY($1::text[]) AND status <> 'oczekuje' AND text <> ''
       AND coalesce(sent_at, created_at) < now() - make_interval(days => $2)`,
    [CONTACT_AUTHOR_KINDS, CONTACT_AUTHOR_BODY_KEPT_DAYS],
  );
  const deleted = await client.query(
    `DELETE FROM outbox_mail WHERE status <> 'oczekuje' AND coalesce(sent_at, created_at) < now() - make_interval(days => $1)`,
    [MAIL_KEPT_DAYS],
  );
  return (erased.rowCount ?? 0) + (deleted.rowCount ?? 0);
}
