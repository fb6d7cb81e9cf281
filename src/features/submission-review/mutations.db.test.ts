import { readdir } from "node:fs/promises";
import { beforeEach, describe, expect, it } from "vitest";
import { createTestPractice, createTestSubmission, createTestUser } from "../../../tests/factories";
import { resetDatabase } from "../../../tests/db/reset";
import { attachmentStore } from "@/features/attachments/storage";
import { getSubmissionByToken } from "@/features/submissions/data";
import { db } from "@/lib/db";
import { secretTokenHash } from "@/lib/secret-token";
import { countByStatus, listQueue } from "./data";
import { acceptSubmission, changeSubmissionStatus } from "./mutations";
import { queueParamsSchema } from "./queue-params";

beforeEach(resetDatabase);

async function editor() {
  const user = await createTestUser();
  return { id: user.id, email: user.email };
}

/** Every file in the test attachment store. */
async function storedFiles(): Promise<string[]> {
  const entries = await readdir(".data/test-attachments", { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name).sort();
}

const outbox = () => db.outboxMail.findMany({ orderBy: { id: "asc" } });

describe("status changes", () => {
  it("takes a new submission for review: state, history, audit and the submitter's e-mail in one go", async () => {
    const author = await editor();
    const submission = await createTestSubmission();
    expect(await changeSubmissionStatus(submission.id, "take", "", author, "192.0.2.7")).toEqual({ ok: true, practiceId: null });
    expect((await db.submission.findUniqueOrThrow({ where: { id: submission.id } })).status).toBe("IN_REVIEW");
    const events = await db.submissionEvent.findMany({ where: { submissionId: submission.id }, orderBy: { id: "asc" } });
    expect(events.map((event) => [event.status, event.actorId])).toEqual([["NEW", null], ["IN_REVIEW", author.id]]);
    const audit = await db.auditEvent.findMany();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "SUBMISSION_TAKEN", actorId: author.id, details: { submissionId: submission.id, status: "IN_REVIEW" } });
    expect(audit[0]!.ipHash).toMatch(/^[0-9a-f]{64}$/);
    const [mail] = await outbox();
    expect(mail).toMatchObject({ kind: "submission-status", recipient: submission.submitterEmail, status: "PENDING" });
    expect(mail!.subject).toBe(`Zgłoszenie nr ${submission.id}: w ocenie – „${submission.title}”`);
    expect(mail!.text).toContain("zaczęła je oceniać");
    // A new private link, the one in the mail; the older link no longer opens the submission.
    const link = /\/zgloszenie\/([A-Za-z0-9_-]{43})/.exec(mail!.text)?.[1];
    expect(link).toBeDefined();
    const { accessTokenHash } = await db.submission.findUniqueOrThrow({ where: { id: submission.id } });
    expect(accessTokenHash).toBe(secretTokenHash(link!));
    expect(await getSubmissionByToken(submission.accessToken)).toBeNull();
    expect((await getSubmissionByToken(link!))?.id).toBe(submission.id);
  });

  it("returns for changes with the editor's message, in the history and the e-mail (escaped in HTML)", async () => {
    const author = await editor();
    const submission = await createTestSubmission({ status: "IN_REVIEW" });
    const message = "Proszę dopisać koszt <b>całkowity</b> i partnerów.";
    expect(await changeSubmissionStatus(submission.id, "return", message, author)).toMatchObject({ ok: true });
    const event = await db.submissionEvent.findFirstOrThrow({ where: { submissionId: submission.id, status: "NEEDS_CHANGES" } });
    expect(event.message).toBe(message);
    expect((await db.auditEvent.findFirstOrThrow()).action).toBe("SUBMISSION_RETURNED");
    const [mail] = await outbox();
    expect(mail!.text).toContain(`> ${message}`);
    expect(mail!.html).toContain("&lt;b&gt;całkowity&lt;/b&gt;");
    expect(mail!.html).not.toContain("<b>");
  });

  it("rejects with a reason from new, in review or waiting for changes", async () => {
    const author = await editor();
    for (const status of ["NEW", "IN_REVIEW", "NEEDS_CHANGES"] as const) {
      const submission = await createTestSubmission({ status });
      expect(await changeSubmissionStatus(submission.id, "reject", "To nie jest praktyka samorządu.", author)).toMatchObject({ ok: true });
      expect((await db.submission.findUniqueOrThrow({ where: { id: submission.id } })).status).toBe("REJECTED");
    }
    expect(await db.auditEvent.count({ where: { action: "SUBMISSION_REJECTED" } })).toBe(3);
    expect((await outbox()).map((mail) => mail.subject.split(":")[1]!.split("–")[0]!.trim())).toEqual(["odrzucone", "odrzucone", "odrzucone"]);
  });

  it("refuses steps the current state does not allow, changing and sending nothing", async () => {
    const author = await editor();
    const cases = [
      ["IN_REVIEW", "take"],
      ["NEEDS_CHANGES", "take"],
      ["NEEDS_CHANGES", "return"],
      ["ACCEPTED", "reject"],
      ["REJECTED", "return"],
      ["REJECTED", "take"],
    ] as const;
    for (const [status, step] of cases) {
      const submission = await createTestSubmission({ status });
      expect(await changeSubmissionStatus(submission.id, step, "Wiadomość", author), `${step} from ${status}`).toEqual({ ok: false, reason: "not-allowed", status });
    }
    for (const status of ["NEEDS_CHANGES", "ACCEPTED", "REJECTED"] as const) {
      const submission = await createTestSubmission({ status });
      expect(await acceptSubmission(submission.id, "", author), `accept from ${status}`).toEqual({ ok: false, reason: "not-allowed", status });
    }
    const draft = await createTestSubmission({ status: "DRAFT" });
    expect(await changeSubmissionStatus(draft.id, "take", "", author)).toEqual({ ok: false, reason: "not-found" });
    expect(await acceptSubmission(draft.id, "", author)).toEqual({ ok: false, reason: "not-found" });
    expect(await changeSubmissionStatus(999_999, "take", "", author)).toEqual({ ok: false, reason: "not-found" });
    expect(await db.auditEvent.count()).toBe(0);
    expect(await db.outboxMail.count()).toBe(0);
    expect(await db.practice.count()).toBe(0);
  });

  it("of two editors taking the same submission at once, one succeeds and one is refused", async () => {
    const [first, second] = [await editor(), await editor()];
    const submission = await createTestSubmission();
    const results = await Promise.all([changeSubmissionStatus(submission.id, "take", "", first), changeSubmissionStatus(submission.id, "take", "", second)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, reason: "not-allowed", status: "IN_REVIEW" }]);
    expect(await db.submissionEvent.count({ where: { status: "IN_REVIEW" } })).toBe(1);
    expect(await db.outboxMail.count()).toBe(1);
  });
});

