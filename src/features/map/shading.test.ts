import { describe, expect, it } from "vitest";
import { contrastRatio } from "@/lib/colour-contrast";
import { ALL_SHADES, bestTextOn, shadeClasses, shadeOf } from "./shading";

describe("map shading", () => {
  it("gives every class a label colour with at least 4.5:1 contrast (WCAG AA text)", () => {
    for (const shade of ALL_SHADES) {
      expect(contrastRatio(shade.fill, shade.text), `${shade.text} on ${shade.fill}`).toBeGreaterThanOrEqual(4.5);
      expect(shade.text).toBe(bestTextOn(shade.fill));
    }
  });

  it("gets darker with every class", () => {
    const contrastWithWhite = ALL_SHADES.map((shade) => contrastRatio(shade.fill, "#ffffff"));
    expect(contrastWithWhite).toEqual([...contrastWithWhite].sort((a, b) => a - b));
  });

  it("splits 1…max into equal ranges and keeps 0 apart", () => {
    const classes = shadeClasses(23);
    expect(classes.map((shade) => [shade.min, shade.max])).toEqual([[0, 0], [1, 5], [6, 10], [11, 15], [16, 20], [21, 25]]);
    expect(shadeOf(0, classes).min).toBe(0);
    expect(shadeOf(5, classes).max).toBe(5);
    expect(shadeOf(23, classes).max).toBe(25);
  });

  it("uses only the classes it needs for small counts", () => {
    expect(shadeClasses(3).map((shade) => [shade.min, shade.max])).toEqual([[0, 0], [1, 1], [2, 2], [3, 3]]);
    expect(shadeClasses(0)).toHaveLength(1);
  });
});
