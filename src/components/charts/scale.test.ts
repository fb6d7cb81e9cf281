import { describe, expect, it } from "vitest";
import { labelIndices, niceStep, niceTicks } from "./scale";

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

describe("labelIndices", () => {
  it("labels every n-th point and the last, dropping a label that would crowd the last", () => {
    expect(labelIndices(90, 14)).toEqual([0, 14, 28, 42, 56, 70, 89]);
    expect(labelIndices(90, 28)).toEqual([0, 28, 56, 89]);
    expect(labelIndices(75, 14)).toEqual([0, 14, 28, 42, 56, 74]);
  });

  it("a phone's labels (twice the step) are a subset of the wide screen's", () => {
    for (const count of [1, 2, 30, 85, 90, 91]) {
      const wide = new Set(labelIndices(count, 14));
      expect(labelIndices(count, 28).every((index) => wide.has(index)), `${count} points`).toBe(true);
    }
  });

  it("handles charts with no or a single point", () => {
    expect(labelIndices(0, 7)).toEqual([]);
    expect(labelIndices(1, 7)).toEqual([0]);
  });
});
