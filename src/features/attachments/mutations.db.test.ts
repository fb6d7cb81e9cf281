import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { UPLOAD_FIXTURES } from "../../../tests/fixtures/uploads/fixtures";
import { createTestPractice, createTestUser } from "../../../tests/factories";
import { resetDatabase } from "../../../tests/db/reset";
import { db } from "@/lib/db";
import { purgePractice } from "@/features/practice-editor/bin-mutations";
import { moveToBin } from "@/features/practice-editor/bin-mutations";
import { listUploadOutcomes } from "./data";
import { addAttachments, removeAttachment, updateAttachments } from "./mutations";
import { attachmentStore } from "./storage";

const FIXTURES = path.resolve("tests/fixtures/uploads");

async function fixture(file: string) {
  const bytes = new Uint8Array(await readFile(path.join(FIXTURES, file)));
  return { name: file, bytes, read: async () => bytes };
}

beforeEach(resetDatabase);

async function setup(status: "DRAFT" | "PUBLISHED" = "DRAFT") {
  const user = await createTestUser();
  const practice = await createTestPractice({ status });
  return { author: { id: user.id, email: user.email }, practiceId: practice.id };
}

describe("addAttachments", () => {
  it("refuses every hostile fixture with its Polish reason, stores nothing, and logs each refusal", async () => {
    const { author, practiceId } = await setup();
    const hostile = UPLOAD_FIXTURES.filter((item) => item.expected instanceof RegExp);
    const files = await Promise.all(hostile.map((item) => fixture(item.file)));
    const summary = await addAttachments(practiceId, files, [], author);
    for (const [index, item] of hostile.entries()) {
      expect(summary.outcomes[index], item.file).toMatchObject({ ok: false, message: expect.stringMatching(item.expected as RegExp) });
    }
    expect(await db.attachment.count()).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "ATTACHMENT_REJECTED" } })).toBe(hostile.length);
  });

  it("accepts the valid formats, records SHA-256, detects a duplicate, and shows the outcome from the log", async () => {
    const { author, practiceId } = await setup("PUBLISHED");
    const valid = await Promise.all(["valid.pdf", "valid.docx", "valid.png"].map(fixture));
    const summary = await addAttachments(practiceId, [...valid, await fixture("valid.pdf")], [{ name: "film.mp4", message: "Plik „film.mp4” jest za duży." }], author, "192.0.2.5");
    expect(summary.outcomes.map((outcome) => outcome.ok)).toEqual([false, true, true, true, false]);
    expect(summary.outcomes[4]!.message).toMatch(/jest już dołączony do tej praktyki jako „valid”/);
    expect(summary.publicChange).toBe(true);
    const stored = await db.attachment.findMany({ orderBy: { position: "asc" } });
    expect(stored.map((row) => [row.fileName, row.mimeType, row.position])).toEqual([
      ["valid.pdf", "application/pdf", 0],
      ["valid.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 1],
      ["valid.png", "image/png", 2],
    ]);
    expect(stored[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Buffer.from((await attachmentStore().read(stored[0]!.storageKey))!).equals(Buffer.from(valid[0]!.bytes))).toBe(true);
    const outcomes = await listUploadOutcomes(summary.eventIds, practiceId, author.id);
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([false, true, true, true, false]);
    // Another editor (or another practice) cannot read these outcomes.
    expect(await listUploadOutcomes(summary.eventIds, practiceId, author.id + 1000)).toEqual([]);
  });
});

describe("editing and removing attachments", () => {
  it("retitles and reorders, logs the changes; removal deletes the file and is logged", async () => {
    const { author, practiceId } = await setup();
    await addAttachments(practiceId, await Promise.all(["valid.pdf", "valid.docx"].map(fixture)), [], author);
    const [pdf, docx] = await db.attachment.findMany({ orderBy: { position: "asc" } });
    await updateAttachments(practiceId, [{ id: pdf!.id, title: "Sprawozdanie", position: 2 }, { id: docx!.id, title: "valid", position: 1 }], author);
    const after = await db.attachment.findMany({ orderBy: { position: "asc" } });
    expect(after.map((row) => [row.id, row.title])).toEqual([[docx!.id, "valid"], [pdf!.id, "Sprawozdanie"]]);
    const updated = await db.auditEvent.findFirstOrThrow({ where: { action: "ATTACHMENT_UPDATED" } });
    expect(JSON.stringify(updated.details)).toContain("Sprawozdanie");

    expect(await removeAttachment(practiceId, pdf!.id, author)).toMatchObject({ ok: true, removed: true });
    expect(await attachmentStore().read(pdf!.storageKey)).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "ATTACHMENT_REMOVED" } })).toBe(1);
    expect(await removeAttachment(practiceId + 999, docx!.id, author)).toMatchObject({ removed: false });
  });

  it("refuses to retitle, reorder or remove the attachments of a practice in the bin", async () => {
    const { author, practiceId } = await setup();
    await addAttachments(practiceId, [await fixture("valid.pdf")], [], author);
    const [attachment] = await db.attachment.findMany();
    await moveToBin(practiceId, 1, author);
    const events = await db.auditEvent.count();
    expect(await updateAttachments(practiceId, [{ id: attachment!.id, title: "Nowy tytuł", position: 1 }], author)).toEqual({ ok: false, reason: "in-bin" });
    expect(await removeAttachment(practiceId, attachment!.id, author)).toEqual({ ok: false, reason: "in-bin" });
    expect(await db.attachment.findUniqueOrThrow({ where: { id: attachment!.id } })).toMatchObject({ title: "valid" });
    expect(await attachmentStore().read(attachment!.storageKey)).not.toBeNull();
    expect(await db.auditEvent.count()).toBe(events);
  });

  it("keeps a binned practice's files, and deletes them when it is purged", async () => {
    const { author, practiceId } = await setup();
    await addAttachments(practiceId, [await fixture("valid.pdf")], [], author);
    const [attachment] = await db.attachment.findMany();
    expect(await purgePractice(practiceId, author)).toMatchObject({ ok: false });
    await moveToBin(practiceId, 1, author);
    expect(await attachmentStore().read(attachment!.storageKey)).not.toBeNull();
    expect(await purgePractice(practiceId, author)).toMatchObject({ ok: true });
    expect(await attachmentStore().read(attachment!.storageKey)).toBeNull();
    expect(await db.practice.count()).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "PRACTICE_PURGED", practiceId } })).toBe(1);
  });
});
