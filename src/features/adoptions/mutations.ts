import "server-only";
import { hashClientAddress, recordAudit } from "@/features/audit/mutations";
import { enqueueMail } from "@/features/mail/mutations";
import { AdoptionStatus, EmailTokenPurpose, PracticeStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { absoluteUrl } from "@/lib/public-url";
import { newSecretToken, secretTokenHash } from "@/lib/secret-token";
import { confirmationMail, decisionMail } from "./mail";
import type { AdoptionReportInput } from "./schema";

/** How long the confirmation link works. */
export const CONFIRM_TOKEN_HOURS = 72;

export const confirmPath = (token: string) => `/wdrozenia/potwierdz/${token}`;

/**
 * Saves a report UNCONFIRMED with its single-use confirmation token (only the hash stored) and
 * the e-mail carrying the link, in one transaction. Null when the practice is not published.
 */
export async function createAdoptionReport(practiceSlug: string, input: AdoptionReportInput, ip: string): Promise<{ id: number } | null> {
  const ipHash = await hashClientAddress(ip || "nieznany");
  const token = newSecretToken();
  return db.$transaction(async (tx) => {
    const practice = await tx.practice.findFirst({ where: { slug: practiceSlug, status: PracticeStatus.PUBLISHED }, select: { id: true, title: true, slug: true } });
    if (!practice) return null;
    const report = await tx.adoptionReport.create({
      data: {
        practiceId: practice.id,
        unitName: input.jednostka,
        unitType: input.typ,
        voivodeship: input.wojewodztwo,
        year: input.rok,
        changes: input.zmiany,
        contactName: input.imie,
        contactEmail: input.email,
        ipHash,
      },
      select: { id: true },
    });
    await tx.emailToken.create({
      data: {
        tokenHash: secretTokenHash(token)!,
        purpose: EmailTokenPurpose.ADOPTION_CONFIRM,
        subjectId: report.id,
        expiresAt: new Date(Date.now() + CONFIRM_TOKEN_HOURS * 3600_000),
      },
    });
    const mail = confirmationMail({
      practiceTitle: practice.title,
      practiceUrl: absoluteUrl(`/praktyki/${practice.slug}`),
      unitName: input.jednostka,
      contactName: input.imie,
      confirmUrl: absoluteUrl(confirmPath(token)),
      validHours: CONFIRM_TOKEN_HOURS,
    });
    await enqueueMail(tx, { kind: "adoption-confirm", to: input.email, ...mail });
    return report;
  });
}

export type ConfirmResult = { ok: true; practiceSlug: string } | { ok: false; reason: "invalid" | "used" | "expired" };

/**
 * Uses the token (once: the conditional update lets only one of two parallel requests through)
 * and moves its report from UNCONFIRMED to PENDING, the editors' queue.
 */
export async function confirmAdoptionReport(token: string): Promise<ConfirmResult> {
  const tokenHash = secretTokenHash(token);
  if (!tokenHash) return { ok: false, reason: "invalid" };
  return db.$transaction(async (tx) => {
    const now = new Date();
    const where = { tokenHash, purpose: EmailTokenPurpose.ADOPTION_CONFIRM };
    const used = await tx.emailToken.updateMany({ where: { ...where, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (used.count === 0) {
      const stored = await tx.emailToken.findFirst({ where, select: { usedAt: true } });
      return { ok: false, reason: !stored ? "invalid" : stored.usedAt ? "used" : "expired" } as const;
    }
    const { subjectId } = await tx.emailToken.findUniqueOrThrow({ where: { tokenHash }, select: { subjectId: true } });
    await tx.adoptionReport.updateMany({ where: { id: subjectId, status: AdoptionStatus.UNCONFIRMED }, data: { status: AdoptionStatus.PENDING, confirmedAt: now } });
    const report = await tx.adoptionReport.findUniqueOrThrow({ where: { id: subjectId }, select: { practice: { select: { slug: true } } } });
    return { ok: true, practiceSlug: report.practice.slug } as const;
  });
}

export type ReviewResult = { ok: true; approved: boolean } | { ok: false; reason: "not-pending" };

/**
 * An editor's decision on a PENDING report: the status, the practice's kept adoption count
 * (practice_search.adoption_count, recounted after locking the practice row, so two reviews of one
 * practice take turns and each counts the other's commit), the audit event and the reporter's
 * e-mail, in one transaction.
 */
export async function reviewAdoptionReport(id: number, approve: boolean, reviewer: { id: number; email: string }, ip: string): Promise<ReviewResult> {
  return db.$transaction(async (tx) => {
    const report = await tx.adoptionReport.findUnique({ where: { id }, include: { practice: { select: { id: true, title: true, slug: true } } } });
    if (!report) return { ok: false, reason: "not-pending" } as const;
    await tx.$queryRaw`SELECT id FROM practice WHERE id = ${report.practiceId} FOR UPDATE`;
    const status = approve ? AdoptionStatus.APPROVED : AdoptionStatus.REJECTED;
    const changed = await tx.adoptionReport.updateMany({
      where: { id, status: AdoptionStatus.PENDING },
      data: { status, reviewedAt: new Date(), reviewerId: reviewer.id },
    });
    if (changed.count === 0) return { ok: false, reason: "not-pending" } as const;
    if (approve) {
      await tx.$executeRaw`
        UPDATE practice_search SET adoption_count = (
          SELECT count(*) FROM adoption_report WHERE practice_id = ${report.practiceId} AND status = 'zatwierdzone'
        ) WHERE practice_id = ${report.practiceId}`;
    }
    await recordAudit(
      {
        action: approve ? "ADOPTION_APPROVED" : "ADOPTION_REJECTED",
        actor: reviewer,
        ip,
        practiceId: report.practiceId,
        subject: report.unitName,
        details: { adoptionReportId: id },
      },
      tx,
    );
    const mail = decisionMail({
      practiceTitle: report.practice.title,
      practiceUrl: absoluteUrl(`/praktyki/${report.practice.slug}`),
      unitName: report.unitName,
      contactName: report.contactName,
      approved: approve,
    });
    await enqueueMail(tx, { kind: approve ? "adoption-approved" : "adoption-rejected", to: report.contactEmail, ...mail });
    return { ok: true, approved: approve } as const;
  });
}
