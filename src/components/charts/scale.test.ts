import { describe, expect, it } from "vitest";
import { niceStep, niceTicks, truncateLabel } from "./scale";

describe("niceTicks", () => {
  it("covers the maximum with round steps", () => {
    expect(niceTicks(87)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(100)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(12_345)).toEqual([0, 5000, 10_000, 15_000]);
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
  });

  it("never uses fractional steps for counts, and survives an empty chart", () => {
    expect(niceStep(2, 5)).toBe(1);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});

describe("truncateLabel", () => {
  it("keeps short labels and shortens long ones with an ellipsis", () => {
    expect(truncateLabel("Kultura", 10)).toBe("Kultura");
    expect(truncateLabel("Współpraca między JST", 12)).toBe("Współpraca…");
    expect(truncateLabel("Współpraca między JST", 12)).toHaveLength(11);
  });
});
