import { describe, expect, it } from "vitest";
import { NO_EXPANSION } from "./expansion";
import { expandedParts, fewerWordsTsqueries, highlightOf, parseQuery, toTsquery } from "./query";

const tsquery = (q: string) => toTsquery(parseQuery(q));
const fewer = (q: string) => fewerWordsTsqueries(expandedParts(parseQuery(q), NO_EXPANSION).parts);

describe("toTsquery", () => {
  it("turns words into prefix matches of their terms", () => {
    expect(tsquery("rewitalizacji Łodzi")).toBe("'rewitalizacj':* & 'lodz':*");
  });

  it("keeps quoted phrases in order", () => {
    expect(tsquery('"budżet obywatelski" gmina')).toBe("('budzet' <-> 'obywatelsk') & 'gmin':*");
  });

  it("lets no tsquery syntax through", () => {
    for (const hostile of ["(((", "&|!", "a:* | b", "'; DROP TABLE practice; --", "%_%", "<->", "\\", '"""']) {
      const result = tsquery(hostile);
      // Outside the quoted lexemes only our own operators remain; inside them only letters and digits.
      if (result !== null) expect(result.replace(/'[\p{L}\p{N}]+'/gu, "x")).toMatch(/^[x:*&|()<\-> ]+$/);
    }
    expect(tsquery("(((")).toBeNull();
    expect(tsquery("ab:* | cd")).toBe("'ab' & 'cd'");
  });

  it("also looks for the other side of consonant alternations", () => {
    expect(tsquery("seniorzy")).toBe("('seniorz':* | 'senior':*)");
    expect(tsquery("biblioteka")).toBe("('bibliotek':* | 'bibliotec':*)");
  });

  it("bounds the number of clauses", () => {
    expect(parseQuery(Array.from({ length: 50 }, (_, i) => `słowo${i}`).join(" "))).toHaveLength(12);
  });

  it("tells the highlighter what the tsquery matches: prefixes from MIN_PREFIX letters, phrases exactly", () => {
    expect(tsquery('ul rewital "budżet obywatelski"')).toBe("'ul' & 'rewital':* & ('budzet' <-> 'obywatelsk')");
    expect(highlightOf(parseQuery('ul rewital "budżet obywatelski"'), NO_EXPANSION)).toEqual({
      terms: [{ term: "ul", prefix: false }, { term: "rewital", prefix: true }],
      phrases: [["budzet", "obywatelsk"]],
    });
  });

  it("loosens a query to all words but one, then any word", () => {
    expect(fewer("gmina")).toEqual([]);
    expect(fewer("gmina szkoła")).toEqual(["'gmin':* | 'szkol':*"]);
    expect(fewer('gmina szkoła "budżet obywatelski"')).toEqual([
      "('szkol':* & ('budzet' <-> 'obywatelsk')) | ('gmin':* & ('budzet' <-> 'obywatelsk')) | ('gmin':* & 'szkol':*)",
      "'gmin':* | 'szkol':* | ('budzet' <-> 'obywatelsk')",
    ]);
  });
});
