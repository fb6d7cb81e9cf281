import { describe, expect, it } from "vitest";
import { planTieredPage, WALK_BUDGET } from "./tier-plan";

describe("planTieredPage", () => {
  it("walks a dense tier and skips empty ones", () => {
    // "projektu": no title matches, half of the practices in the summary tier.
    const facts = { tierTotals: [0, 49_772, 47_042], total: 96_814, unfiltered: 96_814, indexRows: 100_000 };
    expect(planTieredPage(facts, 0, 20)).toEqual({ kind: "walk", slices: [{ tier: 1, offset: 0, limit: 20 }] });
    expect(planTieredPage(facts, 49_760, 20)).toEqual({ kind: "index" });
  });

  it("splits a page that spans two tiers", () => {
    const facts = { tierTotals: [30, 300, 600], total: 930, unfiltered: 930, indexRows: 1_000 };
    expect(planTieredPage(facts, 20, 20)).toEqual({
      kind: "walk",
      slices: [
        { tier: 0, offset: 20, limit: 10 },
        { tier: 1, offset: 0, limit: 10 },
      ],
    });
  });

  it("leaves a sparse tier to the index of the words", () => {
    const facts = { tierTotals: [29, 0, 0], total: 29, unfiltered: 29, indexRows: 100_000 };
    expect(planTieredPage(facts, 0, 20)).toEqual({ kind: "index" });
  });

  it("counts only the rows that pass the facet filters as walked", () => {
    // 1% of the matches pass the filters: the walk touches about 1% of the index rows.
    const facts = { tierTotals: [0, 500, 500], total: 1_000, unfiltered: 100_000, indexRows: 100_000 };
    expect(planTieredPage(facts, 0, 20)).toEqual({ kind: "walk", slices: [{ tier: 1, offset: 0, limit: 20 }] });
    expect((20 * 1_000) / 500).toBeLessThan(WALK_BUDGET);
  });

  it("reads nothing past the last match", () => {
    const facts = { tierTotals: [5, 0, 0], total: 5, unfiltered: 5, indexRows: 10 };
    expect(planTieredPage(facts, 20, 20)).toEqual({ kind: "walk", slices: [] });
  });
});
