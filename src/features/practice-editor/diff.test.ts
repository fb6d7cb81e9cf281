import { describe, expect, it } from "vitest";
import { detailsSnapshotSchema, type PracticeSnapshot } from "@/features/practice/snapshot";
import { changedFields, compareSnapshots } from "./diff";

const BASE: PracticeSnapshot = {
  title: "Budżet obywatelski w Łodzi",
  slug: "budzet-obywatelski-w-lodzi",
  summary: "Mieszkańcy decydują o części wydatków.",
  body: "## Cel\n\nWięcej udziału mieszkańców.",
  status: "DRAFT",
  enteredOn: "2026-11-20",
  revisedOn: "2026-11-20",
  unitType: "POWIAT_GRODZKI",
  locality: "Łódź",
  voivodeship: "LODZKIE",
  postalCode: "90-001",
  postOffice: "Łódź",
  implementingUnit: "Urząd Miasta Łodzi",
  street: null,
  website: null,
  population: 672185,
  categoryIds: [3, 5],
  contacts: [{ name: "Anna Nowak", role: null, phone: "42 638 40 00", email: null, emailPublic: true }],
  ...detailsSnapshotSchema.parse({}),
};

const names = { categoryName: (id: number) => ({ 3: "Dialog społeczny", 5: "Kultura", 7: "Oświata" })[id] ?? `nr ${id}` };

describe("compareSnapshots", () => {
  it("lists only changed fields, ignoring the dates, with Polish labels", () => {
    const after = { ...BASE, revisedOn: "2026-11-23", title: "Budżet obywatelski w Łodzi 2027", status: "PUBLISHED" as const };
    expect(changedFields(BASE, after)).toEqual(["title", "status"]);
    const changes = compareSnapshots(BASE, after, names);
    expect(changes.map((change) => [change.label, change.before, change.after])).toEqual([
      ["Tytuł", "Budżet obywatelski w Łodzi", "Budżet obywatelski w Łodzi 2027"],
      ["Stan", "szkic", "opublikowana"],
    ]);
    expect(changes[0]!.segments.filter((segment) => segment.change === "added").map((segment) => segment.text.trim())).toEqual(["2027"]);
  });

  it("shows categories and contacts line by line, in words", () => {
    const after = { ...BASE, categoryIds: [7, 5], contacts: [...BASE.contacts, { name: "Jan Kowal", role: "kierownik", phone: null, email: "jan@uml.lodz.pl", emailPublic: true }] };
    const changes = compareSnapshots(BASE, after, names);
    expect(changes.find((change) => change.field === "categoryIds")).toMatchObject({
      before: "Dialog społeczny (główna)\nKultura",
      after: "Oświata (główna)\nKultura",
    });
    const contacts = changes.find((change) => change.field === "contacts")!;
    expect(contacts.after).toBe("Anna Nowak, tel. 42 638 40 00\nJan Kowal, kierownik, jan@uml.lodz.pl");
    expect(contacts.segments.filter((segment) => segment.change === "added").map((segment) => segment.text)).toEqual(["Jan Kowal, kierownik, jan@uml.lodz.pl\n"]);
  });
});
