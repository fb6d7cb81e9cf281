import { describe, expect, it } from "vitest";
import { searchParamsSchema } from "@/features/search/schema";
import { alertFormSchema, alertParams, alertQuery } from "./schema";

const canonical = (raw: Record<string, unknown>) => alertQuery(searchParamsSchema.parse(raw));

describe("the search an alert follows", () => {
  it("is the canonical query string of /szukaj, without order and page", () => {
    expect(canonical({ q: "  bezdomność ", wojewodztwo: "slaskie", sort: "tytul", strona: "3" })).toBe("q=bezdomno%C5%9B%C4%87&wojewodztwo=slaskie");
  });

  it("gives the same string for the same search however the URL was written", () => {
    const a = canonical({ wojewodztwo: ["slaskie", "slaskie"], q: "Bezdomność", kategoria: "pomoc-spoleczna", nieznany: "x" });
    const b = canonical({ kategoria: ["pomoc-spoleczna"], q: "Bezdomność", wojewodztwo: "slaskie" });
    expect(a).toBe(b);
  });

  it("drops what /szukaj drops, and is empty for every practice", () => {
    expect(canonical({ wojewodztwo: "atlantyda", typ: "?", od: "abc" })).toBe("");
  });

  it("reads back to the same parameters", () => {
    const query = canonical({ q: "odpady", typ: "gmina-wiejska", od: "2015", do: "2010", wdrozone: "tak" });
    expect(alertQuery(alertParams(query))).toBe(query);
    expect(alertParams(query)).toMatchObject({ q: "odpady", od: 2010, do: 2015, wdrozone: true });
  });
});

describe("the alert form", () => {
  it("accepts an address and a frequency", () => {
    expect(alertFormSchema.parse({ email: " ala@gmina.pl ", czestotliwosc: "codziennie" })).toEqual({ email: "ala@gmina.pl", czestotliwosc: "codziennie" });
  });

  it("explains in Polish what is wrong", () => {
    const result = alertFormSchema.safeParse({ email: "ala", czestotliwosc: "co-godzine" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(["Wpisz adres e-mail w formacie nazwa@domena.pl.", "Wybierz, jak często wysyłać powiadomienia."]);
  });
});
