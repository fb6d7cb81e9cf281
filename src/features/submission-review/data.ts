import "server-only";
import { cache } from "react";
import type { Prisma } from "@/generated/prisma/client";
import type { PracticeStatus, SubmissionStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { ageCutoff, QUEUE_STATES, QUEUE_STATUSES, type QueueParams } from "./queue-params";

// Reads for the editors' review of submissions. Callers have checked the editor: these return the
// submitter's name and e-mail.

export const QUEUE_PAGE_SIZE = 25;

/** The filters other than the state, shared by the list and its counts per state. */
function otherFilters(params: QueueParams, now: Date): Prisma.SubmissionWhereInput {
  return {
    ...(params.wojewodztwo ? { voivodeship: params.wojewodztwo } : {}),
    ...(params.wiek ? { submittedAt: { lt: ageCutoff(params.wiek, now) } } : {}),
  };
}

/** Submissions in the chosen states, the longest waiting first, paged. */
export async function listQueue(params: QueueParams, now = new Date()) {
  const where: Prisma.SubmissionWhereInput = { ...otherFilters(params, now), status: { in: [...QUEUE_STATES[params.stan]] } };
  const [items, total] = await Promise.all([
    db.submission.findMany({
      where,
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      skip: (params.strona - 1) * QUEUE_PAGE_SIZE,
      take: QUEUE_PAGE_SIZE,
      select: {
        id: true, title: true, status: true, voivodeship: true, submittedAt: true, submitterName: true,
        _count: { select: { attachments: true } },
      },
    }),
    db.submission.count({ where }),
  ]);
  return { items, total };
}

export type QueueItem = Awaited<ReturnType<typeof listQueue>>["items"][number];

/** How many submissions are in each state under the other filters (drafts never counted). */
export async function countByStatus(params: QueueParams, now = new Date()): Promise<Record<SubmissionStatus, number>> {
  const rows = await db.submission.groupBy({
    by: ["status"],
    where: { ...otherFilters(params, now), status: { in: [...QUEUE_STATUSES] } },
    _count: { _all: true },
  });
  const counts: Record<SubmissionStatus, number> = { DRAFT: 0, NEW: 0, IN_REVIEW: 0, NEEDS_CHANGES: 0, ACCEPTED: 0, REJECTED: 0 };
  for (const row of rows) counts[row.status] = row._count._all;
  return counts;
}

/** For the admin navigation: submissions nobody has taken yet. */
export async function countNewSubmissions(): Promise<number> {
  return db.submission.count({ where: { status: "NEW" } });
}

/** A submission with everything its review page shows; null for none or a draft (not in the queue yet). */
export const getSubmissionForReview = cache(async (id: number) => {
  const submission = await db.submission.findUnique({
    where: { id },
    include: {
      attachments: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, title: true, fileName: true, mimeType: true, byteSize: true } },
      events: { orderBy: [{ at: "asc" }, { id: "asc" }], select: { id: true, at: true, status: true, message: true, actor: { select: { name: true } } } },
      practice: { select: { id: true, title: true, status: true } },
    },
  });
  return submission && submission.status !== "DRAFT" ? submission : null;
});

export type SubmissionForReview = NonNullable<Awaited<ReturnType<typeof getSubmissionForReview>>>;

/** A submission's file, for editors' downloads; none while the submission is a draft. */
export async function getSubmissionAttachment(submissionId: number, attachmentId: number) {
  return db.submissionAttachment.findFirst({
    where: { id: attachmentId, submissionId, submission: { status: { not: "DRAFT" } } },
    select: { fileName: true, mimeType: true, storageKey: true },
  });
}

/** For the practice's admin page: the submission it was accepted from. */
export async function getSourceSubmission(practiceId: number) {
  return db.submission.findUnique({ where: { practiceId }, select: { id: true } });
}
