// A page of results by relevance, read tier by tier when that is cheap. Within a tier results are
// newest first, so a tier can be read by walking the date index and keeping the rows of the tier.
// The counts per tier are known before the page is read (facet-counts.ts), so the cost of a walk
// can be told in advance and compared with reading the words' (or the filters') index and sorting
// what it finds.
//
// Costs, in units of one step of a walk (a heap visit and the cheap tests; measured at 100,000
// practices: about 1 µs):
// - a walk steps over about wanted × (index rows / tier's matches) rows; the facet filters are
//   tested first (data.ts), and for the rows passing them, tiers 2 and 3 read the full document;
// - the index reads every candidate — the matches of the words, or the rows passing the filters
//   when fewer — and reads each one's document to sort them (about 10 µs a candidate).

const DOCUMENT_TEST_COST = 4;
const INDEX_CANDIDATE_COST = 10;
/** Tiers whose test reads the full document (title and summary vectors are kept in the row). */
const DOCUMENT_TIERS = new Set([2, 3]);

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

/** The tiers a page [offset, offset + limit) falls in, if walking them is cheaper than the index. */
export function planTieredPage(facts: Facts, offset: number, limit: number): TierPlan {
  // Rows of the index that pass the facet filters, estimated as the share of the words' matches that
  // pass them (filters and words are independent enough for a plan, which only needs the magnitude).
  const filteredRows = facts.unfiltered > 0 ? facts.indexRows * (facts.total / facts.unfiltered) : facts.indexRows;
  const slices: TierSlice[] = [];
  let walkCost = 0;
  let start = 0;
  for (const [tier, count] of facts.tierTotals.entries()) {
    const end = start + count;
    const from = Math.max(offset, start);
    const to = Math.min(offset + limit, end);
    if (from < to) {
      const wanted = to - start; // the walk reads the tier from its newest row up to the page's last
      walkCost += (wanted / count) * (facts.indexRows + (DOCUMENT_TIERS.has(tier) ? filteredRows * DOCUMENT_TEST_COST : 0));
      slices.push({ tier, offset: from - start, limit: to - from });
    }
    start = end;
  }
  const indexCost = Math.min(facts.unfiltered, filteredRows) * INDEX_CANDIDATE_COST;
  return walkCost <= indexCost ? { kind: "walk", slices } : { kind: "index" };
}
