import type { FormError } from "@/components/ui/ErrorSummary";
import { attachmentStore } from "@/features/attachments/storage";
import { recordAudit } from "@/features/audit/mutations";
import { enqueueMail } from "@/features/mail/mutations";
import { type Author, insertPractice } from "@/features/practice-editor/mutations";
import type { PracticeInput } from "@/features/practice-editor/schema";
import { refreshSearchDocuments } from "@/features/search/mutations";
import { statusUrl } from "@/features/submissions/mutations";
import { storedSubmissionValues } from "@/features/submissions/schema";
import { Prisma } from "@/generated/prisma/client";
import type { SubmissionStatus } from "@/generated/prisma/enums";
import { db, type DbTransaction } from "@/lib/db";
import { newSecretToken, secretTokenHash } from "@/lib/secret-token";
import { draftInputOf, fieldRowId, SLUG_FIELD } from "./draft-input";
import { statusMail, type ReviewedStatus } from "./status-mail";
import { canTake, REVIEW_STEPS, type ReviewStep } from "./transitions";

// Every editor's step on a submission is one transaction: the state changes only if it is still
// one the step allows (a conditional UPDATE: of two editors clicking at once, the second waits for
// the first's row lock, then finds the state changed and is refused), then the history event, the
// audit event and the e-mail to the submitter (outbox) are written with it.

export type ReviewResult =
  | { ok: true; practiceId: number | null }
  | { ok: false; reason: "not-found" }
  | { ok: false; reason: "not-allowed"; status: SubmissionStatus }
  | { ok: false; reason: "invalid"; errors: FormError[] };

class Refused extends Error {
  constructor(readonly result: Extract<ReviewResult, { ok: false }>) {
    super(result.reason);
  }
}

async function refusal(tx: DbTransaction, id: number): Promise<Refused> {
  const current = await tx.submission.findUnique({ where: { id }, select: { status: true } });
  return new Refused(!current || current.status === "DRAFT" ? { ok: false, reason: "not-found" } : { ok: false, reason: "not-allowed", status: current.status });
}

/** Moves the submission on if its state still allows the step; refuses otherwise. */
async function claim(tx: DbTransaction, id: number, step: ReviewStep) {
  const rule = REVIEW_STEPS[step];
  const { count } = await tx.submission.updateMany({ where: { id, status: { in: [...rule.from] } }, data: { status: rule.to } });
  if (count === 0) throw await refusal(tx, id);
  return tx.submission.findUniqueOrThrow({ where: { id }, select: { id: true, title: true, submitterEmail: true } });
}

type StepRecord = { step: ReviewStep; message: string; practiceId: number | null; editor: Author; ip?: string };

/**
 * The history event, the audit event and the submitter's e-mail of a step just claimed. The mail
 * carries a new private link and the old one stops working: only the link's hash is kept, so the
 * link can be sent again only as a new one, and the newest mail always has a link that works.
 */
async function record(tx: DbTransaction, submission: { id: number; title: string; submitterEmail: string }, { step, message, practiceId, editor, ip }: StepRecord) {
  const rule = REVIEW_STEPS[step];
  await tx.submissionEvent.create({ data: { submissionId: submission.id, status: rule.to, message, actorId: editor.id } });
  await recordAudit(
    {
      action: rule.audit,
      actor: editor,
      practiceId,
      subject: `Zgłoszenie nr ${submission.id}: ${submission.title}`,
      ip,
      details: { submissionId: submission.id, status: rule.to, ...(message ? { message } : {}) },
    },
    tx,
  );
  const accessToken = newSecretToken();
  await tx.submission.update({ where: { id: submission.id }, data: { accessTokenHash: secretTokenHash(accessToken)! } });
  await enqueueMail(tx, {
    kind: "submission-status",
    to: submission.submitterEmail,
    ...statusMail(submission, rule.to as ReviewedStatus, message, statusUrl(accessToken)),
  });
}

async function attempt(write: () => Promise<ReviewResult>): Promise<ReviewResult> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Refused) return error.result;
    throw error;
  }
}

