import "server-only";
import { createHash } from "node:crypto";
import { hashClientAddress, recordAudit } from "@/features/audit/mutations";
import { findThrottle, findUserForSignIn } from "./data";
import { clearThrottle, createSession, deleteDeadSessions, forgetOldFailures, recordFailure, recordSignIn } from "./mutations";
import { dummyPasswordHash, hashPassword, needsRehash, verifyPassword } from "./password";

export type SignInResult =
  | { ok: true; token: string; userId: number }
  | { ok: false; reason: "credentials" }
  | { ok: false; reason: "throttled"; retryAfterMs: number };

type Attempt = { email: string; password: string; ip: string; idleMs: number; lifetimeMs: number };

async function throttleKeys(email: string, ip: string) {
  return {
    account: `konto:${createHash("sha256").update(email).digest("hex")}`,
    address: `ip:${await hashClientAddress(ip || "nieznany")}`,
  };
}

/**
 * Checks the throttles, then the password (against a dummy hash when there is no usable account,
 * so that every failure costs the same time), and records the outcome in the throttles and the
 * audit log. A success gets a brand-new session.
 */
export async function signIn({ email, password, ip, idleMs, lifetimeMs }: Attempt, now = new Date()): Promise<SignInResult> {
  const keys = await throttleKeys(email, ip);
  const throttles = await Promise.all([findThrottle(keys.account), findThrottle(keys.address)]);
  const blockedUntil = Math.max(...throttles.map((throttle) => throttle?.blockedUntil?.getTime() ?? 0));
  if (blockedUntil > now.getTime()) {
    await recordAudit({ action: "LOGIN_FAILED", actorEmail: email, ip, details: { reason: "throttled" } });
    return { ok: false, reason: "throttled", retryAfterMs: blockedUntil - now.getTime() };
  }

  const user = await findUserForSignIn(email);
  const usable = user?.active === true;
  const valid = await verifyPassword(usable ? user.passwordHash : await dummyPasswordHash(), password);
  if (!usable || !valid) {
    await recordFailure("konto", keys.account, now);
    await recordFailure("ip", keys.address, now);
    const reason = !user ? "unknown-account" : !user.active ? "inactive-account" : "wrong-password";
    await recordAudit({
      action: "LOGIN_FAILED",
      actor: user ? { id: user.id, email: user.email } : null,
      actorEmail: email,
      ip,
      details: { reason },
    });
    return { ok: false, reason: "credentials" };
  }

  await clearThrottle(keys.account);
  await deleteDeadSessions(idleMs, now);
  await forgetOldFailures(now);
  const token = await createSession(user.id, lifetimeMs, now);
  await recordSignIn(user.id, needsRehash(user.passwordHash) ? await hashPassword(password) : null, now);
  await recordAudit({ action: "LOGIN_SUCCEEDED", actor: { id: user.id, email: user.email }, ip });
  return { ok: true, token, userId: user.id };
}
