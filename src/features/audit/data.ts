import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { type AuditFilters, warsawMidnight } from "./schema";

export const AUDIT_PAGE_SIZE = 50;

export async function listAuditEvents(filters: AuditFilters) {
  const at: Prisma.DateTimeFilter = {};
  if (filters.od) at.gte = warsawMidnight(filters.od);
  // "do" includes its whole day: up to the next day's midnight.
  if (filters.do) at.lt = warsawMidnight(nextDay(filters.do));
  const where: Prisma.AuditEventWhereInput = {
    ...(filters.rodzaj ? { action: filters.rodzaj } : {}),
    ...(filters.konto ? { actorId: filters.konto } : {}),
    ...(filters.praktyka ? { practiceId: filters.praktyka } : {}),
    ...(filters.od || filters.do ? { at } : {}),
  };
  const [events, total] = await Promise.all([
    db.auditEvent.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (filters.strona - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: { id: true, at: true, action: true, actorEmail: true, practiceId: true, subject: true, details: true, ipHash: true, actor: { select: { name: true } } },
    }),
    db.auditEvent.count({ where }),
  ]);
  return { events, total };
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

export type AuditRow = Awaited<ReturnType<typeof listAuditEvents>>["events"][number];

/** Everyone who ever had an account, for the filter. */
export async function listAuditActors() {
  return db.user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, email: true } });
}
