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

/**
 * Counts a failed sign-in against a throttle key and sets how long it stays closed. One statement:
 * concurrent failures from many requests all count.
 */
export async function recordFailure(scope: ThrottleScope, key: string, now = new Date()): Promise<void> {
  const forgetBefore = new Date(now.getTime() - FAILURE_MEMORY_MS);
  const [row] = await db.$queryRaw<{ failures: number }[]>`
    INSERT INTO login_throttle (key, failures, last_failure_at)
    VALUES (${key}, 1, ${now})
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN login_throttle.last_failure_at < ${forgetBefore} THEN 1 ELSE login_throttle.failures + 1 END,
      last_failure_at = EXCLUDED.last_failure_at
    RETURNING failures`;
  const delaySeconds = delayAfterFailure(scope, row?.failures ?? 1);
  if (delaySeconds > 0) {
    await db.loginThrottle.update({ where: { key }, data: { blockedUntil: new Date(now.getTime() + delaySeconds * 1000) } });
  }
}

/** Throttle rows without a failure for a day count as zero anyway: they go. */
export async function forgetOldFailures(now = new Date()): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { lastFailureAt: { lt: new Date(now.getTime() - FAILURE_MEMORY_MS) } } });
}

export async function clearThrottle(key: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key } });
}
