import "server-only";
import { createHash } from "node:crypto";
import { safeFileName, titleFromFileName } from "@/features/attachments/file-name";
import { inspectUpload } from "@/features/attachments/inspect";
import { attachmentStore } from "@/features/attachments/storage";
import type { UploadedFile } from "@/features/attachments/upload-request";
import { Prisma } from "@/generated/prisma/client";
import { hashClientAddress } from "@/features/audit/mutations";
import { enqueueMail } from "@/features/mail/mutations";
import { Voivodeship } from "@/generated/prisma/enums";
import type { SubmissionStatus } from "@/generated/prisma/enums";
import { db, type DbTransaction } from "@/lib/db";
import { env } from "@/lib/env";
import { newSecretToken, secretTokenHash } from "@/lib/secret-token";
import { confirmationMail, statusLinkMail } from "./mail";
import { EMPTY_SUBMISSION_VALUES, type SubmissionValues } from "./schema";

// The submitter's changes. A submission is found by its private token's hash; only drafts and
// submissions returned for changes accept edits, and every change of status writes an event and
// (for the steps the submitter is told of) an e-mail in the same transaction.

export const CONFIRMATION_HOURS = 48;

const EDITABLE: SubmissionStatus[] = ["DRAFT", "NEEDS_CHANGES"];

export const statusUrl = (token: string) => `${env().PUBLIC_ORIGIN}/zgloszenie/${token}`;
export const confirmationUrl = (token: string) => `${env().PUBLIC_ORIGIN}/zglos-praktyke/potwierdz/${token}`;

/** Columns kept beside the JSON for the editors' queue (title, voivodeship filter). */
function queueColumns(values: SubmissionValues) {
  const voivodeship = (Object.values(Voivodeship) as string[]).includes(values.voivodeship) ? (values.voivodeship as Voivodeship) : null;
  return { title: values.title.trim().slice(0, 300), voivodeship };
}

/** Starts a draft; the token is returned once, for the private link, and never stored. */
export async function createSubmission(submitter: { name: string; email: string; unit: string }, ip: string): Promise<{ id: number; token: string }> {
  const token = newSecretToken();
  const fields: SubmissionValues = { ...EMPTY_SUBMISSION_VALUES, implementingUnit: submitter.unit };
  const submission = await db.submission.create({
    data: {
      accessTokenHash: secretTokenHash(token)!,
      submitterName: submitter.name,
      submitterEmail: submitter.email,
      fields,
      ipHash: ip ? await hashClientAddress(ip) : null,
      events: { create: { status: "DRAFT" } },
    },
    select: { id: true },
  });
  return { id: submission.id, token };
}

/** Saves the fields as typed; false when the submission no longer accepts edits. */
export async function saveSubmissionFields(id: number, values: SubmissionValues): Promise<boolean> {
  const { count } = await db.submission.updateMany({
    where: { id, status: { in: EDITABLE } },
    data: { fields: values, ...queueColumns(values) },
  });
  return count === 1;
}

async function enterQueue(tx: DbTransaction, id: number, message: string) {
  await tx.submission.update({ where: { id }, data: { status: "NEW", submittedAt: new Date() } });
  await tx.submissionEvent.create({ data: { submissionId: id, status: "NEW", message } });
}

export type SendOutcome = "confirmation-sent" | "resubmitted" | "not-editable";

/**
 * "Wyślij zgłoszenie". A first submission waits for the e-mail address to be confirmed: a new
 * confirmation link (the older ones stop working) is mailed. A submission returned for changes,
 * whose address was confirmed already, goes straight back to the queue.
 */
export async function sendSubmission(id: number, accessToken: string): Promise<SendOutcome> {
  return db.$transaction(async (tx) => {
    // Locked, so two presses of the button (or a press and an editor's step) run one after the other.
    await tx.$executeRaw`SELECT 1 FROM submission WHERE id = ${id} FOR UPDATE`;
    const submission = await tx.submission.findUnique({ where: { id }, select: { status: true, emailConfirmedAt: true, submitterEmail: true, title: true } });
    if (!submission || !EDITABLE.includes(submission.status)) return "not-editable";
    const email = submission.submitterEmail;
    if (submission.status === "NEEDS_CHANGES" && submission.emailConfirmedAt) {
      await enterQueue(tx, id, "Zgłaszający wysłał poprawione zgłoszenie.");
      await enqueueMail(tx, { kind: "submission-status", to: email, ...statusLinkMail(submission.title, statusUrl(accessToken), true) });
      return "resubmitted";
    }
    const token = newSecretToken();
    await tx.emailToken.updateMany({ where: { purpose: "SUBMISSION_CONFIRM", subjectId: id, usedAt: null }, data: { usedAt: new Date() } });
    await tx.$executeRaw`
      INSERT INTO email_token (token_hash, purpose, subject_id, expires_at)
      VALUES (${secretTokenHash(token)}, 'potwierdzenie-zgloszenia', ${id}, now() + make_interval(hours => ${CONFIRMATION_HOURS}))`;
    await enqueueMail(tx, { kind: "submission-confirm", to: email, ...confirmationMail(submission.title, confirmationUrl(token), CONFIRMATION_HOURS) });
    return "confirmation-sent";
  });
}

