import type pg from "pg";

// Read by the HTTP front (outside Next) on its own pg pool, for its admin gate: is this a live
// session of an active account? The same conditions as features/auth/data.ts findLiveSession.
export function createLiveSessionCheck(pool: pg.Pool, idleMinutes: number): (tokenHash: string) => Promise<boolean> {
  return async (tokenHash) => {
    const { rowCount } = await pool.query(
      `SELECT 1 FROM session s JOIN app_user u ON u.id = s.user_id
       WHERE s.token_hash = $1 AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(mins => $2) AND u.active`,
      [tokenHash, idleMinutes],
    );
    return (rowCount ?? 0) > 0;
  };
}
