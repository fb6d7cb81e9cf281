import { describe, expect, it } from "vitest";
import { entryTerms } from "./expansion";
import { THESAURUS } from "./thesaurus";

// The thesaurus is edited by hand: every entry must mean something to the analyzer, belong to one
// group only, and the file must keep its breadth.

const analyzed = THESAURUS.flatMap((group, i) => group.map((text) => ({ group: i, text, key: entryTerms(text).join(" ") })));

describe("thesaurus.ts", () => {
  it("has at least 150 groups, each of two entries or more", () => {
    expect(THESAURUS.length).toBeGreaterThanOrEqual(150);
    for (const group of THESAURUS) expect(group.length, group.join(" | ")).toBeGreaterThanOrEqual(2);
  });

  it("has entries that each analyze to at least one term", () => {
    expect(analyzed.filter((entry) => entry.key === "").map((entry) => entry.text)).toEqual([]);
  });

  it("has no entry twice, in one group or across groups (compared as a query's terms)", () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const entry of analyzed) {
      const earlier = seen.get(entry.key);
      if (earlier !== undefined) duplicates.push(`${earlier} = ${entry.text}`);
      else seen.set(entry.key, entry.text);
    }
    expect(duplicates).toEqual([]);
  });
});
