import { describe, expect, it } from "vitest";
import { EMPTY_SUBMISSION_VALUES } from "@/features/submissions/schema";
import { draftInputOf } from "./draft-input";

const VALID = {
  ...EMPTY_SUBMISSION_VALUES,
  title: "Budżet obywatelski w Zabrzu",
  summary: "Mieszkańcy decydują o części wydatków miasta.",
  primaryCategoryId: "4",
  unitType: "POWIAT_GRODZKI",
  locality: "Zabrze",
  voivodeship: "SLASKIE",
  postalCode: "41-800",
  postOffice: "Zabrze",
  implementingUnit: "Urząd Miejski w Zabrzu",
  contacts: [{ name: "Anna Nowak", role: "", phone: "", email: "A.Nowak@Zabrze.example.pl", emailPublic: false }],
};

describe("a submission as the admin's input", () => {
  it("goes through the admin's schema: the address from the title unless given, contacts with their flag", () => {
    const draft = draftInputOf(VALID, "");
    expect(draft.ok && draft.input.slug).toBe("budzet-obywatelski-w-zabrzu");
    expect(draft.ok && draft.input.contacts).toEqual([{ name: "Anna Nowak", role: null, phone: null, email: "a.nowak@zabrze.example.pl", emailPublic: false }]);
    const named = draftInputOf(VALID, " budzet-zabrze ");
    expect(named.ok && named.input.slug).toBe("budzet-zabrze");
  });

  it("names each field the admin refuses and links its row on the page; a bad address links the address field", () => {
    const draft = draftInputOf({ ...VALID, voivodeship: "", totalCostPln: "1 234,50 zł" }, "Zły Adres");
    expect(draft.ok).toBe(false);
    if (draft.ok) return;
    expect(draft.errors.map((error) => error.field)).toEqual(["slug", "pole-voivodeship", "pole-totalCostPln"]);
    expect(draft.errors[1]!.message).toMatch(/^Województwo w zgłoszeniu: Wybierz województwo\. Aby przyjąć zgłoszenie/);
  });
});
