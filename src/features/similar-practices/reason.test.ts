import { describe, expect, it } from "vitest";
import { populationInWords, similarityReason } from "./reason";

const none = { sameCategory: false, similarText: false, sameUnitType: false, sameBand: false, sameRegion: false };
const unit = { unitType: "GMINA_WIEJSKA", voivodeship: "SLASKIE", population: 8_240 } as const;

describe("the reason under a similar practice", () => {
  it("names what is shared, in the order of the ranking", () => {
    expect(similarityReason({ ...none, sameCategory: true, sameUnitType: true, sameBand: true }, unit)).toBe("ta sama kategoria, gmina wiejska, 8 tys. mieszkańców");
    expect(similarityReason({ ...none, similarText: true, sameRegion: true }, unit)).toBe("wspólna kategoria, podobny temat, województwo śląskie");
  });

  it("leaves out a band it cannot put in words", () => {
    expect(similarityReason({ ...none, sameCategory: true, sameBand: true }, { ...unit, population: null })).toBe("ta sama kategoria");
  });

  it("says populations in Polish round figures", () => {
    expect(populationInWords(850)).toBe("850 mieszkańców");
    expect(populationInWords(8_240)).toBe("8 tys. mieszkańców");
    expect(populationInWords(178_443)).toBe("178 tys. mieszkańców");
    expect(populationInWords(1_720_000)).toBe("1,7 mln mieszkańców");
  });
});
