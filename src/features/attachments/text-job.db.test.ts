import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { createTestPractice, createTestUser } from "../../../tests/factories";
import { resetDatabase } from "../../../tests/db/reset";
import { db } from "@/lib/db";
import { getResultAttachmentTexts } from "@/features/search/data";
import { attachmentSnippet } from "@/features/search/highlight";
import { runSearch } from "@/features/search/run-search";
import { searchParamsSchema } from "@/features/search/schema";
import { addAttachments, removeAttachment } from "./mutations";
import { extractAllPendingAttachmentText, extractNextAttachmentText } from "./text-job";
import { sandboxLimits } from "./text-sandbox";

// Upload → the background job extracts the text → it is stored → search finds the practice by a
// word only its attachment has, and the result's snippet says "w załączniku".

const DEMO_FILES = path.resolve("scripts/demo-data/files");
const FIXTURES = path.resolve("tests/fixtures/attachment-text");

async function file(dir: string, name: string) {
  const bytes = new Uint8Array(await readFile(path.join(dir, name)));
  return { name, bytes, read: async () => bytes };
}

async function search(q: string) {
  return runSearch(searchParamsSchema.parse({ q }));
}

beforeEach(resetDatabase);

async function uploadTo(status: "PUBLISHED" | "DRAFT", files: Awaited<ReturnType<typeof file>>[]) {
  const user = await createTestUser();
  const practice = await createTestPractice({ status });
  const summary = await addAttachments(practice.id, files, [], { id: user.id, email: user.email });
  expect(summary.outcomes.every((outcome) => outcome.ok), JSON.stringify(summary.outcomes)).toBe(true);
  return { practice, author: { id: user.id, email: user.email } };
}

describe("the attachments' text job", () => {
  it("extracts an uploaded PDF, and search finds the practice by it, saying „w załączniku”", async () => {
    const { practice } = await uploadTo("PUBLISHED", [await file(DEMO_FILES, "Sprawozdanie 2011.pdf")]);
    expect(await db.attachment.findFirstOrThrow({ select: { textStatus: true } })).toEqual({ textStatus: "PENDING" });
    expect((await search("florystyki")).total).toBe(0); // not yet: the job has not run

    expect(await extractNextAttachmentText()).toBe(true);
    expect(await extractNextAttachmentText()).toBe(false);
    const stored = await db.attachment.findFirstOrThrow();
    expect(stored).toMatchObject({ textStatus: "EXTRACTED", textError: null });
    expect(stored.text).toContain("kurs florystyki i bukieciarstwa");
    expect(stored.textExtractedAt).toBeInstanceOf(Date);

    const outcome = await search("florystyki");
    expect(outcome.results.map((result) => result.id)).toEqual([practice.id]);
    const texts = await getResultAttachmentTexts([practice.id]);
    const found = attachmentSnippet(texts.get(practice.id) ?? [], outcome.highlight);
    expect(found?.fileName).toBe("Sprawozdanie 2011.pdf");
    expect(found?.fragments.filter((fragment) => fragment.match).map((fragment) => fragment.text)).toEqual(["florystyki"]);
  });

  it("ranks a match in the practice's own text above one only in an attachment", async () => {
    const { practice: withFile } = await uploadTo("PUBLISHED", [await file(FIXTURES, "akapity.odt")]);
    const inTitle = await createTestPractice({ title: `Nagłówek gęślą ${withFile.id}` });
    await extractAllPendingAttachmentText();
    const outcome = await search("gęślą");
    expect(outcome.results.map((result) => result.id)).toEqual([inTitle.id, withFile.id]);
  });

  it("marks a scan, and formats without text; a removed attachment's text leaves the index", async () => {
    const { practice, author } = await uploadTo("PUBLISHED", [
      await file(FIXTURES, "skan.pdf"),
      await file(FIXTURES, "akapity.docx"),
      await file(path.resolve("tests/fixtures/uploads"), "valid.png"),
    ]);
    expect(await extractAllPendingAttachmentText()).toBe(3);
    const rows = await db.attachment.findMany({ orderBy: { position: "asc" }, select: { id: true, textStatus: true, text: true } });
    expect(rows.map((row) => row.textStatus)).toEqual(["NO_TEXT", "EXTRACTED", "UNSUPPORTED"]);
    expect((await search("tabulatorem")).total).toBe(1);

    await removeAttachment(practice.id, rows[1]!.id, author);
    expect((await search("tabulatorem")).total).toBe(0);
  });

  it("indexes nothing of an unpublished practice, and fails a file beyond its limits without stopping", async () => {
    await uploadTo("DRAFT", [await file(FIXTURES, "tekst.pdf"), await file(DEMO_FILES, "Harmonogram szkoleń.docx")]);
    // A deadline no extraction can meet: the sandbox is terminated and the job goes on.
    expect(await extractAllPendingAttachmentText({ ...sandboxLimits(), timeoutMs: 1 })).toBe(2);
    const rows = await db.attachment.findMany({ orderBy: { position: "asc" }, select: { textStatus: true, textError: true } });
    expect(rows).toEqual([
      { textStatus: "FAILED", textError: "przekroczono czas (0.001 s)" },
      { textStatus: "FAILED", textError: "przekroczono czas (0.001 s)" },
    ]);
    expect((await search("pergola")).total).toBe(0);
  });
});
