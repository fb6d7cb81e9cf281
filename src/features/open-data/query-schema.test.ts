import { describe, expect, it } from "vitest";
import { MAX_CATEGORY_SLUG_LENGTH, MAX_QUERY_LENGTH, MAX_VALUES, searchParamsSchema, YEAR_RANGE } from "@/features/search/schema";
import { MAX_PAGE } from "@/lib/search-params";
import { parameterValueJsonSchema, parseSearchQueryStrict, SEARCH_API_PARAMETERS, type SearchApiParameter } from "./query-schema";

const parse = (query: string) => parseSearchQueryStrict(new URLSearchParams(query));

function invalidNames(query: string): string[] {
  const result = parse(query);
  if (result.success) throw new Error(`expected ${query} to be rejected`);
  return result.invalid.map((param) => param.name);
}

describe("parseSearchQueryStrict", () => {
  it("reads a valid query exactly as /szukaj does", () => {
    const query = "q=bezrobotnych&wojewodztwo=slaskie&wojewodztwo=lodzkie&typ=powiat&kategoria=pomoc-spoleczna&ludnosc=5-20-tys&od=2020&do=2010&sort=tytul&strona=3";
    const result = parse(query);
    expect(result.success).toBe(true);
    const raw = Object.fromEntries([...new Set(new URLSearchParams(query).keys())].map((k) => [k, new URLSearchParams(query).getAll(k)]));
    expect(result.success && result.data).toEqual(searchParamsSchema.parse(raw));
    // Normalised the same way: years in order, canonical enum values.
    expect(result.success && [result.data.od, result.data.do, result.data.wojewodztwo]).toEqual([2010, 2020, ["SLASKIE", "LODZKIE"]]);
  });

  it("takes no parameters and blank ones as the defaults", () => {
    expect(parse("")).toEqual({ success: true, data: searchParamsSchema.parse({}) });
    expect(parse("q=&od=&wojewodztwo=")).toEqual({ success: true, data: searchParamsSchema.parse({}) });
  });

  it.each([
    ["wojewodztwo=mars", ["wojewodztwo"]],
    ["wojewodztwo=śląskie", ["wojewodztwo"]],
    ["wojewodztwo=SLASKIE", ["wojewodztwo"]],
    ["typ=DROP%20TABLE", ["typ"]],
    ["kategoria=../../etc", ["kategoria"]],
    [`kategoria=${"a".repeat(MAX_CATEGORY_SLUG_LENGTH + 1)}`, ["kategoria"]],
    ["ludnosc=milion", ["ludnosc"]],
    ["sort=id;DROP", ["sort"]],
    ["od=1989", ["od"]],
    ["do=2101", ["do"]],
    ["od=20x0", ["od"]],
    ["od=2e3", ["od"]],
    ["strona=0", ["strona"]],
    ["strona=-1", ["strona"]],
    ["strona=1.5", ["strona"]],
    ["strona=abc", ["strona"]],
    [`strona=${MAX_PAGE + 1}`, ["strona"]],
    ["strona=2&strona=3", ["strona"]],
    [`q=${"a".repeat(MAX_QUERY_LENGTH + 1)}`, ["q"]],
    ["wojewodztwa=slaskie", ["wojewodztwa"]],
    ["__proto__=1&constructor=x", ["__proto__", "constructor"]],
    [Array.from({ length: MAX_VALUES + 1 }, () => "typ=powiat").join("&"), ["typ"]],
    ["wojewodztwo=mars&strona=zero&sort=x", ["wojewodztwo", "strona", "sort"]],
  ])("rejects %s", (query, names) => {
    expect(invalidNames(query)).toEqual(names);
  });

  it("explains each problem in Polish", () => {
    const result = parse("wojewodztwo=mars&od=1900&nieznany=1");
    expect(result.success).toBe(false);
    const reasons = result.success ? [] : result.invalid.map((param) => param.reason);
    expect(reasons[0]).toMatch(/^Nieznana wartość województwa „mars”\. Dozwolone: dolnoslaskie/);
    expect(reasons[1]).toBe(`Podaj rok od ${YEAR_RANGE.min} do ${YEAR_RANGE.max}.`);
    expect(reasons[2]).toMatch(/^Nieznany parametr\. Dozwolone: q, wojewodztwo/);
  });
});

// The strict reading must never accept what /szukaj would drop or change: then a valid API
// request and the same /szukaj address always show the same search.
describe("agreement with searchParamsSchema", () => {
  const enumValues = (name: SearchApiParameter) => (parameterValueJsonSchema(name).enum as string[]) ?? [];

  it.each(["wojewodztwo", "typ", "ludnosc"] as const)("/szukaj keeps every value of %s the API accepts", (name) => {
    const values = enumValues(name);
    expect(values.length).toBeGreaterThan(0);
    expect(searchParamsSchema.parse({ [name]: values })[name]).toHaveLength(values.length);
  });

  it("/szukaj keeps every sort the API accepts, given words", () => {
    for (const sort of enumValues("sort")) expect(searchParamsSchema.parse({ q: "x", sort }).sort).toBe(sort);
  });

  it("/szukaj keeps the bounds the API accepts", () => {
    const longest = "a".repeat(MAX_CATEGORY_SLUG_LENGTH);
    const parsed = searchParamsSchema.parse({
      q: "ą".repeat(MAX_QUERY_LENGTH),
      kategoria: longest,
      od: String(YEAR_RANGE.min),
      do: String(YEAR_RANGE.max),
      strona: String(MAX_PAGE),
    });
    expect(parsed).toMatchObject({ q: "ą".repeat(MAX_QUERY_LENGTH), kategoria: [longest], od: YEAR_RANGE.min, do: YEAR_RANGE.max, strona: MAX_PAGE });
  });

  it("describes every parameter of searchParamsSchema", () => {
    expect(Object.keys(SEARCH_API_PARAMETERS).sort()).toEqual(Object.keys(searchParamsSchema.in.shape).sort());
  });
});
