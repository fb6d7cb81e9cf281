import { recordAudit } from "@/features/audit/mutations";
import { deleteSessionsOf } from "@/features/auth/mutations";
import { hashPassword } from "@/features/auth/password";
import { Prisma } from "@/generated/prisma/client";
import type { UserRole } from "@/generated/prisma/enums";
import { db } from "@/lib/db";

// Accounts: created by `npm run user:create` or an administrator, never deleted (deactivated
// instead, so the audit log and the history keep naming their authors).

export type Actor = { id: number; email: string } | null;

export class EmailTaken extends Error {}

/** The password must already have passed features/auth/password-policy.ts. */
export async function createUser(
  input: { email: string; name: string; role: UserRole; password: string },
  actor: Actor,
  context: { ip?: string; via: "wiersz-polecen" | "panel" | "dane-demonstracyjne" },
): Promise<number> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, role: input.role, passwordHash },
        select: { id: true },
      });
      await recordAudit(
        { action: "USER_CREATED", actor, subject: input.email, ip: context.ip, details: { userId: user.id, role: input.role, via: context.via } },
        tx,
      );
      return user.id;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new EmailTaken(input.email);
    throw error;
  }
}

export type AccountChange = { name: string; role: UserRole; active: boolean };

export async function updateUser(userId: number, change: AccountChange, actor: Actor, ip?: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, name: true, role: true, active: true } });
    await tx.user.update({ where: { id: userId }, data: change });
    const changed = (Object.keys(change) as (keyof AccountChange)[]).filter((key) => before[key] !== change[key]);
    if (changed.length === 0) return;
    await recordAudit(
      {
        action: "USER_UPDATED",
        actor,
        subject: before.email,
        ip,
        details: { userId, changed: Object.fromEntries(changed.map((key) => [key, { from: before[key], to: change[key] }])) },
      },
      tx,
    );
  });
  // A deactivated account is signed out at once, everywhere.
  if (!change.active) await deleteSessionsOf(userId);
}

/** A new password (policy already checked); every other session of the account ends. */
export async function setPassword(userId: number, password: string, actor: Actor, keepSessionTokenHash?: string, ip?: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    const user = await tx.user.update({ where: { id: userId }, data: { passwordHash }, select: { email: true } });
    await recordAudit({ action: "PASSWORD_CHANGED", actor, subject: user.email, ip, details: { userId, byOwner: actor?.id === userId } }, tx);
  });
  await deleteSessionsOf(userId, keepSessionTokenHash);
}
