import { describe, expect, it } from "vitest";
import { ALL_UNIT_TYPES, ALL_VOIVODESHIPS } from "@/features/practice/vocabulary";
import { bandOf, facetKeyOf, facetValuesOf, keysMatching } from "./facet-key";
import { POPULATION_BANDS } from "./vocabulary";

describe("facet keys", () => {
  it("round-trips every combination to a distinct key", () => {
    const keys = new Set<number>();
    for (const voivodeship of ALL_VOIVODESHIPS) {
      for (const unitType of ALL_UNIT_TYPES) {
        for (const band of [...POPULATION_BANDS.map((b) => b.slug), null]) {
          const key = facetKeyOf({ voivodeship, unitType, band });
          expect(facetValuesOf(key)).toEqual({ voivodeship, unitType, band });
          keys.add(key);
        }
      }
    }
    expect(keys.size).toBe(16 * 8 * 7);
  });

  it("puts populations into bands at their bounds", () => {
    expect([null, 0, 4_999, 5_000, 178_443, 500_000].map(bandOf)).toEqual([null, "do-5-tys", "do-5-tys", "5-20-tys", "100-500-tys", "ponad-500-tys"]);
  });

  it("lists the keys of a filter combination", () => {
    expect(keysMatching(["SLASKIE"], ["POWIAT_GRODZKI"], ["100-500-tys"])).toEqual([
      facetKeyOf({ voivodeship: "SLASKIE", unitType: "POWIAT_GRODZKI", band: "100-500-tys" }),
    ]);
    expect(keysMatching([], [], [])).toHaveLength(16 * 8 * 7);
  });
});
