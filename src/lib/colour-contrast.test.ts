import { describe, expect, it } from "vitest";
import { contrastRatio } from "./colour-contrast";

describe("contrastRatio", () => {
  it("matches the WCAG reference values", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBeCloseTo(1, 5);
    // #767676 on white is the classic lightest grey that passes AA for text.
    expect(contrastRatio("#767676", "#ffffff")).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio("#777777", "#ffffff")).toBeLessThan(4.5);
  });

  it("does not depend on the order of the colours", () => {
    expect(contrastRatio("#1f5f3c", "#ffffff")).toBeCloseTo(contrastRatio("#ffffff", "#1f5f3c"), 10);
  });
});
