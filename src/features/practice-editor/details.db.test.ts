import { beforeEach, describe, expect, it } from "vitest";
import { createTestCategory, createTestUser } from "../../../tests/factories";
import { resetDatabase } from "../../../tests/db/reset";
import { practiceSnapshotSchema } from "@/features/practice/snapshot";
import { db } from "@/lib/db";
import { compareSnapshots } from "./diff";
import { type DetailsValues, EMPTY_VALUES, validatePracticeForm, valuesOf } from "./form-values";
import { createPractice, restoreVersion, savePractice, verifyContacts } from "./mutations";
import { warsawToday } from "./record";

// The record's details through the admin's write path: stored, read back into the form as
// typed, kept in versions and named in their comparison.

beforeEach(resetDatabase);

const DETAILS: DetailsValues = {
  periodStart: "2011-01-01",
  periodEnd: "2011-12-31",
  ongoing: false,
  results: "Uczestnicy **ukończyli** szkolenia.",
  resultFigures: [{ value: "371", label: "uczestników projektu" }, { value: "12,5", label: "% mniej bezrobotnych" }],
  totalCostPln: "1250000",
  fundingSources: ["EFS", "BUDZET_JST"],
  fundingProgramme: "PO KL, Poddziałanie 7.1.1",
  partners: "Powiatowy Urząd Pracy w Bytomiu",
  transferPotential: "Dwóch pracowników socjalnych przez rok.",
  sdgGoals: ["1", "8"],
};

async function formValues(details: Partial<DetailsValues> = {}) {
  const category = await createTestCategory();
  return {
    ...EMPTY_VALUES,
    title: "Systemowy Projekt Aktywizacji w Bytomiu",
    summary: "Integracja społeczno-zawodowa klientów pomocy społecznej.",
    primaryCategoryId: String(category.id),
    unitType: "POWIAT_GRODZKI",
    locality: "Bytom",
    voivodeship: "SLASKIE",
    postalCode: "41-902",
    postOffice: "Bytom",
    implementingUnit: "Miejski Ośrodek Pomocy Rodzinie w Bytomiu",
    contacts: [{ name: "Ewa Ukryta", role: "", phone: "", email: "ewa.ukryta@mopr.example.pl", emailPublic: false }],
    ...details,
  };
}

function parsed(values: typeof EMPTY_VALUES) {
  const result = validatePracticeForm(values);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

async function editor() {
  const user = await createTestUser();
  return { id: user.id, email: user.email };
}

const stored = (id: number) =>
  db.practice.findUniqueOrThrow({ where: { id }, include: { contacts: { orderBy: { position: "asc" } }, categories: { select: { categoryId: true } } } });

describe("the record's details", () => {
  it("round-trip through a save: the form shows back every field as typed", async () => {
    const values = await formValues(DETAILS);
    const result = await createPractice(parsed(values), await editor(), { publish: false });
    if (!result.ok) throw new Error(result.reason);
    const practice = await stored(result.id);
    expect(practice).toMatchObject({ totalCostPln: 1_250_000, fundingSources: ["EFS", "BUDZET_JST"], sdgGoals: [1, 8], ongoing: false });
    expect(practice.resultFigures).toEqual([{ value: 371, label: "uczestników projektu" }, { value: 12.5, label: "% mniej bezrobotnych" }]);
    expect(practice.contacts[0]).toMatchObject({ email: "ewa.ukryta@mopr.example.pl", emailPublic: false });
    expect(valuesOf(practice)).toEqual({ ...values, slug: "systemowy-projekt-aktywizacji-w-bytomiu" });
  });

  it("are kept in versions, named in their comparison, and come back with a restored version", async () => {
    const author = await editor();
    const values = await formValues();
    const created = await createPractice(parsed(values), author, { publish: false });
    if (!created.ok) throw new Error(created.reason);
    const saved = await savePractice(created.id, 1, parsed({ ...values, ...DETAILS }), author, { publish: false });
    expect(saved).toMatchObject({ ok: true, version: 2, changed: true });

    const versions = await db.practiceVersion.findMany({ where: { practiceId: created.id }, orderBy: { number: "asc" } });
    const [first, second] = versions.map((version) => practiceSnapshotSchema.parse(version.snapshot));
    const changes = compareSnapshots(first!, second!, { categoryName: () => "" });
    expect(Object.fromEntries(changes.map((change) => [change.label, change.after]))).toEqual({
      "Początek realizacji": "2011-01-01",
      "Koniec realizacji": "2011-12-31",
      "Rezultaty i wpływ": "Uczestnicy **ukończyli** szkolenia.",
      "Rezultaty w liczbach": "371 uczestników projektu\n12.5 % mniej bezrobotnych",
      "Koszt całkowity (zł)": "1250000",
      "Źródła finansowania": "EFS / PO KL\nbudżet JST",
      "Program i działanie": "PO KL, Poddziałanie 7.1.1",
      Partnerzy: "Powiatowy Urząd Pracy w Bytomiu",
      "Możliwość przeniesienia": "Dwóch pracowników socjalnych przez rok.",
      "Cele zrównoważonego rozwoju": "1. Koniec z ubóstwem\n8. Wzrost gospodarczy i godna praca",
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "PRACTICE_UPDATED" } });
    expect((audit.details as { fields: string[] }).fields).toContain("transferPotential");

    expect(await restoreVersion(created.id, 2, 1, author)).toMatchObject({ ok: true, version: 3 });
    expect(await stored(created.id)).toMatchObject({ periodStart: null, totalCostPln: null, partners: "", sdgGoals: [], resultFigures: [] });
    expect(await restoreVersion(created.id, 3, 2, author)).toMatchObject({ ok: true, version: 4 });
    expect(valuesOf(await stored(created.id))).toMatchObject(DETAILS);
  });
});

describe("verifying the contact details", () => {
  it("stores today's date in Poland and logs it, without a new version", async () => {
    const author = await editor();
    const created = await createPractice(parsed(await formValues()), author, { publish: true });
    if (!created.ok) throw new Error(created.reason);
    expect(await verifyContacts(created.id, author, "203.0.113.7")).toEqual({ ok: true, publicChange: true });
    const practice = await stored(created.id);
    expect(practice.contactsVerifiedOn).toEqual(warsawToday());
    expect(practice.version).toBe(1);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "CONTACTS_VERIFIED" } });
    expect(event).toMatchObject({ practiceId: created.id, actorId: author.id });
  });

  it("refuses a practice in the bin or one that does not exist", async () => {
    const author = await editor();
    const created = await createPractice(parsed(await formValues()), author, { publish: false });
    if (!created.ok) throw new Error(created.reason);
    await db.practice.update({ where: { id: created.id }, data: { deletedAt: new Date() } });
    expect(await verifyContacts(created.id, author)).toEqual({ ok: false });
    expect(await verifyContacts(999_999, author)).toEqual({ ok: false });
    expect(await db.auditEvent.count({ where: { action: "CONTACTS_VERIFIED" } })).toBe(0);
  });
});
