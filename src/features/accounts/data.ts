import "server-only";
import { db } from "@/lib/db";

const accountSelect = { id: true, email: true, name: true, role: true, active: true, lastLoginAt: true, createdAt: true } as const;

export async function listAccounts() {
  return db.user.findMany({ orderBy: [{ active: "desc" }, { name: "asc" }], select: accountSelect });
}

export async function getAccount(id: number) {
  return db.user.findUnique({ where: { id }, select: accountSelect });
}

export async function getPasswordHash(id: number): Promise<string | null> {
  return (await db.user.findUnique({ where: { id }, select: { passwordHash: true } }))?.passwordHash ?? null;
}

/** Active administrators other than `exceptId`: the last one may not be demoted or deactivated. */
export async function countOtherActiveAdministrators(exceptId: number): Promise<number> {
  return db.user.count({ where: { role: "ADMINISTRATOR", active: true, id: { not: exceptId } } });
}