/**
 * Follows a confirmation link: single use (the token is spent in the same statement that checks
 * it) and only before it expires. The submission enters the queue under a NEW private token,
 * mailed to the confirmed address: a link shown in a browser before the address was confirmed
 * (perhaps by someone who typed another person's address) opens nothing afterwards.
 */
export async function confirmSubmission(confirmToken: string): Promise<{ ok: true; accessToken: string } | { ok: false }> {
  const hash = secretTokenHash(confirmToken);
  if (!hash) return { ok: false };
  return db.$transaction(async (tx) => {
    const spent = await tx.$queryRaw<{ subjectId: number }[]>`
      UPDATE email_token SET used_at = now()
      WHERE token_hash = ${hash} AND purpose = 'potwierdzenie-zgloszenia' AND used_at IS NULL AND expires_at > now()
      RETURNING subject_id AS "subjectId"`;
    const id = spent[0]?.subjectId;
    if (id === undefined) return { ok: false } as const;
    const accessToken = newSecretToken();
    const { count } = await tx.submission.updateMany({
      where: { id, status: "DRAFT" },
      data: { accessTokenHash: secretTokenHash(accessToken)!, emailConfirmedAt: new Date() },
    });
    if (count !== 1) return { ok: false } as const;
    await enterQueue(tx, id, "Zgłaszający potwierdził adres e-mail.");
    const submission = await tx.submission.findUniqueOrThrow({ where: { id }, select: { submitterEmail: true, title: true } });
    await enqueueMail(tx, { kind: "submission-status", to: submission.submitterEmail, ...statusLinkMail(submission.title, statusUrl(accessToken), false) });
    return { ok: true, accessToken } as const;
  });
}

export type UploadOutcome = { name: string; ok: boolean; message: string };

/**
 * Attachments of a submission: judged by their content like editors' uploads (inspect.ts), kept
 * under server-made keys, at most SUBMISSION_MAX_FILES per submission.
 */
export async function addSubmissionAttachments(id: number, files: UploadedFile[], refusedEarly: UploadOutcome[]): Promise<UploadOutcome[]> {
  const store = attachmentStore();
  const maxFiles = env().SUBMISSION_MAX_FILES;
  const outcomes: UploadOutcome[] = refusedEarly.map((early) => ({ ...early, name: safeFileName(early.name) }));
  for (const file of files) {
    const fileName = safeFileName(file.name);
    const refuse = (message: string) => outcomes.push({ name: fileName, ok: false, message });
    const count = await db.submissionAttachment.count({ where: { submissionId: id } });
    if (count >= maxFiles) {
      refuse(`Plik „${fileName}” nie został dodany: do zgłoszenia można dołączyć najwyżej ${maxFiles} plików.`);
      continue;
    }
    const bytes = await file.read();
    const verdict = inspectUpload(bytes, fileName);
    if (!verdict.ok) {
      refuse(verdict.reason);
      continue;
    }
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const storageKey = await store.put(bytes);
    try {
      await db.submissionAttachment.create({
        data: { submissionId: id, title: titleFromFileName(fileName), fileName, mimeType: verdict.format.mimeType, byteSize: bytes.byteLength, sha256, storageKey, position: count },
      });
      outcomes.push({ name: fileName, ok: true, message: `Dodano plik „${fileName}” (${verdict.format.label}).` });
    } catch (error) {
      await store.remove(storageKey);
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
        refuse(`Plik „${fileName}” jest już dołączony do zgłoszenia.`);
        continue;
      }
      throw error;
    }
  }
  return outcomes;
}

/** Removes the row, then the file. */
export async function removeSubmissionAttachment(id: number, attachmentId: number): Promise<boolean> {
  const attachment = await db.submissionAttachment.findFirst({ where: { id: attachmentId, submissionId: id }, select: { id: true, storageKey: true } });
  if (!attachment) return false;
  await db.submissionAttachment.delete({ where: { id: attachment.id } });
  await attachmentStore().remove(attachment.storageKey);
  return true;
}
