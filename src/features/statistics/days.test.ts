import { describe, expect, it } from "vitest";
import { daysEndingOn } from "./days";

describe("daysEndingOn", () => {
  it("lists consecutive days oldest first, across month ends and the autumn clock change", () => {
    expect(daysEndingOn("2026-11-02", 4)).toEqual(["2026-10-30", "2026-10-31", "2026-11-01", "2026-11-02"]);
    expect(daysEndingOn("2024-03-01", 2)).toEqual(["2024-02-29", "2024-03-01"]);
    expect(daysEndingOn("2026-11-23", 90)).toHaveLength(90);
    expect(daysEndingOn("2026-11-23", 90)[0]).toBe("2026-08-26");
  });
});
