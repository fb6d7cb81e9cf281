import { describe, expect, it } from "vitest";
import { costText, figureText, fundingSourcesText, periodText } from "./details-text";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("periodText", () => {
  it("names the start and the end as the original record did", () => {
    expect(periodText({ periodStart: day("2011-01-01"), periodEnd: day("2011-12-31"), ongoing: false })).toBe("od 1 stycznia 2011 r. do 31 grudnia 2011 r.");
  });

  it("says the practice goes on, with or without a start", () => {
    expect(periodText({ periodStart: day("2020-03-01"), periodEnd: null, ongoing: true })).toBe("od 1 marca 2020 r. – trwa");
    expect(periodText({ periodStart: null, periodEnd: null, ongoing: true })).toBe("trwa");
  });

  it("gives nothing for an unknown period", () => {
    expect(periodText({ periodStart: null, periodEnd: null, ongoing: false })).toBeNull();
  });
});

describe("figures and money", () => {
  it("groups thousands with non-breaking spaces and writes decimals with a comma", () => {
    expect(costText(250000)).toBe("250\u00a0000\u00a0zł");
    expect(figureText(97)).toBe("97");
    expect(figureText(12.5)).toBe("12,5");
    expect(figureText(1250.75)).toBe("1\u00a0250,75");
  });

  it("names funding sources by their labels", () => {
    expect(fundingSourcesText(["EFS", "BUDZET_JST"])).toBe("EFS / PO KL, budżet JST");
  });
});