/** "Przyjmij do oceny", "Zwróć do poprawy" (message required) and "Odrzuć" (reason required). */
export function changeSubmissionStatus(id: number, step: Exclude<ReviewStep, "accept">, message: string, editor: Author, ip?: string): Promise<ReviewResult> {
  return attempt(() =>
    db.$transaction(async (tx) => {
      const submission = await claim(tx, id, step);
      await record(tx, submission, { step, message, practiceId: null, editor, ip });
      return { ok: true, practiceId: null };
    }),
  );
}

const invalid = (errors: FormError[]) => new Refused({ ok: false, reason: "invalid", errors });

/** What only the database knows about the draft's input: its categories exist, its address is free. */
async function checkDraft(tx: DbTransaction, input: PracticeInput): Promise<void> {
  const ids = [input.primaryCategoryId, ...input.categoryIds];
  const found = await tx.category.count({ where: { id: { in: ids } } });
  if (found < new Set(ids).size) {
    throw invalid([{ field: fieldRowId("primaryCategoryId"), message: "Kategorii wybranej w zgłoszeniu już nie ma w banku. Aby przyjąć zgłoszenie, zwróć je najpierw do poprawy z prośbą o wybranie innej kategorii." }]);
  }
  if ((await tx.practice.count({ where: { slug: input.slug } })) > 0) throw invalid([slugTaken(input.slug)]);
}

const slugTaken = (slug: string): FormError => ({ field: SLUG_FIELD, message: `Adres „${slug}” ma już inna praktyka: wpisz inny adres strony.` });

/**
 * "Przyjmij": a draft practice made through the admin's own path (version 1 by this editor), every
 * field and attachment carried over, linked both ways. The attachments' bytes are copied under new
 * storage keys, so removing a file from the practice never takes it from the submission's record.
 */
export async function acceptSubmission(id: number, slug: string, editor: Author, ip?: string): Promise<ReviewResult> {
  const submission = await db.submission.findUnique({ where: { id }, include: { attachments: { orderBy: [{ position: "asc" }, { id: "asc" }] } } });
  if (!submission || submission.status === "DRAFT") return { ok: false, reason: "not-found" };
  if (!canTake("accept", submission.status)) return { ok: false, reason: "not-allowed", status: submission.status };
  const draft = draftInputOf(storedSubmissionValues(submission.fields), slug);
  if (!draft.ok) return { ok: false, reason: "invalid", errors: draft.errors };

  const store = attachmentStore();
  const copies: { storageKey: string; source: (typeof submission.attachments)[number] }[] = [];
  const removeCopies = () => Promise.all(copies.map((copy) => store.remove(copy.storageKey)));
  let result: ReviewResult;
  try {
    for (const source of submission.attachments) {
      const bytes = await store.read(source.storageKey);
      if (!bytes) {
        throw invalid([{ field: "zalaczniki", message: `Pliku „${source.fileName}” nie ma w magazynie załączników: zgłoszenia nie przyjęto. Zgłoś to administratorowi.` }]);
      }
      copies.push({ storageKey: await store.put(bytes), source });
    }
    result = await db.$transaction(async (tx) => {
      const claimed = await claim(tx, id, "accept");
      await checkDraft(tx, draft.input);
      const practice = await insertPractice(tx, draft.input, editor, { publish: false, ip });
      await tx.attachment.createMany({
        data: copies.map(({ storageKey, source }, position) => ({
          practiceId: practice.id, title: source.title, fileName: source.fileName, mimeType: source.mimeType,
          byteSize: source.byteSize, sha256: source.sha256, storageKey, position,
        })),
      });
      await tx.submission.update({ where: { id }, data: { practiceId: practice.id } });
      await record(tx, claimed, { step: "accept", message: "", practiceId: practice.id, editor, ip });
      return { ok: true, practiceId: practice.id } as const;
    });
  } catch (error) {
    await removeCopies();
    if (error instanceof Refused) return error.result;
    // The address taken between the check and the insert.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { ok: false, reason: "invalid", errors: [slugTaken(draft.input.slug)] };
    throw error;
  }
  if (result.ok && result.practiceId !== null) await refreshSearchDocuments([result.practiceId]);
  return result;
}
