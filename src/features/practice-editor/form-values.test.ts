import { describe, expect, it } from "vitest";
import { EMPTY_VALUES, type PracticeFormValues, readPracticeForm, validatePracticeForm } from "./form-values";

const VALID: PracticeFormValues = {
  ...EMPTY_VALUES,
  title: "Budżet obywatelski w Łodzi",
  summary: "Mieszkańcy decydują o części wydatków miasta.",
  primaryCategoryId: "3",
  categoryIds: ["3", "5"],
  unitType: "POWIAT_GRODZKI",
  locality: "Łódź",
  voivodeship: "LODZKIE",
  postalCode: "90-001",
  postOffice: "Łódź",
  implementingUnit: "Urząd Miasta Łodzi",
  website: "www.uml.lodz.pl",
  population: "672 185",
  contacts: [{ name: "Anna Nowak", role: "", phone: "42 638 40 00", email: "A.Nowak@UML.lodz.pl", emailPublic: true }],
};

describe("validatePracticeForm", () => {
  it("accepts a complete practice, makes its address from the title and normalises the values", () => {
    const result = validatePracticeForm(VALID);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toMatchObject({
      slug: "budzet-obywatelski-w-lodzi",
      categoryIds: [5],
      primaryCategoryId: 3,
      population: 672185,
      street: null,
      website: "www.uml.lodz.pl",
      contacts: [{ name: "Anna Nowak", role: null, phone: "42 638 40 00", email: "a.nowak@uml.lodz.pl" }],
    });
  });

  it("lists Polish errors in the order of the form, contacts by their field", () => {
    const result = validatePracticeForm({
      ...VALID,
      title: " ",
      postalCode: "90001",
      website: "javascript:alert(1)",
      contacts: [{ name: "", role: "", phone: "zadzwoń", email: "nie-email", emailPublic: true }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { field: "title", message: "Wpisz tytuł praktyki." },
      { field: "postalCode", message: "Wpisz kod pocztowy w postaci 00-000, np. 41-800." },
      { field: "website", message: "Wpisz adres witryny w postaci https://www.gmina.pl albo www.gmina.pl." },
      { field: "contacts.0.name", message: "Wpisz imię i nazwisko osoby kontaktowej." },
      { field: "contacts.0.phone", message: "Wpisz numer telefonu cyframi, np. 32 111 22 33." },
      { field: "contacts.0.email", message: "Wpisz adres e-mail w postaci jan.kowalski@gmina.pl." },
    ]);
  });

  it("refuses websites that are not plain http(s) addresses", () => {
    for (const website of ["gmina", "ftp://gmina.pl", "https://user:pass@gmina.pl", "www.gmina .pl", "data:text/html,x"]) {
      expect(validatePracticeForm({ ...VALID, website }).ok, website).toBe(false);
    }
    for (const website of ["https://www.gmina.pl/strona?x=1", "gmina.pl", "http://bip.gmina.pl"]) {
      expect(validatePracticeForm({ ...VALID, website }).ok, website).toBe(true);
    }
  });

  it("refuses an address with capitals, Polish letters or double hyphens", () => {
    for (const slug of ["Budzet", "budżet", "a--b", "-a", "a b"]) expect(validatePracticeForm({ ...VALID, slug }).ok, slug).toBe(false);
  });
});

describe("readPracticeForm", () => {
  it("reads contacts by index and drops rows left empty", () => {
    const form = new FormData();
    form.set("title", "Tytuł");
    form.set("contactCount", "3");
    form.set("contacts.0.name", "Anna");
    form.set("contacts.1.name", " ");
    form.set("contacts.2.email", "b@gmina.pl");
    form.append("categoryIds", "4");
    form.append("categoryIds", "7");
    const values = readPracticeForm(form);
    expect(values.contacts).toEqual([
      { name: "Anna", role: "", phone: "", email: "", emailPublic: true },
      { name: "", role: "", phone: "", email: "b@gmina.pl", emailPublic: true },
    ]);
    expect(values.categoryIds).toEqual(["4", "7"]);
    expect(values.summary).toBe("");
  });
});
