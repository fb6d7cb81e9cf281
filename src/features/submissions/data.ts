import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { secretTokenHash } from "@/lib/secret-token";
import { storedSubmissionValues } from "./schema";

// Reads of the public side. A submission is reached only by its private link's token; nothing
// here returns editors' data (who reviewed it, the audit log, the submitter's IP hash).

/** The submission of a private link, or null (an unknown, malformed or replaced token). */
export const getSubmissionByToken = cache(async (token: string) => {
  const hash = secretTokenHash(token);
  if (!hash) return null;
  const row = await db.submission.findUnique({
    where: { accessTokenHash: hash },
    select: {
      id: true, status: true, submitterName: true, submitterEmail: true, emailConfirmedAt: true, fields: true, submittedAt: true, createdAt: true,
      attachments: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, title: true, fileName: true, mimeType: true, byteSize: true } },
      events: { orderBy: [{ at: "asc" }, { id: "asc" }], select: { id: true, at: true, status: true, message: true } },
    },
  });
  if (!row) return null;
  return { ...row, values: storedSubmissionValues(row.fields) };
});

export type PublicSubmission = NonNullable<Awaited<ReturnType<typeof getSubmissionByToken>>>;

/** Whether a confirmation link sent for this submission is still waiting to be followed. */
export async function hasPendingConfirmation(submissionId: number): Promise<boolean> {
  const rows = await db.$queryRaw<{ pending: boolean }[]>`
    SELECT EXISTS (
      SELECT 1 FROM email_token
      WHERE purpose = 'potwierdzenie-zgloszenia' AND subject_id = ${submissionId} AND used_at IS NULL AND expires_at > now()
    ) AS pending`;
  return rows[0]?.pending === true;
}

/** A confirmation link as its page shows it: valid (with what it confirms) or not. */
export const getConfirmation = cache(async (token: string) => {
  const hash = secretTokenHash(token);
  if (!hash) return null;
  const rows = await db.$queryRaw<{ title: string; submitterEmail: string }[]>`
    SELECT s.title, s.submitter_email AS "submitterEmail"
    FROM email_token t JOIN submission s ON s.id = t.subject_id
    WHERE t.token_hash = ${hash} AND t.purpose = 'potwierdzenie-zgloszenia' AND t.used_at IS NULL AND t.expires_at > now()
      AND s.status = 'szkic'`;
  return rows[0] ?? null;
});
