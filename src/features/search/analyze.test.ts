import { describe, expect, it } from "vitest";
import { foldDiacritics, termOf, termsOf } from "./analyze";

const sameTerm = (...forms: string[]) => new Set(forms.map(termOf)).size === 1;

describe("search terms", () => {
  it("folds Polish letters both ways", () => {
    expect(foldDiacritics("Łódź Źródło Świętokrzyskie")).toBe("lodz zrodlo swietokrzyskie");
    expect(termOf("Łódź")).toBe(termOf("lodz"));
    expect(termOf("społeczna")).toBe(termOf("spoleczna"));
  });

  it("brings word forms together", () => {
    expect(sameTerm("bezrobotnych", "bezrobotni", "bezrobotne", "bezrobotnym")).toBe(true);
    expect(sameTerm("szkołach", "szkoła", "szkół", "szkole", "szkoły")).toBe(true);
    expect(sameTerm("rewitalizacji", "rewitalizacja", "rewitalizację")).toBe(true);
    expect(sameTerm("społecznej", "społeczna", "społeczne", "społecznych")).toBe(true);
    expect(sameTerm("gmina", "gminy", "gmin", "gminie")).toBe(true);
  });

  it("drops stop words and punctuation", () => {
    expect(termsOf("Pomoc dla osób, które są bezrobotne!")).toEqual([termOf("pomoc"), termOf("osób"), termOf("bezrobotne")]);
    expect(termsOf("(((&|!:*'\"")).toEqual([]);
  });
});
