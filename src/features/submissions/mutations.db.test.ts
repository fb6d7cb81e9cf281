import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { resetDatabase } from "../../../tests/db/reset";
import { consumeRate, rateKeys } from "@/features/public-forms/rate-limit";
import { db } from "@/lib/db";
import { secretTokenHash } from "@/lib/secret-token";
import { getConfirmation, getSubmissionByToken, hasPendingConfirmation } from "./data";
import { START_RATE } from "./limits";
import { addSubmissionAttachments, confirmSubmission, createSubmission, removeSubmissionAttachment, saveSubmissionFields, sendSubmission } from "./mutations";
import { EMPTY_SUBMISSION_VALUES } from "./schema";

beforeEach(resetDatabase);

const SUBMITTER = { name: "Ewa Kowalczyk", email: "ewa.kowalczyk@um.example.pl", unit: "Urząd Miejski w Gliwicach" };

async function start() {
  return createSubmission(SUBMITTER, "203.0.113.7");
}

async function lastMail(kind: string) {
  return db.outboxMail.findFirstOrThrow({ where: { kind }, orderBy: { id: "desc" } });
}

const linkToken = (text: string, route: string) => new RegExp(`${route}/([A-Za-z0-9_-]{43})`).exec(text)?.[1] ?? "";

describe("createSubmission", () => {
  it("keeps only the hash of the private link's token, and a draft with the unit typed", async () => {
    const { id, token } = await start();
    const row = await db.submission.findUniqueOrThrow({ where: { id } });
    expect(row.accessTokenHash).toBe(secretTokenHash(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row).toMatchObject({ status: "DRAFT", submitterEmail: SUBMITTER.email, emailConfirmedAt: null });
    expect(row.ipHash).toMatch(/^[0-9a-f]{64}$/);
    expect((await getSubmissionByToken(token))?.values.implementingUnit).toBe(SUBMITTER.unit);
    expect(await getSubmissionByToken(row.accessTokenHash)).toBeNull();
  });
});

describe("saveSubmissionFields", () => {
  it("keeps invalid values as typed and fills the queue's columns", async () => {
    const { id, token } = await start();
    const values = { ...EMPTY_SUBMISSION_VALUES, title: "Zielone podwórka", voivodeship: "SLASKIE", postalCode: "zły kod" };
    expect(await saveSubmissionFields(id, values)).toBe(true);
    expect((await getSubmissionByToken(token))?.values).toMatchObject({ title: "Zielone podwórka", postalCode: "zły kod" });
    expect(await db.submission.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "Zielone podwórka", voivodeship: "SLASKIE" });
  });

  it("refuses edits once the submission is in the queue", async () => {
    const { id } = await start();
    await db.submission.update({ where: { id }, data: { status: "IN_REVIEW" } });
    expect(await saveSubmissionFields(id, EMPTY_SUBMISSION_VALUES)).toBe(false);
  });
});

