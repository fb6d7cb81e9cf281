import { beforeEach, describe, expect, it } from "vitest";
import { createTestPractice } from "../../../tests/factories";
import { resetDatabase } from "../../../tests/db/reset";
import { db } from "@/lib/db";
import { findLookalikePractices } from "./data";

describe("findLookalikePractices", () => {
  beforeEach(resetDatabase);

  it("finds practices with a similar title, or a somewhat similar one from a similar unit", async () => {
    const published = await createTestPractice({ title: "Budżet obywatelski w Zabrzu", locality: "Zabrze", implementingUnit: "Urząd Miejski w Zabrzu" });
    await createTestPractice({ title: "Kolej na rowery" });
    const scope = { publishedOnly: true };
    const found = await findLookalikePractices({ title: "Budżet obywatelski Zabrze", locality: "", implementingUnit: "" }, scope);
    expect(found.map((practice) => practice.slug)).toEqual([published.slug]);
    const sameTown = await findLookalikePractices({ title: "Obywatelski budżet dzielnic", locality: "zabrze", implementingUnit: "Urząd Miejski w Zabrzu" }, scope);
    expect(sameTown).toEqual([expect.objectContaining({ slug: published.slug, sameLocality: true, status: "PUBLISHED" })]);
    expect(await findLookalikePractices({ title: "Zupełnie inna sprawa", locality: "Hel", implementingUnit: "" }, scope)).toEqual([]);
    expect(await findLookalikePractices({ title: " ", locality: "Zabrze", implementingUnit: "" }, scope)).toEqual([]);
  });

  it("shows the public published practices only; editors every state but the bin, except the submission's own practice", async () => {
    const published = await createTestPractice({ title: "Budżet obywatelski w Zabrzu" });
    const draft = await createTestPractice({ title: "Budżet obywatelski w Zabrzu (szkic)", status: "DRAFT" });
    const binned = await createTestPractice({ title: "Budżet obywatelski w Zabrzu (kosz)" });
    await db.practice.update({ where: { id: binned.id }, data: { deletedAt: new Date() } });
    const fields = { title: "Budżet obywatelski w Zabrzu", locality: "", implementingUnit: "" };
    expect((await findLookalikePractices(fields, { publishedOnly: true })).map((practice) => practice.id)).toEqual([published.id]);
    const forEditors = await findLookalikePractices(fields, { publishedOnly: false });
    expect(forEditors.map((practice) => practice.id).sort()).toEqual([published.id, draft.id].sort());
    expect(forEditors.find((practice) => practice.id === draft.id)?.status).toBe("DRAFT");
    expect((await findLookalikePractices(fields, { publishedOnly: false, exceptId: draft.id })).map((practice) => practice.id)).toEqual([published.id]);
    expect(forEditors.map((practice) => practice.id)).not.toContain(binned.id);
  });
});