const PDF = new Uint8Array(Buffer.from("%PDF-1.4\n% zgłoszenie\n"));
const PNG = new Uint8Array(Buffer.from("\x89PNG\r\n\x1a\n obrazek", "latin1"));

describe("accepting", () => {
  it("makes a draft practice with every field, contact and attachment, version 1 by the editor, linked back", async () => {
    const author = await editor();
    const submission = await createTestSubmission({
      status: "IN_REVIEW",
      attachments: [
        { fileName: "prezentacja.pdf", mimeType: "application/pdf", bytes: PDF },
        { fileName: "zdjecie.png", mimeType: "image/png", bytes: PNG },
      ],
    });
    const result = await acceptSubmission(submission.id, "", author, "192.0.2.9");
    expect(result.ok).toBe(true);
    if (!result.ok || result.practiceId === null) return;
    const practice = await db.practice.findUniqueOrThrow({
      where: { id: result.practiceId },
      include: { contacts: { orderBy: { position: "asc" } }, categories: true, attachments: { orderBy: { position: "asc" } }, versions: true },
    });
    const fields = submission.fields as Record<string, unknown>;
    expect(practice).toMatchObject({
      status: "DRAFT",
      title: fields.title,
      slug: expect.stringMatching(/^senioralna-spoldzielnia-socjalna-w-miescie-/),
      summary: fields.summary,
      body: fields.body,
      primaryCategoryId: submission.category.id,
      unitType: "GMINA_MIEJSKA",
      locality: fields.locality,
      voivodeship: fields.voivodeship,
      postalCode: fields.postalCode,
      postOffice: fields.postOffice,
      implementingUnit: fields.implementingUnit,
      street: "ul. Rynek 1",
      website: "www.gmina.example.pl",
      population: 41_500,
      periodStart: new Date("2019-03-01T00:00:00Z"),
      periodEnd: null,
      ongoing: true,
      results: "Spółdzielnia zatrudnia **12 osób**.",
      resultFigures: [{ value: 12, label: "osób zatrudnionych" }],
      totalCostPln: 250_000,
      fundingSources: ["BUDZET_JST", "EFS"],
      fundingProgramme: "PO WER, Działanie 2.9",
      partners: "Powiatowy Urząd Pracy",
      transferPotential: "Jedna osoba na pół etatu przez rok.",
      sdgGoals: [8, 10],
      contactsVerifiedOn: null,
    });
    expect(practice.contacts.map(({ name, role, phone, email, emailPublic }) => ({ name, role, phone, email, emailPublic }))).toEqual([
      { name: "Barbara Zielińska", role: "naczelniczka wydziału", phone: "68 470 11 22", email: "b.zielinska@gmina.example.pl", emailPublic: false },
      { name: "Tomasz Król", role: null, phone: null, email: "t.krol@gmina.example.pl", emailPublic: true },
    ]);
    expect(practice.categories.map((row) => row.categoryId)).toEqual([submission.category.id]);
    expect(practice.versions.map((version) => [version.number, version.change, version.authorId])).toEqual([[1, "CREATED", author.id]]);

    // Attachments: the same bytes under new keys; the submission keeps its own files.
    const sources = await db.submissionAttachment.findMany({ where: { submissionId: submission.id }, orderBy: { position: "asc" } });
    expect(practice.attachments.map((row) => [row.fileName, row.mimeType, row.sha256, row.position])).toEqual(sources.map((row) => [row.fileName, row.mimeType, row.sha256, row.position]));
    const store = attachmentStore();
    for (const [index, attachment] of practice.attachments.entries()) {
      expect(attachment.storageKey).not.toBe(sources[index]!.storageKey);
      expect(new Uint8Array((await store.read(attachment.storageKey))!)).toEqual(index === 0 ? PDF : PNG);
    }
    await store.remove(practice.attachments[0]!.storageKey);
    expect(await store.read(sources[0]!.storageKey)).not.toBeNull();

    const accepted = await db.submission.findUniqueOrThrow({ where: { id: submission.id } });
    expect(accepted).toMatchObject({ status: "ACCEPTED", practiceId: practice.id });
    expect((await db.auditEvent.findMany({ orderBy: { id: "asc" } })).map((event) => [event.action, event.practiceId])).toEqual([
      ["PRACTICE_CREATED", practice.id],
      ["SUBMISSION_ACCEPTED", practice.id],
    ]);
    const [mail] = await outbox();
    expect(mail).toMatchObject({ kind: "submission-status", recipient: submission.submitterEmail });
    expect(mail!.subject).toContain(": przyjęte –");
  });

  it("uses the address the editor gives, and reports a taken one in Polish without accepting", async () => {
    const author = await editor();
    const existing = await createTestPractice();
    const submission = await createTestSubmission();
    expect(await acceptSubmission(submission.id, existing.slug, author)).toEqual({
      ok: false,
      reason: "invalid",
      errors: [{ field: "slug", message: `Adres „${existing.slug}” ma już inna praktyka: wpisz inny adres strony.` }],
    });
    expect((await db.submission.findUniqueOrThrow({ where: { id: submission.id } })).status).toBe("NEW");
    expect(await db.outboxMail.count()).toBe(0);
    const result = await acceptSubmission(submission.id, "spoldzielnia-50-plus", author);
    expect(result.ok).toBe(true);
    if (result.ok) expect((await db.practice.findUniqueOrThrow({ where: { id: result.practiceId! } })).slug).toBe("spoldzielnia-50-plus");
  });

  it("reports a deleted category and a field the admin's schema refuses, by their names, and leaves the files alone", async () => {
    const author = await editor();
    const submission = await createTestSubmission({ attachments: [{ fileName: "opis.pdf", mimeType: "application/pdf", bytes: PDF }] });
    const filesBefore = await storedFiles();
    await db.category.delete({ where: { id: submission.category.id } });
    const deleted = await acceptSubmission(submission.id, "", author);
    expect(deleted).toMatchObject({ ok: false, reason: "invalid", errors: [{ field: "pole-primaryCategoryId", message: expect.stringMatching(/^Kategorii wybranej w zgłoszeniu już nie ma/) }] });
    // The copies made before the refusal are gone again: the store holds what it held.
    expect(await storedFiles()).toEqual(filesBefore);

    const broken = await createTestSubmission({ fields: { postalCode: "41800", title: "" } });
    const result = await acceptSubmission(broken.id, "", author);
    expect(result).toMatchObject({
      ok: false,
      reason: "invalid",
      errors: [
        { field: "pole-title", message: expect.stringMatching(/^Tytuł w zgłoszeniu: Wpisz tytuł praktyki\./) },
        { field: "pole-postalCode", message: expect.stringMatching(/^Kod pocztowy w zgłoszeniu: Wpisz kod pocztowy/) },
      ],
    });
    expect(await db.practice.count()).toBe(0);
    expect(await db.attachment.count()).toBe(0);
    expect(await db.submission.count({ where: { status: "NEW" } })).toBe(2);
  });

  it("of two editors accepting at once, exactly one practice is made", async () => {
    const [first, second] = [await editor(), await editor()];
    const submission = await createTestSubmission({ attachments: [{ fileName: "opis.pdf", mimeType: "application/pdf", bytes: PDF }] });
    const results = await Promise.all([acceptSubmission(submission.id, "", first), acceptSubmission(submission.id, "", second)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, reason: "not-allowed", status: "ACCEPTED" }]);
    expect(await db.practice.count()).toBe(1);
    expect(await db.attachment.count()).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "SUBMISSION_ACCEPTED" } })).toBe(1);
    expect(await db.outboxMail.count()).toBe(1);
  });
});

