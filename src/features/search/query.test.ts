import { describe, expect, it } from "vitest";
import { parseQuery, toTsquery } from "./query";

const tsquery = (q: string) => toTsquery(parseQuery(q));

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
      if (result !== null) expect(result).toMatch(/^(\(?'[\p{L}\p{N}]+'(:\*)?( <-> '[\p{L}\p{N}]+')*\)?( & )?)+$/u);
    }
    expect(tsquery("(((")).toBeNull();
    expect(tsquery("a:* | b")).toBe("'a' & 'b'");
  });

  it("bounds the number of clauses", () => {
    expect(parseQuery(Array.from({ length: 50 }, (_, i) => `słowo${i}`).join(" "))).toHaveLength(12);
  });
});
