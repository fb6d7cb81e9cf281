import { describe, expect, it } from "vitest";
import { parseCombos } from "./facet-cache";

describe("parseCombos", () => {
  it("reads the database's text of combinations, category sets included", () => {
    const combos = parseCombos("566:0:3:12,15;17:2:40:;566:1:1:12,15", 1000);
    expect(Array.from(combos.facetKeys)).toEqual([566, 17, 566]);
    expect(Array.from(combos.tiers)).toEqual([0, 2, 1]);
    expect(Array.from(combos.counts)).toEqual([3, 40, 1]);
    expect(combos.categorySets).toEqual([[12, 15], [], [12, 15]]);
    expect(combos.categorySets[0]).toBe(combos.categorySets[2]);
    expect(combos.indexRows).toBe(1000);
  });

  it("reads no combinations from an empty result", () => {
    expect(parseCombos(null, 0).counts).toHaveLength(0);
  });
});
