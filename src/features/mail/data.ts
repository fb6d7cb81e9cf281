import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { MailFilters } from "./schema";

// The administrators' view of the outbox (/admin/poczta).

export const MAIL_PAGE_SIZE = 50;

export async function listOutboxMail(filters: MailFilters) {
  const where: Prisma.OutboxMailWhereInput = {
    ...(filters.stan ? { status: filters.stan } : {}),
    ...(filters.rodzaj ? { kind: filters.rodzaj } : {}),
  };
  const [mails, total] = await Promise.all([
    db.outboxMail.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filters.strona - 1) * MAIL_PAGE_SIZE,
      take: MAIL_PAGE_SIZE,
      select: { id: true, kind: true, recipient: true, subject: true, status: true, attempts: true, createdAt: true, sentAt: true },
    }),
    db.outboxMail.count({ where }),
  ]);
  return { mails, total };
}

export type OutboxMailRow = Awaited<ReturnType<typeof listOutboxMail>>["mails"][number];

/** The kinds of mail in the outbox, for the filter. */
export async function listMailKinds(): Promise<string[]> {
  const rows = await db.outboxMail.findMany({ distinct: ["kind"], orderBy: { kind: "asc" }, select: { kind: true } });
  return rows.map((row) => row.kind);
}

/** One message with everything stored of it, or the 404 page. */
export const getOutboxMail = cache(async (id: number) => {
  const mail = await db.outboxMail.findUnique({ where: { id } });
  if (!mail) notFound();
  return mail;
});
