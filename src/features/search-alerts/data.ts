import "server-only";
import { SearchAlertStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { secretTokenHash } from "@/lib/secret-token";

export type ConfirmationState = "valid" | "used" | "expired" | "invalid";

/** What the confirmation link's page shows; opening it changes nothing. */
export async function getConfirmationState(token: string): Promise<ConfirmationState> {
  const tokenHash = secretTokenHash(token);
  const alert = tokenHash ? await db.searchAlert.findUnique({ where: { confirmTokenHash: tokenHash }, select: { status: true, confirmExpiresAt: true } }) : null;
  if (!alert) return "invalid";
  if (alert.status === SearchAlertStatus.ACTIVE) return "used";
  return alert.confirmExpiresAt <= new Date() ? "expired" : "valid";
}

/** Whether an unsubscribe link still names an alert (once used, the alert and its links are gone). */
export async function isUnsubscribeLinkLive(token: string): Promise<boolean> {
  const tokenHash = secretTokenHash(token);
  return tokenHash !== null && (await db.searchAlertLink.count({ where: { tokenHash } })) > 0;
}

/** The names of categories by slug, for describing a search in words. */
export async function getCategoryNames(slugs: string[]): Promise<Map<string, string>> {
  if (slugs.length === 0) return new Map();
  const categories = await db.category.findMany({ where: { slug: { in: slugs } }, select: { slug: true, name: true } });
  return new Map(categories.map((category) => [category.slug, category.name]));
}

export type DigestMatch = { id: number; slug: string; title: string };

/**
 * The published practices among `ids` (a search's matches) changed in the window (after, until]:
 * newly published ones and updated ones alike, the most recently changed first.
 */
export async function listChangedMatches(ids: number[], after: Date, until: Date, limit: number): Promise<{ total: number; practices: DigestMatch[] }> {
  if (ids.length === 0) return { total: 0, practices: [] };
  const rows = await db.$queryRaw<(DigestMatch & { total: number })[]>`
    SELECT id, slug, title, count(*) OVER ()::int AS total
    FROM practice
    WHERE id = ANY(${ids}::int[]) AND status = 'published' AND updated_at > ${after} AND updated_at <= ${until}
    ORDER BY updated_at DESC, id DESC
    LIMIT ${limit}`;
  return { total: rows[0]?.total ?? 0, practices: rows.map(({ id, slug, title }) => ({ id, slug, title })) };
}
