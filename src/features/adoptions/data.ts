import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { AdoptionStatus, EmailTokenPurpose, PracticeStatus } from "@/generated/prisma/enums";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { secretTokenHash } from "@/lib/secret-token";

/** A published practice a unit may report adopting. */
export const getAdoptablePractice = cache(async (slug: string) =>
  db.practice.findFirst({ where: { slug, status: PracticeStatus.PUBLISHED }, select: { id: true, slug: true, title: true } }),
);

/** The approved reports shown on a practice: never the reporter's name or address. */
export async function listApprovedAdoptions(practiceId: number) {
  return db.adoptionReport.findMany({
    where: { practiceId, status: AdoptionStatus.APPROVED },
    select: { id: true, unitName: true, unitType: true, voivodeship: true, year: true, changes: true },
    orderBy: [{ year: "desc" }, { id: "asc" }],
  });
}

export type ApprovedAdoption = Awaited<ReturnType<typeof listApprovedAdoptions>>[number];

/** The editors' queue: confirmed reports waiting for a decision, oldest first. */
export async function listPendingAdoptions() {
  return db.adoptionReport.findMany({
    where: { status: AdoptionStatus.PENDING },
    include: { practice: { select: { slug: true, title: true } } },
    orderBy: [{ confirmedAt: "asc" }, { id: "asc" }],
  });
}

export type PendingAdoption = Awaited<ReturnType<typeof listPendingAdoptions>>[number];

export type TokenState = "valid" | "used" | "expired" | "invalid";

/** What a confirmation link is worth, before anyone presses its button (a GET changes nothing). */
export async function getConfirmationState(token: string): Promise<{ state: TokenState; practiceTitle: string | null }> {
  const tokenHash = secretTokenHash(token);
  const stored = tokenHash ? await db.emailToken.findFirst({ where: { tokenHash, purpose: EmailTokenPurpose.ADOPTION_CONFIRM } }) : null;
  if (!stored) return { state: "invalid", practiceTitle: null };
  const report = await db.adoptionReport.findUnique({ where: { id: stored.subjectId }, select: { practice: { select: { title: true } } } });
  const state: TokenState = stored.usedAt ? "used" : stored.expiresAt <= new Date() ? "expired" : "valid";
  return { state, practiceTitle: report?.practice.title ?? null };
}

export type AdoptionStatistics = {
  approved: number;
  adoptedPractices: number;
  mostAdopted: { slug: string; title: string; count: number }[];
};

/** For /statystyki: approved reports of published practices, and the practices adopted most often. */
export async function getAdoptionStatistics(limit = 10): Promise<AdoptionStatistics> {
  const where = { status: AdoptionStatus.APPROVED, practice: { status: PracticeStatus.PUBLISHED } };
  const [approved, grouped] = await Promise.all([
    db.adoptionReport.count({ where }),
    db.adoptionReport.groupBy({ by: ["practiceId"], where, _count: { _all: true } }),
  ]);
  const top = [...grouped].sort((a, b) => b._count._all - a._count._all || a.practiceId - b.practiceId).slice(0, limit);
  const practices = await db.practice.findMany({ where: { id: { in: top.map((row) => row.practiceId) } }, select: { id: true, slug: true, title: true } });
  const byId = new Map(practices.map((practice) => [practice.id, practice]));
  return {
    approved,
    adoptedPractices: grouped.length,
    mostAdopted: top.flatMap((row) => {
      const practice = byId.get(row.practiceId);
      return practice ? [{ slug: practice.slug, title: practice.title, count: row._count._all }] : [];
    }),
  };
}

/** Cached with the catalogue: a review revalidates it (features/adoptions/actions.ts). */
export const getCachedAdoptionStatistics = unstable_cache(() => getAdoptionStatistics(), ["adoption-statistics"], {
  tags: [CACHE_TAGS.catalogue],
});
