// A page of results by relevance, read tier by tier. Within a tier results are newest first, so a
// tier can be read by walking the date index and keeping the rows of the tier, or by sorting the
// matches of the words by date and keeping the rows of the tier. The counts per tier are known
// before the page is read (facet-counts.ts), so the cost of each can be told in advance.
//
// Costs, in units of one step of a walk (a heap visit and the cheap tests; measured at 100,000
// practices: about 1 µs):
// - a walk steps over about wanted × (index rows / tier's matches) rows; the facet filters are
//   tested first (data.ts), and for the rows passing them, tiers 2 and 3 read the full document;
// - the matches: every candidate is read — the matches of the words, or the rows passing the
//   filters when fewer — without its document, and sorted by date; then the sorted matches are
//   stepped over like a walk, the full document read only for tiers 2 and 3. The words' index
//   cannot tell a phrase's order or a negated word's absence: for such a query it returns every
//   match of the words alone, without the filters, and each one's document is read to recheck it.
const DOCUMENT_TEST_COST = 4;
const CANDIDATE_COST = 3;
/** Tiers whose test reads the full document (title and summary vectors are kept in the row). */
const DOCUMENT_TIERS = new Set([2, 3]);

export type TierSlice = { tier: number; offset: number; limit: number };

/** `walk`: along the date index; `matches`: along the words' matches sorted by date. */
export type TierPlan = { kind: "walk" | "matches"; slices: TierSlice[] };

type Facts = {
  /** Matches under every filter, per tier. */
  tierTotals: number[];
  /** Matches of the words before facet filters, and the rows in the index: the filters' selectivity. */
  total: number;
  unfiltered: number;
  indexRows: number;
  /** The query has a phrase or a negation, which the words' index hands over for a recheck. */
  rechecked: boolean;
};

/** The tiers a page [offset, offset + limit) falls in, and the cheaper way to read them. */
export function planTieredPage(facts: Facts, offset: number, limit: number): TierPlan {
  // Rows of the index that pass the facet filters, estimated as the share of the words' matches that
  // pass them (filters and words are independent enough for a plan, which only needs the magnitude).
  const filteredRows = facts.unfiltered > 0 ? facts.indexRows * (facts.total / facts.unfiltered) : facts.indexRows;
  const slices: TierSlice[] = [];
  let walkCost = 0;
  let matchesCost = Math.min(facts.unfiltered, filteredRows) * CANDIDATE_COST + (facts.rechecked ? facts.unfiltered * DOCUMENT_TEST_COST : 0);
  let start = 0;
  for (const [tier, count] of facts.tierTotals.entries()) {
    const end = start + count;
    const from = Math.max(offset, start);
    const to = Math.min(offset + limit, end);
    if (from < to) {
      const wanted = to - start; // both read the tier from its newest row up to the page's last
      const documentCost = DOCUMENT_TIERS.has(tier) ? DOCUMENT_TEST_COST : 0;
      walkCost += (wanted / count) * (facts.indexRows + filteredRows * documentCost);
      matchesCost += (wanted / count) * facts.total * documentCost;
      slices.push({ tier, offset: from - start, limit: to - from });
    }
    start = end;
  }
  return { kind: walkCost <= matchesCost ? "walk" : "matches", slices };
}
