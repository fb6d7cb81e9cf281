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

  it("brings adjective forms in -ich, -im and -imi together with the others", () => {
    const declension = (stem: string) => ["i", "a", "ie", "iego", "iej", "iemu", "ich", "im", "imi"].map((ending) => `${stem}${ending}`);
    for (const stem of ["grodzk", "śląsk", "polsk", "wiejsk", "miejsk", "dolnośląsk", "obywatelsk", "sąsiedzk", "wieloletn", "średn", "trzec"]) {
      expect(new Set(declension(stem).map(termOf)), stem).toEqual(new Set([termOf(`${stem}i`)]));
    }
    expect(termOf("grodzkich")).toBe("grodzk");
    expect(termOf("grodzkimi")).toBe("grodzk");
    expect(termOf("śląskich")).toBe("slask");
  });

  it("leaves nouns, verbs, names and short stems as they were", () => {
    const expected: Record<string, string> = {
      muzeum: "muzeum", gimnazjum: "gimnazjum", stypendium: "stypendium", reżim: "rezim", Zurich: "zurich", Kazimierz: "kazimierz",
      Radzymin: "radzymin", Olsztynem: "olsztyn", Bolesławcu: "boleslawc", mieszkańcy: "mieszkanc", mieszkańcom: "mieszkanc",
      dzieciom: "dziec", rodzinami: "rodzin", mieszkaniami: "mieszkan", inicjatywami: "inicjatyw", dotacjami: "dotacj", klimat: "klimat",
      olimpiada: "olimpiad", budujemy: "buduj", realizujemy: "realizuj", organizujemy: "organizuj", pomagamy: "pomagam",
      wspieramy: "wspieram", robimy: "robim", mówimy: "mowim", tanich: "tanich", tanim: "tanim",
    };
    expect(Object.fromEntries(Object.keys(expected).map((word) => [word, termOf(word)]))).toEqual(expected);
  });

  it("meets verb forms in -imy with the third person", () => {
    expect(sameTerm("prowadzimy", "prowadzi", "prowadzą")).toBe(true);
  });

  it("drops stop words and punctuation", () => {
    expect(termsOf("Pomoc dla osób, które są bezrobotne!")).toEqual([termOf("pomoc"), termOf("osób"), termOf("bezrobotne")]);
    expect(termsOf("(((&|!:*'\"")).toEqual([]);
  });

  it("drops the words of a question", () => {
    expect(termsOf("Co zrobiły powiaty grodzkie dla bezrobotnych?")).toEqual(["zrobil", "powiat", "grodzk", "bezrobotn"]);
    expect(termsOf("Jakie programy są w gminach, gdzie jest szkoła, i kto je prowadzi?")).toEqual(["program", "gmin", "szkol", termOf("prowadzi")]);
  });
});