describe("the queue", () => {
  it("lists submissions out of drafts, the longest waiting first, filtered by state, voivodeship and age, with counts", async () => {
    const day = 86_400_000;
    const now = new Date();
    const old = await createTestSubmission({ submittedAt: new Date(now.getTime() - 40 * day), fields: { voivodeship: "MAZOWIECKIE" } });
    const week = await createTestSubmission({ status: "IN_REVIEW", submittedAt: new Date(now.getTime() - 10 * day), fields: { voivodeship: "SLASKIE" } });
    const fresh = await createTestSubmission({ submittedAt: new Date(now.getTime() - day), fields: { voivodeship: "SLASKIE" } });
    await createTestSubmission({ status: "DRAFT" });
    await createTestSubmission({ status: "REJECTED", submittedAt: new Date(now.getTime() - 50 * day), fields: { voivodeship: "SLASKIE" } });
    const ids = async (query: Record<string, string>) => (await listQueue(queueParamsSchema.parse(query), now)).items.map((item) => item.id);
    expect(await ids({})).toEqual([old.id, week.id, fresh.id]);
    expect(await ids({ stan: "nowe" })).toEqual([old.id, fresh.id]);
    expect(await ids({ wojewodztwo: "slaskie" })).toEqual([week.id, fresh.id]);
    expect(await ids({ wiek: "ponad-7-dni" })).toEqual([old.id, week.id]);
    expect(await ids({ wiek: "ponad-30-dni", stan: "wszystkie" })).toHaveLength(2);
    expect(await ids({ stan: "szkic" })).toEqual([old.id, week.id, fresh.id]);
    expect(await countByStatus(queueParamsSchema.parse({ wojewodztwo: "slaskie" }), now)).toEqual({ DRAFT: 0, NEW: 1, IN_REVIEW: 1, NEEDS_CHANGES: 0, ACCEPTED: 0, REJECTED: 1 });
  });
});
