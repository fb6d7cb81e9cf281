import { describe, expect, it } from "vitest";
import { applyFigureOperation, parseOperation } from "./form-state";
import { EMPTY_VALUES, type PracticeFormValues, readPracticeForm, validatePracticeForm } from "./form-values";

// The record's structured details as the practice form checks them.

const VALID: PracticeFormValues = {
  ...EMPTY_VALUES,
  title: "Systemowy Projekt Aktywizacji w Bytomiu",
  summary: "Integracja społeczno-zawodowa klientów pomocy społecznej.",
  primaryCategoryId: "3",
  unitType: "POWIAT_GRODZKI",
  locality: "Bytom",
  voivodeship: "SLASKIE",
  postalCode: "41-902",
  postOffice: "Bytom",
  implementingUnit: "Miejski Ośrodek Pomocy Rodzinie w Bytomiu",
  contacts: [],
};

const errorsOf = (values: Partial<PracticeFormValues>) => {
  const result = validatePracticeForm({ ...VALID, ...values });
  return result.ok ? [] : result.errors;
};

describe("the period", () => {
  it("keeps a start and an end as calendar dates", () => {
    const result = validatePracticeForm({ ...VALID, periodStart: "2011-01-01", periodEnd: "2011-12-31" });
    expect(result.ok && [result.data.periodStart?.toISOString(), result.data.periodEnd?.toISOString()]).toEqual([
      "2011-01-01T00:00:00.000Z",
      "2011-12-31T00:00:00.000Z",
    ]);
  });

  it("refuses an end before the start, and an end for a practice that goes on", () => {
    expect(errorsOf({ periodStart: "2011-12-31", periodEnd: "2011-01-01" })).toEqual([
      { field: "periodEnd", message: "Data zakończenia nie może być wcześniejsza niż data rozpoczęcia." },
    ]);
    expect(errorsOf({ periodStart: "2011-01-01", periodEnd: "2012-01-01", ongoing: true })).toEqual([
      { field: "periodEnd", message: "Praktyka, która trwa, nie ma daty zakończenia: usuń datę albo odznacz „trwa”." },
    ]);
    expect(errorsOf({ periodStart: "2020-03-01", ongoing: true })).toEqual([]);
  });

  it("refuses dates that are not RRRR-MM-DD or do not exist", () => {
    expect(errorsOf({ periodStart: "1.01.2011" })).toEqual([{ field: "periodStart", message: "Wpisz datę rozpoczęcia w postaci RRRR-MM-DD." }]);
    for (const periodEnd of ["2011-13-40", "2011-02-30", "2011-04-31"]) {
      expect(errorsOf({ periodEnd }).map((error) => error.field), periodEnd).toEqual(["periodEnd"]);
    }
    expect(errorsOf({ periodEnd: "2012-02-29" })).toEqual([]);
  });
});

describe("result figures", () => {
  it("reads figures with spaces and a decimal comma", () => {
    const result = validatePracticeForm({ ...VALID, resultFigures: [{ value: "1 250", label: "osób" }, { value: "12,5", label: "% mniej" }] });
    expect(result.ok && result.data.resultFigures).toEqual([{ value: 1250, label: "osób" }, { value: 12.5, label: "% mniej" }]);
  });

  it("names the row and the field of a wrong figure", () => {
    expect(errorsOf({ resultFigures: [{ value: "dużo", label: "" }] })).toEqual([
      { field: "resultFigures.0.value", message: "Wpisz liczbę, np. 97 albo 12,5." },
      { field: "resultFigures.0.label", message: "Napisz, czego dotyczy liczba, np. „osób podjęło pracę”." },
    ]);
    expect(errorsOf({ resultFigures: [{ value: "-3", label: "osób" }] }).map((error) => error.field)).toEqual(["resultFigures.0.value"]);
  });

  it("drops rows left empty, and the buttons add and remove rows without JavaScript", () => {
    const form = new FormData();
    form.set("figureCount", "3");
    form.set("resultFigures.0.value", "97");
    form.set("resultFigures.0.label", "osób podjęło pracę");
    form.set("resultFigures.2.label", "kontraktów");
    expect(readPracticeForm(form).resultFigures).toEqual([
      { value: "97", label: "osób podjęło pracę" },
      { value: "", label: "kontraktów" },
    ]);
    const kept = readPracticeForm(form, { keepEmptyContacts: true });
    expect(applyFigureOperation(kept, parseOperation("usun-liczbe:1")).resultFigures).toHaveLength(2);
    expect(applyFigureOperation(kept, parseOperation("dodaj-liczbe")).resultFigures.at(-1)).toEqual({ value: "", label: "" });
  });
});

describe("cost, funding and SDG goals", () => {
  it("reads whole złoty with spaces and refuses grosze and words", () => {
    const result = validatePracticeForm({ ...VALID, totalCostPln: "1 250 000" });
    expect(result.ok && result.data.totalCostPln).toBe(1_250_000);
    for (const totalCostPln of ["1 234,56", "dużo", "-5"]) {
      expect(errorsOf({ totalCostPln }), totalCostPln).toEqual([{ field: "totalCostPln", message: "Wpisz koszt w pełnych złotych, cyframi, np. 250000." }]);
    }
    expect(errorsOf({ totalCostPln: "9999999999" })).toEqual([{ field: "totalCostPln", message: "Koszt wydaje się za duży: sprawdź go." }]);
  });

  it("takes funding sources and goals from their lists only, each once and goals in order", () => {
    const result = validatePracticeForm({ ...VALID, fundingSources: ["EFS", "EFS", "BUDZET_JST"], sdgGoals: ["8", "1", "8"] });
    expect(result.ok && [result.data.fundingSources, result.data.sdgGoals]).toEqual([["EFS", "BUDZET_JST"], [1, 8]]);
    expect(errorsOf({ fundingSources: ["LOTERIA"] })).toEqual([{ field: "fundingSources", message: "Wybierz źródło finansowania z listy." }]);
    for (const goal of ["0", "18", "1.5", "x"]) expect(errorsOf({ sdgGoals: [goal] }), goal).toEqual([{ field: "sdgGoals", message: "Wybierz cel z listy." }]);
  });

  it("leaves every detail empty when nothing is typed", () => {
    const result = validatePracticeForm(VALID);
    expect(result.ok && result.data).toMatchObject({
      periodStart: null, periodEnd: null, ongoing: false, results: "", resultFigures: [], totalCostPln: null, fundingSources: [],
      fundingProgramme: null, partners: "", transferPotential: "", sdgGoals: [],
    });
  });
});

describe("a contact's hidden e-mail address", () => {
  it("is read from the box „Nie pokazuj adresu e-mail publicznie”", () => {
    const form = new FormData();
    form.set("contactCount", "2");
    form.set("contacts.0.name", "Jan Jawny");
    form.set("contacts.1.name", "Ewa Ukryta");
    form.set("contacts.1.emailHidden", "tak");
    expect(readPracticeForm(form).contacts.map((contact) => contact.emailPublic)).toEqual([true, false]);
  });
});
