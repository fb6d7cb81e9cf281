import { describe, expect, it } from "vitest";
import { filtersSummary } from "./ListingLayout";

describe("filtersSummary", () => {
  it("says how many filters are in force, in Polish plural forms", () => {
    expect(filtersSummary(0)).toBe("Filtry");
    expect(filtersSummary(1)).toBe("Filtry (1 aktywny)");
    expect(filtersSummary(3)).toBe("Filtry (3 aktywne)");
    expect(filtersSummary(5)).toBe("Filtry (5 aktywnych)");
    expect(filtersSummary(12)).toBe("Filtry (12 aktywnych)");
    expect(filtersSummary(22)).toBe("Filtry (22 aktywne)");
  });
});
