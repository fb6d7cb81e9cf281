// A page of results by relevance, read tier by tier when that is cheap. Within a tier results are
// newest first, so a tier can be read by walking the date index and keeping the rows of the tier,
// which touches about (rows wanted) / (the tier's share of the rows walked) rows: a few dozen for a
// word in half of the practices, where sorting all its matches would touch every one of them.
// The counts per tier are known before the page is read (facet-counts.ts); a sparse tier is left
// to the index of the words instead.

/** Rows a walk of the date index may touch before reading the word's index is the better plan. */
export const WALK_BUDGET = 4_000;

export type TierSlice = { tier: number; offset: number; limit: number };

export type TierPlan = { kind: "walk"; slices: TierSlice[] } | { kind: "index" };

type Facts = {
  /** Matches under every filter, per tier. */
  tierTotals: number[];
  /** Matches of the words before facet filters, and the rows in the index: the filters' selectivity. */
  total: number;
  unfiltered: number;
  indexRows: number;
};

/** The tiers a page [offset, offset + limit) falls in, and whether walking each stays in budget. */
export function planTieredPage(facts: Facts, offset: number, limit: number): TierPlan {
  // Rows of the index that pass the facet filters, estimated as the share of the words' matches that
  // pass them (filters and words are independent enough for a plan, which only needs the magnitude).
  const filteredRows = facts.unfiltered > 0 ? facts.indexRows * (facts.total / facts.unfiltered) : facts.indexRows;
  const slices: TierSlice[] = [];
  let start = 0;
  for (const [tier, count] of facts.tierTotals.entries()) {
    const end = start + count;
    const from = Math.max(offset, start);
    const to = Math.min(offset + limit, end);
    if (from < to) {
      const wanted = to - start; // the walk reads the tier from its newest row up to the page's last
      if ((wanted * filteredRows) / count > WALK_BUDGET) return { kind: "index" };
      slices.push({ tier, offset: from - start, limit: to - from });
    }
    start = end;
  }
  return { kind: "walk", slices };
}
