import { db } from "@/lib/db";
import { newSessionToken, sessionTokenHash } from "./session-token";
import { delayAfterFailure, FAILURE_MEMORY_MS, type ThrottleScope } from "./throttle-policy";

/** A new session with a new random token (never one the browser brought: no session fixation). */
export async function createSession(userId: number, lifetimeMs: number, now = new Date()): Promise<string> {
  const token = newSessionToken();
  await db.session.create({
    data: { tokenHash: sessionTokenHash(token)!, userId, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + lifetimeMs) },
  });
  return token;
}

/** Deletes every session that is over, of every account: sessions are few, sign-ins rare. */
export async function deleteDeadSessions(idleMs: number, now = new Date()): Promise<void> {
  await db.session.deleteMany({
    where: { OR: [{ expiresAt: { lte: now } }, { lastSeenAt: { lte: new Date(now.getTime() - idleMs) } }] },
  });
}

export async function touchSession(tokenHash: string, now = new Date()): Promise<void> {
  await db.session.updateMany({ where: { tokenHash }, data: { lastSeenAt: now } });
}

export async function deleteSession(tokenHash: string): Promise<void> {
  await db.session.deleteMany({ where: { tokenHash } });
}

/** Signs an account out everywhere (or everywhere but the current browser). */
export async function deleteSessionsOf(userId: number, exceptTokenHash?: string): Promise<void> {
  await db.session.deleteMany({ where: { userId, ...(exceptTokenHash ? { tokenHash: { not: exceptTokenHash } } : {}) } });
}

export async function recordSignIn(userId: number, newPasswordHash: string | null, now = new Date()): Promise<void> {
  await db.user.update({
    where: { id: userId },
    data: { lastLoginAt: now, ...(newPasswordHash ? { passwordHash: newPasswordHash } : {}) },
  });
}

export type ThrottleKeys = { account: string; address: string };

/** What a claimed attempt set on each key, to be taken back if the password turns out right. */
export type ThrottleClaim = { ok: true; addressBlockedUntil: Date | null } | { ok: false; retryAfterMs: number };

type ThrottleRow = { key: string; failures: number; lastFailureAt: Date; blockedUntil: Date | null };

/**
 * Counts a sign-in attempt as a failure before its password is checked, unless a key is closed.
 * One transaction holds both rows (locked in key order, so two attempts never wait on each
 * other crosswise): of many parallel attempts only as many as the policy allows get through,
 * the rest see the block the earlier ones set.
 */
export async function claimSignInAttempt(keys: ThrottleKeys, now = new Date()): Promise<ThrottleClaim> {
  const forgetBefore = now.getTime() - FAILURE_MEMORY_MS;
  const scopes = new Map<string, ThrottleScope>([[keys.account, "konto"], [keys.address, "ip"]]);
  const [first, second] = [...scopes.keys()].sort();
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`
      INSERT INTO login_throttle (key, failures, last_failure_at) VALUES (${first}, 0, ${now}), (${second}, 0, ${now})
      ON CONFLICT (key) DO NOTHING`;
    const rows = await tx.$queryRaw<ThrottleRow[]>`
      SELECT key, failures, last_failure_at AS "lastFailureAt", blocked_until AS "blockedUntil"
      FROM login_throttle WHERE key IN (${first}, ${second}) ORDER BY key FOR UPDATE`;
    const blockedUntil = Math.max(...rows.map((row) => row.blockedUntil?.getTime() ?? 0));
    if (blockedUntil > now.getTime()) return { ok: false, retryAfterMs: blockedUntil - now.getTime() };
    let addressBlockedUntil: Date | null = null;
    for (const row of rows) {
      const failures = (row.lastFailureAt.getTime() < forgetBefore ? 0 : row.failures) + 1;
      const delaySeconds = delayAfterFailure(scopes.get(row.key)!, failures);
      const until = delaySeconds > 0 ? new Date(now.getTime() + delaySeconds * 1000) : null;
      await tx.loginThrottle.update({ where: { key: row.key }, data: { failures, lastFailureAt: now, blockedUntil: until } });
      if (row.key === keys.address) addressBlockedUntil = until;
    }
    return { ok: true, addressBlockedUntil };
  });
}

/**
 * After the right password: the account's failures are forgotten; the address only gets back the
 * one failure this attempt was counted as (a valid account of one's own must not reset the count
 * of guesses at others). Its block goes only if this attempt set it.
 */
export async function settleSuccessfulAttempt(keys: ThrottleKeys, claim: Extract<ThrottleClaim, { ok: true }>): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key: keys.account } });
  await db.$executeRaw`
    UPDATE login_throttle SET
      failures = greatest(failures - 1, 0),
      blocked_until = CASE WHEN blocked_until = ${claim.addressBlockedUntil} THEN NULL ELSE blocked_until END
    WHERE key = ${keys.address}`;
}

/** Throttle rows without a failure for a day count as zero anyway: they go. */
export async function forgetOldFailures(now = new Date()): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { lastFailureAt: { lt: new Date(now.getTime() - FAILURE_MEMORY_MS) } } });
}
