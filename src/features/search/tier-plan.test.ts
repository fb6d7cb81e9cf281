import { describe, expect, it } from "vitest";
import { planTieredPage } from "./tier-plan";

describe("planTieredPage", () => {
  // "projektu": no title matches, half of the practices in the summary tier.
  const veryCommon = { tierTotals: [0, 49_772, 47_042, 0], total: 96_814, unfiltered: 96_814, indexRows: 100_000, rechecked: false };

  it("walks a dense tier and skips empty ones", () => {
    expect(planTieredPage(veryCommon, 0, 20)).toEqual({ kind: "walk", slices: [{ tier: 1, offset: 0, limit: 20 }] });
  });

  it("walks to a deep page too, across tiers: sorting every match costs more than stepping over them", () => {
    const slices = [
      { tier: 1, offset: 49_760, limit: 12 },
      { tier: 2, offset: 0, limit: 8 },
    ];
    expect(planTieredPage(veryCommon, 49_760, 20)).toEqual({ kind: "walk", slices });
  });

  it("splits a page that spans two tiers", () => {
    const facts = { tierTotals: [30, 300, 600, 0], total: 930, unfiltered: 930, indexRows: 1_000, rechecked: false };
    expect(planTieredPage(facts, 20, 20)).toEqual({
      kind: "walk",
      slices: [
        { tier: 0, offset: 20, limit: 10 },
        { tier: 1, offset: 0, limit: 10 },
      ],
    });
  });

  it("reads a sparse tier from the matches of the words", () => {
    const facts = { tierTotals: [29, 0, 0, 0], total: 29, unfiltered: 29, indexRows: 100_000, rechecked: false };
    expect(planTieredPage(facts, 0, 20)).toEqual({ kind: "matches", slices: [{ tier: 0, offset: 0, limit: 20 }] });
  });

  it("reads from the matches a tier whose rows need their documents: a walk would read many more", () => {
    // "ocieplenie budynków szkolnych" as typed: 1,107 matches, most of them in attachments only.
    const facts = { tierTotals: [0, 0, 210, 897], total: 1_107, unfiltered: 1_107, indexRows: 100_000, rechecked: false };
    expect(planTieredPage(facts, 0, 10)).toEqual({ kind: "matches", slices: [{ tier: 2, offset: 0, limit: 10 }] });
  });

  it("walks a thesaurus tier under filters: the words' index hands every match of the words over for a recheck", () => {
    // "ocieplenie budynków szkolnych", the practices only the thesaurus finds, in a category and
    // years (4,400 within the years): reading the matches read every one's document (960 ms), the
    // walk took 103 ms.
    const facts = { tierTotals: [0, 61, 687, 769], total: 1_517, unfiltered: 4_400, indexRows: 100_000, rechecked: true };
    expect(planTieredPage(facts, 0, 10)).toEqual({ kind: "walk", slices: [{ tier: 1, offset: 0, limit: 10 }] });
    expect(planTieredPage({ ...facts, rechecked: false }, 0, 10).kind).toBe("matches");
  });

  it("leaves selective filters to the matches: walking would step over nearly every row", () => {
    // A medium word narrowed by three facets to 16 practices (the benchmark's "medium word + filters").
    const facts = { tierTotals: [0, 9, 7, 0], total: 16, unfiltered: 6_393, indexRows: 100_000, rechecked: false };
    expect(planTieredPage(facts, 0, 10)).toEqual({
      kind: "matches",
      slices: [
        { tier: 1, offset: 0, limit: 9 },
        { tier: 2, offset: 0, limit: 1 },
      ],
    });
  });

  it("walks when the filters keep a large share of a very common word's matches", () => {
    // A category and years keep a fifth of the matches; the first tier alone fills the page.
    const facts = { tierTotals: [2_000, 9_000, 9_000, 139], total: 20_139, unfiltered: 97_996, indexRows: 100_000, rechecked: false };
    expect(planTieredPage(facts, 0, 10)).toEqual({ kind: "walk", slices: [{ tier: 0, offset: 0, limit: 10 }] });
  });

  it("reads nothing past the last match", () => {
    const facts = { tierTotals: [5, 0, 0, 0], total: 5, unfiltered: 5, indexRows: 10, rechecked: false };
    expect(planTieredPage(facts, 20, 20)).toEqual({ kind: "walk", slices: [] });
  });
});
