import { beforeAll, describe, expect, it } from "vitest";
import { getAdoptionStatistics, getConfirmationState, listApprovedAdoptions } from "../../src/features/adoptions/data";
import { confirmAdoptionReport, createAdoptionReport, reviewAdoptionReport } from "../../src/features/adoptions/mutations";
import { refreshSearchDocuments } from "../../src/features/search/mutations";
import { db } from "../../src/lib/db";
import { createTestPractice, createTestUser } from "../factories";
import { adoptionInput, tokenOfLatestConfirmation } from "./adoption-fixtures";
import { resetDatabase } from "./reset";

// "Wdrożyliśmy to u siebie": report → e-mail link (single-use, expiring, only its hash stored) →
// PENDING → an editor approves or rejects → counted on the practice, in search and statistics.

const countKept = async (practiceId: number) =>
  (await db.$queryRaw<{ adoption_count: number }[]>`SELECT adoption_count FROM practice_search WHERE practice_id = ${practiceId}`)[0]?.adoption_count;

let editor: { id: number; email: string };

beforeAll(async () => {
  await resetDatabase();
  editor = await createTestUser();
});

describe("an adoption report", () => {
  it("is confirmed once by its e-mail link, approved by an editor and counted", async () => {
    const practice = await createTestPractice();
    const report = await createAdoptionReport(practice.slug, adoptionInput(), "203.0.113.5");
    expect(report).not.toBeNull();
    expect((await db.adoptionReport.findUniqueOrThrow({ where: { id: report!.id } })).status).toBe("UNCONFIRMED");

    const token = await tokenOfLatestConfirmation();
    const stored = await db.emailToken.findFirstOrThrow({ where: { subjectId: report!.id, purpose: "ADOPTION_CONFIRM" } });
    expect(stored.tokenHash).not.toBe(token);
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect((await getConfirmationState(token)).state).toBe("valid");

    expect(await confirmAdoptionReport(token)).toEqual({ ok: true, practiceSlug: practice.slug });
    expect(await confirmAdoptionReport(token)).toEqual({ ok: false, reason: "used" });
    expect((await getConfirmationState(token)).state).toBe("used");
    expect((await db.adoptionReport.findUniqueOrThrow({ where: { id: report!.id } })).status).toBe("PENDING");
    // Not shown before an editor approves it.
    expect(await listApprovedAdoptions(practice.id)).toEqual([]);
    expect(await countKept(practice.id)).toBe(0);

    expect(await reviewAdoptionReport(report!.id, true, editor, "203.0.113.9")).toEqual({ ok: true, approved: true });
    expect(await reviewAdoptionReport(report!.id, false, editor, "203.0.113.9")).toEqual({ ok: false, reason: "not-pending" });
    expect(await countKept(practice.id)).toBe(1);
    const shown = await listApprovedAdoptions(practice.id);
    expect(shown).toEqual([{ id: report!.id, unitName: "Gmina Wieliczka", unitType: "GMINA_MIEJSKO_WIEJSKA", voivodeship: "MALOPOLSKIE", year: 2024, changes: expect.any(String) }]);
    expect(JSON.stringify(shown)).not.toContain("wieliczka.example.pl");

    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "ADOPTION_APPROVED" } });
    expect(audit).toMatchObject({ practiceId: practice.id, actorId: editor.id });
    const decision = await db.outboxMail.findFirstOrThrow({ where: { kind: "adoption-approved" } });
    expect(decision.recipient).toBe("m.zielinska@wieliczka.example.pl");

    // Unpublished and published again, the index row is written anew: the trigger counts it.
    await db.practice.update({ where: { id: practice.id }, data: { status: "UNPUBLISHED" } });
    await refreshSearchDocuments([practice.id]);
    await db.practice.update({ where: { id: practice.id }, data: { status: "PUBLISHED" } });
    await refreshSearchDocuments([practice.id]);
    expect(await countKept(practice.id)).toBe(1);
  });

  it("cannot be confirmed after its link expired, nor with a made-up token", async () => {
    const practice = await createTestPractice();
    const report = await createAdoptionReport(practice.slug, adoptionInput(), "");
    const token = await tokenOfLatestConfirmation();
    await db.emailToken.updateMany({ where: { subjectId: report!.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await confirmAdoptionReport(token)).toEqual({ ok: false, reason: "expired" });
    expect((await getConfirmationState(token)).state).toBe("expired");
    expect(await confirmAdoptionReport("A".repeat(43))).toEqual({ ok: false, reason: "invalid" });
    expect(await confirmAdoptionReport("<script>")).toEqual({ ok: false, reason: "invalid" });
    expect((await db.adoptionReport.findUniqueOrThrow({ where: { id: report!.id } })).status).toBe("UNCONFIRMED");
    // An unconfirmed report cannot be reviewed.
    expect(await reviewAdoptionReport(report!.id, true, editor, "")).toEqual({ ok: false, reason: "not-pending" });
  });

  it("is refused for a practice that is not published", async () => {
    const draft = await createTestPractice({ status: "DRAFT" });
    expect(await createAdoptionReport(draft.slug, adoptionInput(), "")).toBeNull();
  });

  it("escapes what the reporter typed in the confirmation e-mail", async () => {
    const practice = await createTestPractice();
    await createAdoptionReport(practice.slug, adoptionInput({ jednostka: `Gmina <script>alert(1)</script>`, imie: `<img src=x onerror=alert(1)>` }), "");
    const mail = await db.outboxMail.findFirstOrThrow({ where: { kind: "adoption-confirm" }, orderBy: { id: "desc" } });
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).not.toContain("<img");
    expect(mail.html).toContain("&lt;script&gt;");
  });

  it("counts parallel approvals of one practice exactly, and rejections not at all", async () => {
    const practice = await createTestPractice();
    const ids: number[] = [];
    for (let i = 0; i < 4; i++) {
      const report = await createAdoptionReport(practice.slug, adoptionInput({ jednostka: `Gmina Testowa ${i}` }), "");
      await confirmAdoptionReport(await tokenOfLatestConfirmation());
      ids.push(report!.id);
    }
    await Promise.all([
      reviewAdoptionReport(ids[0]!, true, editor, ""),
      reviewAdoptionReport(ids[1]!, true, editor, ""),
      reviewAdoptionReport(ids[2]!, true, editor, ""),
      reviewAdoptionReport(ids[3]!, false, editor, ""),
    ]);
    expect(await countKept(practice.id)).toBe(3);
    expect(await db.outboxMail.count({ where: { kind: "adoption-rejected" } })).toBe(1);
    const statistics = await getAdoptionStatistics();
    expect(statistics.approved).toBe(4);
    expect(statistics.adoptedPractices).toBe(2);
    expect(statistics.mostAdopted[0]).toEqual({ slug: practice.slug, title: practice.title, count: 3 });
  });
});
