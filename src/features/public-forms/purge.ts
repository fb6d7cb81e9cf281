import type pg from "pg";

// Housekeeping of the public forms' short-lived rows, run by the mail worker's hourly step in the
// HTTP front (outside Next, on its pg connection, hence no Prisma client here).

type Queryable = Pick<pg.ClientBase, "query">;

/** Forgets throttling windows that ended long ago. */
export async function purgeRateWindows(client: Queryable, olderThanSeconds = 2 * 24 * 3600): Promise<number> {
  const result = await client.query(`DELETE FROM rate_limit WHERE window_start < now() - make_interval(secs => $1)`, [olderThanSeconds]);
  return result.rowCount ?? 0;
}

/** Deletes e-mail confirmation tokens a week after they expired (used or not): their links are dead anyway. */
export async function purgeExpiredEmailTokens(client: Queryable, expiredForDays = 7): Promise<number> {
  const result = await client.query(`DELETE FROM email_token WHERE expires_at < now() - make_interval(days => $1)`, [expiredForDays]);
  return result.rowCount ?? 0;
}
