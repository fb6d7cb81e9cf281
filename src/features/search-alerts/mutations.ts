import "server-only";
import { enqueueMail } from "@/features/mail/mutations";
import { SearchAlertStatus, type SearchAlertFrequency } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { absoluteUrl } from "@/lib/public-url";
import { newSecretToken, secretTokenHash } from "@/lib/secret-token";
import { getCategoryNames } from "./data";
import { alertConfirmationMail, searchDescription } from "./mail";
import { alertPaths } from "./paths";
import { alertParams } from "./schema";
import { CONFIRM_TOKEN_HOURS, FREQUENCIES } from "./vocabulary";

/** The database client or a transaction of it: a link is stored with the mail that carries it. */
type LinkWriter = { searchAlertLink: Pick<typeof db.searchAlertLink, "create"> };

/**
 * Saves an UNCONFIRMED alert (the confirmation token's hash only) and the e-mail with its link, in
 * one transaction. `query` is the canonical query string (schema.ts, alertQuery).
 */
export async function createAlert(input: { email: string; query: string; frequency: SearchAlertFrequency }): Promise<{ id: number }> {
  const token = newSecretToken();
  const params = alertParams(input.query);
  const description = searchDescription(params, await getCategoryNames(params.kategoria));
  return db.$transaction(async (tx) => {
    const alert = await tx.searchAlert.create({
      data: {
        email: input.email,
        query: input.query,
        frequency: input.frequency,
        confirmTokenHash: secretTokenHash(token)!,
        confirmExpiresAt: new Date(Date.now() + CONFIRM_TOKEN_HOURS * 3600_000),
      },
      select: { id: true },
    });
    const mail = alertConfirmationMail({
      description,
      frequencyLabel: FREQUENCIES[input.frequency].label,
      confirmUrl: absoluteUrl(alertPaths.confirm(token)),
      validHours: CONFIRM_TOKEN_HOURS,
    });
    await enqueueMail(tx, { kind: "search-alert-confirm", to: input.email, ...mail });
    return alert;
  });
}

export type ConfirmResult = { ok: true } | { ok: false; reason: "invalid" | "used" | "expired" };

/**
 * Activates the alert of a confirmation token, once: the conditional update lets one of two
 * parallel posts through. Its digests cover what changes from now on. An older alert of the same
 * address and search is replaced, so subscribing again never doubles the mail.
 */
export async function confirmAlert(token: string): Promise<ConfirmResult> {
  const tokenHash = secretTokenHash(token);
  if (!tokenHash) return { ok: false, reason: "invalid" };
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: number; email: string; query: string }[]>`
      UPDATE search_alert SET status = 'aktywna', confirmed_at = now(), last_digest_at = now()
      WHERE confirm_token_hash = ${tokenHash} AND status = 'niepotwierdzona' AND confirm_expires_at > now()
      RETURNING id, email, query`;
    const alert = rows[0];
    if (!alert) {
      const stored = await tx.searchAlert.findUnique({ where: { confirmTokenHash: tokenHash }, select: { status: true } });
      return { ok: false, reason: !stored ? "invalid" : stored.status === SearchAlertStatus.ACTIVE ? "used" : "expired" } as const;
    }
    await tx.searchAlert.deleteMany({ where: { email: alert.email, query: alert.query, status: SearchAlertStatus.ACTIVE, id: { not: alert.id } } });
    return { ok: true } as const;
  });
}

/** A fresh one-click unsubscribe link of an alert, for one e-mail (only its hash is stored). */
export async function issueUnsubscribeUrl(writer: LinkWriter, alertId: number): Promise<string> {
  const token = newSecretToken();
  await writer.searchAlertLink.create({ data: { tokenHash: secretTokenHash(token)!, alertId } });
  return absoluteUrl(alertPaths.unsubscribe(token));
}

/** Deletes the alert of an unsubscribe link, with all its links; false when there is none (any more). */
export async function unsubscribe(token: string): Promise<boolean> {
  const tokenHash = secretTokenHash(token);
  if (!tokenHash) return false;
  const deleted = await db.$executeRaw`
    DELETE FROM search_alert WHERE id = (SELECT alert_id FROM search_alert_link WHERE token_hash = ${tokenHash})`;
  return deleted > 0;
}
