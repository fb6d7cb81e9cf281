import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { createTestCategory, createTestUser } from "../../../tests/factories";
import { resetDatabase } from "../../../tests/db/reset";
import { createPractice } from "@/features/practice-editor/mutations";
import { EMPTY_VALUES, validatePracticeForm } from "@/features/practice-editor/form-values";
import { db } from "@/lib/db";
import { listPendingUploads } from "./data";
import { removeExpiredUploads, stashUploads } from "./pending-mutations";
import { attachmentStore } from "./storage";

const FIXTURES = path.resolve("tests/fixtures/uploads");

async function fixture(file: string) {
  const bytes = new Uint8Array(await readFile(path.join(FIXTURES, file)));
  return { name: file, read: async () => bytes };
}

async function author() {
  const user = await createTestUser();
  return { id: user.id, email: user.email };
}

async function practiceInput(title: string) {
  const category = await createTestCategory();
  const result = validatePracticeForm({
    ...EMPTY_VALUES, title, summary: "Wypożyczalnia rowerów przy dworcu.", primaryCategoryId: String(category.id), unitType: "GMINA_MIEJSKA",
    locality: "Żary", voivodeship: "LUBUSKIE", postalCode: "68-200", postOffice: "Żary", implementingUnit: "Urząd Miejski w Żarach",
    contacts: [{ name: "Jan Kowalski", role: "", phone: "", email: "", emailPublic: true }],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

beforeEach(resetDatabase);

describe("pending uploads of a new practice", () => {
  it("inspects and stores files before the practice exists, refusing hostile ones with the usual reason", async () => {
    const editor = await author();
    const summary = await stashUploads([await fixture("valid.pdf"), await fixture("program.pdf")], [], editor);
    expect(summary.outcomes.map((outcome) => outcome.ok)).toEqual([true, false]);
    expect(summary.outcomes[1]!.message).toMatch(/„program\.pdf” nie jest dokumentem PDF/);
    expect(summary.pending).toEqual([{ token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), fileName: "valid.pdf", formatLabel: "dokument PDF", byteSize: expect.any(Number) }]);
    const row = await db.pendingAttachment.findFirstOrThrow();
    expect(await attachmentStore().read(row.storageKey)).not.toBeNull();
    expect(await db.auditEvent.count({ where: { action: "ATTACHMENT_REJECTED", practiceId: null } })).toBe(1);
  });

  it("the first save attaches this editor's uploads in order, once each, and never another editor's", async () => {
    const [editor, other] = [await author(), await author()];
    const mine = await stashUploads([await fixture("valid.docx"), await fixture("valid.pdf"), await fixture("valid.pdf")], [], editor);
    const theirs = await stashUploads([await fixture("valid.png")], [], other);
    const tokens = [...mine.pending, ...theirs.pending].map((upload) => upload.token);
    expect((await listPendingUploads(tokens, editor.id)).map((upload) => upload.fileName)).toEqual(["valid.docx", "valid.pdf", "valid.pdf"]);

    const result = await createPractice(await practiceInput("Rowery miejskie w Żarach"), editor, { publish: false, pendingUploads: tokens });
    if (!result.ok) throw new Error(result.reason);
    const attachments = await db.attachment.findMany({ where: { practiceId: result.id }, orderBy: { position: "asc" } });
    expect(attachments.map((row) => [row.fileName, row.title, row.position])).toEqual([["valid.docx", "valid", 0], ["valid.pdf", "valid", 1]]);
    // The duplicate's file is gone with its row; the other editor's upload still waits for them.
    expect((await db.pendingAttachment.findMany()).map((row) => row.editorId)).toEqual([other.id]);
    const keys = (await db.pendingAttachment.findMany()).map((row) => row.storageKey);
    expect(keys).toHaveLength(1);
    expect(await db.auditEvent.count({ where: { action: "ATTACHMENT_ADDED", practiceId: result.id } })).toBe(2);
    for (const attachment of attachments) expect(await attachmentStore().read(attachment.storageKey)).not.toBeNull();
  });

  it("a refused save (an address taken) keeps the uploads for the next try", async () => {
    const editor = await author();
    const { pending } = await stashUploads([await fixture("valid.pdf")], [], editor);
    const first = await createPractice(await practiceInput("Rowery miejskie w Żarach"), editor, { publish: false });
    expect(first.ok).toBe(true);
    const second = await createPractice(await practiceInput("Rowery miejskie w Żarach"), editor, { publish: false, pendingUploads: [pending[0]!.token] });
    expect(second).toMatchObject({ ok: false, reason: "slug-taken" });
    expect(await listPendingUploads([pending[0]!.token], editor.id)).toHaveLength(1);
    expect(await db.attachment.count()).toBe(0);
  });

  it("uploads nobody saved are removed after a day, with their files", async () => {
    const editor = await author();
    await stashUploads([await fixture("valid.pdf")], [], editor);
    const row = await db.pendingAttachment.findFirstOrThrow();
    expect(await removeExpiredUploads(new Date(Date.now() + 23 * 3_600_000))).toBe(0);
    expect(await removeExpiredUploads(new Date(Date.now() + 25 * 3_600_000))).toBe(1);
    expect(await db.pendingAttachment.count()).toBe(0);
    expect(await attachmentStore().read(row.storageKey)).toBeNull();
  });
});
