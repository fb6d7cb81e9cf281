import { describe, expect, it } from "vitest";
import { contrastRatio } from "@/lib/colour-contrast";
import { PALETTE, bestTextOn, quantileBreaks, rangeLabel, shadeClasses, shadeOf } from "./shading";

const ranges = (counts: number[]) => shadeClasses(counts).map(rangeLabel);

describe("map palette", () => {
  it("has five classes, each with a label colour of at least 4.5:1 (WCAG AA text)", () => {
    expect(PALETTE).toHaveLength(5);
    for (const shade of PALETTE) {
      expect(contrastRatio(shade.fill, shade.text), `${shade.text} on ${shade.fill}`).toBeGreaterThanOrEqual(4.5);
      expect(shade.text).toBe(bestTextOn(shade.fill));
    }
  });

  it("gets darker with every class, each step clearly apart from the one before", () => {
    for (const [index, shade] of PALETTE.entries()) {
      if (index === 0) continue;
      const previous = PALETTE[index - 1]!;
      // The old one-green palette's pale steps were 1.15 and 1.36:1 apart; these are 1.5:1 or more.
      expect(contrastRatio(previous.fill, "#ffffff"), `${previous.fill} lighter than ${shade.fill}`).toBeLessThan(contrastRatio(shade.fill, "#ffffff"));
      expect(contrastRatio(previous.fill, shade.fill), `${previous.fill} → ${shade.fill}`).toBeGreaterThanOrEqual(1.5);
    }
  });
});

describe("class breaks", () => {
  it("splits the positive counts into quartiles, keeping 0 a class of its own", () => {
    const counts = [0, 1, 1, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10, 12, 20, 41];
    // 15 positive counts: the 4th, 8th, 12th and 15th are the bounds.
    expect(quantileBreaks(counts, 4)).toEqual([3, 6, 10, 41]);
    expect(ranges(counts)).toEqual(["0", "1–3", "4–6", "7–10", "11–41"]);
  });

  it("gives each value its own class when there are few, as the demo data's 2 to 4 practices a region", () => {
    const counts = [2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 3, 3];
    expect(ranges(counts)).toEqual(["0", "1–2", "3", "4"]);
    expect(shadeClasses(counts).map((shade) => shade.fill)).toEqual(PALETTE.slice(0, 4).map((shade) => shade.fill));
  });

  it("merges the classes that ties would leave empty", () => {
    const counts = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3, 4, 5, 6, 7];
    expect(ranges(counts)).toEqual(["0", "1", "2–3", "4–7"]);
  });

  it("shows a single value as such, and only 0 when there is nothing", () => {
    expect(ranges([0, 1, 0, 1])).toEqual(["0", "1"]);
    expect(ranges([0, 0])).toEqual(["0"]);
    expect(ranges([])).toEqual(["0"]);
  });

  it("writes large bounds grouped, with an en dash between them", () => {
    expect(ranges([1200, 15_000])).toEqual(["0", "1–1\u00a0200", "1\u00a0201–15\u00a0000"]);
  });

  it("puts every count in the class whose range holds it", () => {
    const counts = [0, 1, 1, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10, 12, 20, 41];
    const classes = shadeClasses(counts);
    for (const count of counts) {
      const shade = shadeOf(count, classes);
      expect(count, rangeLabel(shade)).toBeGreaterThanOrEqual(shade.min);
      expect(count, rangeLabel(shade)).toBeLessThanOrEqual(shade.max);
    }
    expect(shadeOf(0, classes).fill).toBe(PALETTE[0]!.fill);
    expect(shadeOf(41, classes).fill).toBe(PALETTE[4]!.fill);
  });
});
