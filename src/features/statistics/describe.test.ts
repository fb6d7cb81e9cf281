import { describe, expect, it } from "vitest";
import { describeCounts, describeVisits } from "./describe";

describe("chart descriptions", () => {
  it("name the largest and smallest item and the total, with Polish plurals", () => {
    const text = describeCounts(
      [
        { label: "opolskie", count: 2 },
        { label: "mazowieckie", count: 12 },
        { label: "lubuskie", count: 1 },
      ],
      15,
    );
    expect(text).toBe("Najwięcej: mazowieckie (12 praktyk). Najmniej: lubuskie (1 praktyka). Łącznie 15 praktyk.");
    expect(describeCounts([], 0)).toBe("Brak danych: 0 praktyk.");
  });

  it("sum the visits of the period and name the busiest day", () => {
    const text = describeVisits([
      { day: "2026-11-21", pageViews: 1200, uniqueVisitors: 300 },
      { day: "2026-11-22", pageViews: 4, uniqueVisitors: 2 },
    ]);
    expect(text).toBe(
      "Od 21 listopada 2026 r. do 22 listopada 2026 r.: 1\u00a0204 odsłony i 302 unikalne wizyty. Najwięcej odsłon: 21 listopada 2026 r. (1\u00a0200 odsłon).",
    );
  });
});
