import "server-only";
import { createHash } from "node:crypto";
import { hashClientAddress, recordAudit } from "@/features/audit/mutations";
import { findUserForSignIn } from "./data";
import { claimSignInAttempt, createSession, deleteDeadSessions, forgetOldFailures, recordSignIn, settleSuccessfulAttempt, type ThrottleKeys } from "./mutations";
import { dummyPasswordHash, hashPassword, needsRehash, verifyPassword } from "./password";

export type SignInResult =
  | { ok: true; token: string; userId: number }
  | { ok: false; reason: "credentials" }
  | { ok: false; reason: "throttled"; retryAfterMs: number };

type Attempt = { email: string; password: string; ip: string; idleMs: number; lifetimeMs: number };

async function throttleKeys(email: string, ip: string): Promise<ThrottleKeys> {
  return {
    account: `konto:${createHash("sha256").update(email).digest("hex")}`,
    address: `ip:${await hashClientAddress(ip || "nieznany")}`,
  };
}

/**
 * Counts the attempt against the throttles first (refused at once while one is closed), then
 * checks the password (against a dummy hash when there is no usable account, so that every
 * failure costs the same time) and logs the outcome. A success takes the count back and gets a
 * brand-new session.
 */
export async function signIn({ email, password, ip, idleMs, lifetimeMs }: Attempt, now = new Date()): Promise<SignInResult> {
  const keys = await throttleKeys(email, ip);
  const claim = await claimSignInAttempt(keys, now);
  if (!claim.ok) {
    await recordAudit({ action: "LOGIN_FAILED", actorEmail: email, ip, details: { reason: "throttled" } });
    return { ok: false, reason: "throttled", retryAfterMs: claim.retryAfterMs };
  }

  const user = await findUserForSignIn(email);
  const usable = user?.active === true;
  const valid = await verifyPassword(usable ? user.passwordHash : await dummyPasswordHash(), password);
  if (!usable || !valid) {
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

  await settleSuccessfulAttempt(keys, claim);
  await deleteDeadSessions(idleMs, now);
  await forgetOldFailures(now);
  const token = await createSession(user.id, lifetimeMs, now);
  await recordSignIn(user.id, needsRehash(user.passwordHash) ? await hashPassword(password) : null, now);
  await recordAudit({ action: "LOGIN_SUCCEEDED", actor: { id: user.id, email: user.email }, ip });
  return { ok: true, token, userId: user.id };
}