describe("confirmation", () => {
  it("mails a single-use link; following it queues the submission under a new private link", async () => {
    const { id, token } = await start();
    await saveSubmissionFields(id, { ...EMPTY_SUBMISSION_VALUES, title: "Zielone <b>podwórka</b>" });
    expect(await sendSubmission(id, token)).toBe("confirmation-sent");
    const mail = await lastMail("submission-confirm");
    expect(mail.recipient).toBe(SUBMITTER.email);
    expect(mail.html).not.toContain("<b>podwórka");
    const confirmToken = linkToken(mail.text, "zglos-praktyke/potwierdz");
    expect(await db.emailToken.findUniqueOrThrow({ where: { tokenHash: secretTokenHash(confirmToken)! } })).toMatchObject({ purpose: "SUBMISSION_CONFIRM", subjectId: id, usedAt: null });
    expect(await hasPendingConfirmation(id)).toBe(true);
    expect(await getConfirmation(confirmToken)).toMatchObject({ submitterEmail: SUBMITTER.email });
    // Opening the page changes nothing.
    expect((await db.submission.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");

    const result = await confirmSubmission(confirmToken);
    expect(result.ok).toBe(true);
    const accessToken = result.ok ? result.accessToken : "";
    const row = await db.submission.findUniqueOrThrow({ where: { id }, include: { events: { orderBy: { id: "asc" } } } });
    expect(row.status).toBe("NEW");
    expect(row.emailConfirmedAt).not.toBeNull();
    expect(row.submittedAt).not.toBeNull();
    expect(row.events.map((event) => event.status)).toEqual(["DRAFT", "NEW"]);
    expect(await getSubmissionByToken(token)).toBeNull();
    expect((await getSubmissionByToken(accessToken))?.id).toBe(id);
    expect(linkToken((await lastMail("submission-status")).text, "zgloszenie")).toBe(accessToken);

    expect(await confirmSubmission(confirmToken)).toEqual({ ok: false });
    expect(await getConfirmation(confirmToken)).toBeNull();
    expect(await db.outboxMail.count({ where: { kind: "submission-status" } })).toBe(1);
  });

  it("refuses an expired link and one replaced by a newer link", async () => {
    const { id, token } = await start();
    await sendSubmission(id, token);
    const first = linkToken((await lastMail("submission-confirm")).text, "zglos-praktyke/potwierdz");
    await sendSubmission(id, token);
    const second = linkToken((await lastMail("submission-confirm")).text, "zglos-praktyke/potwierdz");
    expect(await confirmSubmission(first)).toEqual({ ok: false });
    await db.$executeRaw`UPDATE email_token SET expires_at = now() - interval '1 second' WHERE token_hash = ${secretTokenHash(second)}`;
    expect(await getConfirmation(second)).toBeNull();
    expect(await confirmSubmission(second)).toEqual({ ok: false });
    expect((await db.submission.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
  });

  it("refuses malformed and unknown tokens without a query error", async () => {
    expect(await confirmSubmission("krótki")).toEqual({ ok: false });
    expect(await confirmSubmission("A".repeat(43))).toEqual({ ok: false });
  });
});

describe("resubmission", () => {
  it("sends a submission returned for changes straight back to the queue, with an e-mail", async () => {
    const { id, token } = await start();
    await db.submission.update({ where: { id }, data: { status: "NEEDS_CHANGES", emailConfirmedAt: new Date() } });
    expect(await sendSubmission(id, token)).toBe("resubmitted");
    const row = await db.submission.findUniqueOrThrow({ where: { id }, include: { events: true } });
    expect(row.status).toBe("NEW");
    expect(row.events.at(-1)).toMatchObject({ status: "NEW", actorId: null });
    expect(linkToken((await lastMail("submission-status")).text, "zgloszenie")).toBe(token);
  });

  it("does nothing with a submission under review", async () => {
    const { id, token } = await start();
    await db.submission.update({ where: { id }, data: { status: "IN_REVIEW" } });
    expect(await sendSubmission(id, token)).toBe("not-editable");
    expect(await db.outboxMail.count()).toBe(0);
  });
});

describe("throttling", () => {
  it("refuses the sixth start within the hour from one address, and counts the e-mail apart", async () => {
    const keys = await rateKeys("submission-start", "198.51.100.4", SUBMITTER.email);
    for (let attempt = 0; attempt < START_RATE.limit; attempt += 1) expect(await consumeRate(keys, START_RATE)).toBe(true);
    expect(await consumeRate(keys, START_RATE)).toBe(false);
    expect(await consumeRate(await rateKeys("submission-start", "198.51.100.5", "inny@gmina.example.pl"), START_RATE)).toBe(true);
    expect(await consumeRate(await rateKeys("submission-start", "198.51.100.5", SUBMITTER.email), START_RATE)).toBe(false);
  });
});

describe("attachments", () => {
  const file = async (name: string) => {
    const bytes = new Uint8Array(await readFile(path.resolve("tests/fixtures/uploads", name)));
    return { name, read: async () => bytes };
  };

  it("inspects content, refuses duplicates and more than the limit, and removes", async () => {
    const { id } = await start();
    const outcomes = await addSubmissionAttachments(id, [await file("valid.pdf"), await file("macro-enabled.docx"), await file("valid.pdf")], []);
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, false, false]);
    expect(await db.submissionAttachment.count({ where: { submissionId: id } })).toBe(1);
    const more = await addSubmissionAttachments(id, await Promise.all(["valid.docx", "valid.odt", "valid.xlsx", "valid.png", "valid.jpg"].map(file)), []);
    expect(more.map((outcome) => outcome.ok)).toEqual([true, true, true, true, false]);
    expect(more[4]?.message).toMatch(/najwyżej 5 plików/);
    const attachment = await db.submissionAttachment.findFirstOrThrow({ where: { submissionId: id } });
    expect(await removeSubmissionAttachment(id + 1, attachment.id)).toBe(false);
    expect(await removeSubmissionAttachment(id, attachment.id)).toBe(true);
    expect(await db.submissionAttachment.count({ where: { submissionId: id } })).toBe(4);
  });
});
