import { beforeEach, describe, expect, it } from "vitest";
import { createTestCategory, createTestUser } from "../../../tests/factories";
import { resetDatabase } from "../../../tests/db/reset";
import { db } from "@/lib/db";
import { moveToBin, restoreFromBin } from "./bin-mutations";
import { EMPTY_VALUES, validatePracticeForm } from "./form-values";
import { createPractice, restoreVersion, savePractice, setPracticeStatus } from "./mutations";
import type { PracticeInput } from "./schema";

beforeEach(resetDatabase);

async function input(overrides: Partial<typeof EMPTY_VALUES> = {}): Promise<PracticeInput> {
  const category = await createTestCategory();
  const result = validatePracticeForm({
    ...EMPTY_VALUES,
    title: "Rowery miejskie w Żarach",
    summary: "Sieć wypożyczalni rowerów przy dworcu i w centrum.",
    body: "## Cel\n\nMniej samochodów w centrum.",
    primaryCategoryId: String(category.id),
    unitType: "GMINA_MIEJSKA",
    locality: "Żary",
    voivodeship: "LUBUSKIE",
    postalCode: "68-200",
    postOffice: "Żary",
    implementingUnit: "Urząd Miejski w Żarach",
    contacts: [{ name: "Jan Kowalski", role: "kierownik", phone: "68 123 45 67", email: "", emailPublic: true }],
    ...overrides,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

async function author() {
  const user = await createTestUser();
  return { id: user.id, email: user.email };
}

describe("practice versions", () => {
  it("creates a draft with version 1, outside the search index, and logs it", async () => {
    const editor = await author();
    const result = await createPractice(await input(), editor, { publish: false });
    expect(result).toMatchObject({ ok: true, version: 1, publicChange: false });
    if (!result.ok) return;
    const practice = await db.practice.findUniqueOrThrow({ where: { id: result.id }, include: { versions: true, contacts: true } });
    expect(practice).toMatchObject({ status: "DRAFT", version: 1, slug: "rowery-miejskie-w-zarach" });
    expect(practice.versions).toHaveLength(1);
    expect(practice.versions[0]).toMatchObject({ number: 1, change: "CREATED", authorId: editor.id });
    expect(await db.practiceSearch.count()).toBe(0);
    expect((await db.auditEvent.findMany()).map((event) => event.action)).toEqual(["PRACTICE_CREATED"]);
  });

  it("publishing sets the dates, indexes the practice; each published change moves 'Data aktualizacji'", async () => {
    const editor = await author();
    const created = await createPractice(await input(), editor, { publish: false });
    if (!created.ok) throw new Error();
    await db.practice.update({ where: { id: created.id }, data: { enteredOn: new Date("2020-01-01"), revisedOn: new Date("2020-01-01") } });
    const published = await setPracticeStatus(created.id, 1, "PUBLISHED", editor);
    expect(published).toMatchObject({ ok: true, version: 2, publicChange: true });
    let practice = await db.practice.findUniqueOrThrow({ where: { id: created.id } });
    expect(practice.enteredOn.getTime()).toBeGreaterThan(new Date("2020-01-01").getTime());
    expect(await db.practiceSearch.count()).toBe(1);
    await db.practice.update({ where: { id: created.id }, data: { revisedOn: new Date("2021-01-01") } });
    const edited = await savePractice(created.id, 2, { ...(await input()), title: "Rowery miejskie w Żarach – druga edycja" }, editor, { publish: false });
    expect(edited).toMatchObject({ ok: true, version: 3, publicChange: true });
    practice = await db.practice.findUniqueOrThrow({ where: { id: created.id } });
    expect(practice.revisedOn.getTime()).toBeGreaterThan(new Date("2021-01-01").getTime());
    const unpublished = await setPracticeStatus(created.id, 3, "UNPUBLISHED", editor);
    expect(unpublished).toMatchObject({ ok: true, version: 4, publicChange: true });
    expect(await db.practiceSearch.count()).toBe(0);
    expect((await db.practiceVersion.findMany({ orderBy: { number: "asc" } })).map((version) => version.change)).toEqual(["CREATED", "PUBLISHED", "EDITED", "UNPUBLISHED"]);
    expect((await db.auditEvent.findMany({ orderBy: { id: "asc" } })).map((event) => event.action)).toEqual([
      "PRACTICE_CREATED", "PRACTICE_PUBLISHED", "PRACTICE_UPDATED", "PRACTICE_UNPUBLISHED",
    ]);
  });

  it("refuses a save based on an older version and says who changed what", async () => {
    const first = await author();
    const second = await author();
    const base = await input();
    const created = await createPractice(base, first, { publish: false });
    if (!created.ok) throw new Error();
    expect((await savePractice(created.id, 1, { ...base, summary: "Zmiana pierwszej osoby." }, first, { publish: false })).ok).toBe(true);
    const late = await savePractice(created.id, 1, { ...base, title: "Zmiana drugiej osoby" }, second, { publish: false });
    expect(late).toMatchObject({ ok: false, reason: "conflict", conflict: { version: 2, fields: ["Skrót"] } });
    const practice = await db.practice.findUniqueOrThrow({ where: { id: created.id } });
    expect(practice).toMatchObject({ title: base.title, summary: "Zmiana pierwszej osoby.", version: 2 });
  });

  it("saves nothing when nothing changed", async () => {
    const editor = await author();
    const base = await input();
    const created = await createPractice(base, editor, { publish: false });
    if (!created.ok) throw new Error();
    expect(await savePractice(created.id, 1, base, editor, { publish: false })).toMatchObject({ ok: true, changed: false, version: 1 });
    expect(await db.practiceVersion.count()).toBe(1);
  });

  it("restores an old version's content as a new version, keeping the status", async () => {
    const editor = await author();
    const base = await input();
    const created = await createPractice(base, editor, { publish: true });
    if (!created.ok) throw new Error();
    const second = await input();
    await savePractice(created.id, 1, { ...second, title: "Nowy tytuł", contacts: [] }, editor, { publish: false });
    const restored = await restoreVersion(created.id, 2, 1, editor);
    expect(restored).toMatchObject({ ok: true, version: 3 });
    const practice = await db.practice.findUniqueOrThrow({ where: { id: created.id }, include: { contacts: true, categories: true } });
    expect(practice).toMatchObject({ title: base.title, status: "PUBLISHED", primaryCategoryId: base.primaryCategoryId });
    expect(practice.contacts.map((contact) => contact.name)).toEqual(["Jan Kowalski"]);
    expect(practice.categories.map((row) => row.categoryId)).toEqual([base.primaryCategoryId]);
    const version = await db.practiceVersion.findFirstOrThrow({ where: { number: 3 } });
    expect(version).toMatchObject({ change: "RESTORED", restoredFrom: 1 });
  });

  it("refuses a slug another practice has", async () => {
    const editor = await author();
    await createPractice(await input(), editor, { publish: false });
    expect(await createPractice(await input(), editor, { publish: false })).toEqual({ ok: false, reason: "slug-taken" });
  });

  it("moves a published practice to the bin (unpublished, out of the index) and back", async () => {
    const editor = await author();
    const created = await createPractice(await input(), editor, { publish: true });
    if (!created.ok) throw new Error();
    expect(await moveToBin(created.id, 1, editor)).toMatchObject({ ok: true, wasPublished: true });
    expect(await db.practice.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ status: "UNPUBLISHED", version: 2 });
    expect(await db.practiceSearch.count()).toBe(0);
    expect((await savePractice(created.id, 2, await input(), editor, { publish: true })).ok).toBe(false);
    expect((await restoreFromBin(created.id, editor)).ok).toBe(true);
    expect(await db.practice.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ deletedAt: null, version: 3, status: "UNPUBLISHED" });
  });
});
