import "server-only";
import { db } from "@/lib/db";

export type SessionPolicy = { idleMs: number; now: Date };

/** The session and its (active) account, or null when unknown, idle too long, past its end, or the account is off. */
export async function findLiveSession(tokenHash: string, { idleMs, now }: SessionPolicy) {
  const session = await db.session.findUnique({
    where: { tokenHash },
    select: {
      tokenHash: true,
      lastSeenAt: true,
      expiresAt: true,
      user: { select: { id: true, email: true, name: true, role: true, active: true } },
    },
  });
  if (!session || !session.user.active) return null;
  if (session.expiresAt <= now || session.lastSeenAt.getTime() + idleMs <= now.getTime()) return null;
  return session;
}

export async function findUserForSignIn(email: string) {
  return db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, active: true, passwordHash: true },
  });
}
