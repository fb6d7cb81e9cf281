import type pg from "pg";

// Housekeeping of the alerts, run by the mail worker's hourly step (src/server/mail-worker.ts), on
// its pg connection like features/public-forms/purge.ts.

type Queryable = Pick<pg.ClientBase, "query">;

/** Deletes alerts never confirmed whose link has expired: the address was not confirmed, so it is not kept. */
export async function purgeUnconfirmedAlerts(client: Queryable): Promise<number> {
  const result = await client.query(`DELETE FROM search_alert WHERE status = 'niepotwierdzona' AND confirm_expires_at < now()`);
  return result.rowCount ?? 0;
}

/** Unsubscribe links of mail older than this stop working (a newer digest carries a fresh one). */
export const UNSUBSCRIBE_LINK_DAYS = 400;

/** Forgets the unsubscribe links of old mail; every digest carries a fresh one. */
export async function purgeOldAlertLinks(client: Queryable, olderThanDays = UNSUBSCRIBE_LINK_DAYS): Promise<number> {
  const result = await client.query(`DELETE FROM search_alert_link WHERE created_at < now() - make_interval(days => $1)`, [olderThanDays]);
  return result.rowCount ?? 0;
}
