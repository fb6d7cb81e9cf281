import { describe, expect, it } from "vitest";
import { EMPTY_SUBMISSION_VALUES, type SubmissionValues, storedSubmissionValues, submissionFieldsSchema, submitterSchema } from "./schema";
import { stepErrors, stepOfField, submissionErrors } from "./steps";

const complete: SubmissionValues = {
  ...EMPTY_SUBMISSION_VALUES,
  title: "Budżet obywatelski w Zabrzu",
  summary: "Mieszkańcy sami decydują o części wydatków miasta.",
  primaryCategoryId: "3",
  categoryIds: ["3", "5", "5"],
  unitType: "GMINA_MIEJSKA",
  locality: "Zabrze",
  voivodeship: "SLASKIE",
  postalCode: "41-800",
  postOffice: "Zabrze",
  implementingUnit: "Urząd Miejski w Zabrzu",
  contacts: [{ name: "Anna Nowak", role: "", phone: "", email: "a.nowak@um.zabrze.pl", emailPublic: false }],
};

describe("submissionFieldsSchema", () => {
  it("accepts a complete submission and normalises its lists like the admin form", () => {
    const parsed = submissionFieldsSchema.parse({ ...complete, sdgGoals: ["11", "3", "11"] });
    expect(parsed.categoryIds).toEqual([5]);
    expect(parsed.sdgGoals).toEqual([3, 11]);
    expect(parsed.contacts[0]).toMatchObject({ email: "a.nowak@um.zabrze.pl", emailPublic: false });
    expect("slug" in parsed).toBe(false);
  });

  it("needs a contact person and checks the period", () => {
    const result = submissionFieldsSchema.safeParse({ ...complete, contacts: [], periodStart: "2020-05-01", periodEnd: "2019-01-01" });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((issue) => issue.message);
    expect(messages).toContain("Podaj co najmniej jedną osobę kontaktową.");
    expect(messages).toContain("Data zakończenia nie może być wcześniejsza niż data rozpoczęcia.");
  });

  it("limits the size of every text", () => {
    const result = submissionFieldsSchema.safeParse({ ...complete, title: "a".repeat(301), body: "b".repeat(200_001) });
    expect(result.error!.issues.map((issue) => issue.path[0])).toEqual(expect.arrayContaining(["title", "body"]));
  });
});

describe("storedSubmissionValues", () => {
  it("reads what was saved", () => {
    expect(storedSubmissionValues(JSON.parse(JSON.stringify(complete)))).toEqual(complete);
  });

  it.each([null, 7, "tekst", [], { title: 12, contacts: "x", categoryIds: [1, 2], ongoing: "tak" }])("reads damaged JSON %j as empty values", (json) => {
    const values = storedSubmissionValues(json);
    expect(values.title).toBe("");
    expect(values.categoryIds).toEqual([]);
    expect(values.ongoing).toBe(false);
    expect(Array.isArray(values.contacts)).toBe(true);
  });

  it("keeps the valid fields of a partly damaged object", () => {
    expect(storedSubmissionValues({ ...complete, population: { x: 1 } })).toMatchObject({ title: complete.title, population: "" });
  });
});

describe("steps", () => {
  it("checks only the fields of a step", () => {
    const values = { ...complete, title: "", postalCode: "41800" };
    expect(stepErrors("jednostka", values).map((error) => error.field)).toEqual(["postalCode"]);
    expect(stepErrors("praktyka", values).map((error) => error.field)).toEqual(["title"]);
    expect(stepErrors("szczegoly", values)).toEqual([]);
  });

  it("tells the step of every error of the whole submission", () => {
    const errors = submissionErrors({ ...EMPTY_SUBMISSION_VALUES });
    expect(new Set(errors.map((entry) => entry.step))).toEqual(new Set(["jednostka", "praktyka", "kontakty"]));
    expect(stepOfField("contacts.0.email")).toBe("kontakty");
    expect(stepOfField("resultFigures.1.value")).toBe("szczegoly");
  });

  it("ignores contact rows left empty", () => {
    const values = { ...complete, contacts: [...complete.contacts, { name: "", role: "", phone: "", email: "", emailPublic: true }] };
    expect(submissionErrors(values)).toEqual([]);
  });
});

describe("submitterSchema", () => {
  it("asks for a name, a valid address and a unit", () => {
    const result = submitterSchema.safeParse({ name: " ", email: "nie-adres", unit: "" });
    expect(result.error!.issues.map((issue) => issue.path[0])).toEqual(["name", "email", "unit"]);
    expect(submitterSchema.parse({ name: "Jan", email: " Jan@Gmina.PL ", unit: "Gmina" }).email).toBe("jan@gmina.pl");
  });
});
