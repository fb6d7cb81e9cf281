import { beforeEach, describe, expect, it } from "vitest";
import { createTestPractice } from "../../../tests/factories";
import { resetDatabase } from "../../../tests/db/reset";
import { kinshipReason } from "./comparable";
import { COMPARABLE_LIMIT, listComparablePractices } from "./data";

beforeEach(resetDatabase);

const mine = { unitType: "GMINA_WIEJSKA", voivodeship: "SLASKIE", band: "5-20-tys" } as const;

describe("Gminy takie jak moja", () => {
  it("puts the same kind of unit and size first, then widens, the same voivodeship higher, and says why", async () => {
    const twin = await createTestPractice({ unitType: "GMINA_WIEJSKA", voivodeship: "SLASKIE", population: 8_240 });
    const twinElsewhere = await createTestPractice({ unitType: "GMINA_WIEJSKA", voivodeship: "POMORSKIE", population: 12_000 });
    const otherGmina = await createTestPractice({ unitType: "GMINA_MIEJSKO_WIEJSKA", voivodeship: "POMORSKIE", population: 15_000 });
    const nearSize = await createTestPractice({ unitType: "GMINA_WIEJSKA", voivodeship: "LUBELSKIE", population: 3_900 });
    const neighbourCity = await createTestPractice({ unitType: "POWIAT_GRODZKI", voivodeship: "SLASKIE", population: 180_000 });
    const nothingAlike = await createTestPractice({ unitType: "SAMORZAD_WOJEWODZTWA", voivodeship: "PODLASKIE", population: 1_170_000 });
    await createTestPractice({ unitType: "GMINA_WIEJSKA", voivodeship: "SLASKIE", population: 8_000, status: "DRAFT" });

    const comparable = await listComparablePractices(mine);
    expect(comparable.map((practice) => practice.id)).toEqual([twin.id, twinElsewhere.id, otherGmina.id, nearSize.id, neighbourCity.id]);
    expect(comparable.map((practice) => practice.id)).not.toContain(nothingAlike.id);
    expect(comparable.map((practice) => kinshipReason(practice.kinship, practice))).toEqual([
      "gmina wiejska, 8 tys. mieszkańców, województwo śląskie",
      "gmina wiejska, 12 tys. mieszkańców",
      "gmina miejsko-wiejska (gmina jak Twoja), 15 tys. mieszkańców",
      "gmina wiejska, 4 tys. mieszkańców (zbliżona liczba)",
      "województwo śląskie",
    ]);
  });

  it("ranks by what the profile names, and lists at most the limit", async () => {
    const powiat = await createTestPractice({ unitType: "POWIAT", voivodeship: "OPOLSKIE", population: 90_000 });
    const city = await createTestPractice({ unitType: "POWIAT_GRODZKI", voivodeship: "MAZOWIECKIE", population: 90_000 });
    const byType = await listComparablePractices({ unitType: "POWIAT", voivodeship: null, band: null });
    expect(byType.map((practice) => practice.id)).toEqual([powiat.id, city.id]);
    expect(byType[1]!.kinship).toMatchObject({ sameUnitType: false, sameFamily: true, sameBand: false, sameRegion: false });

    for (let i = 0; i < COMPARABLE_LIMIT; i++) await createTestPractice({ unitType: "GMINA_WIEJSKA", voivodeship: "OPOLSKIE", population: 4_000 });
    const byRegion = await listComparablePractices({ unitType: null, voivodeship: "OPOLSKIE", band: null });
    expect(byRegion).toHaveLength(COMPARABLE_LIMIT);
    expect(byRegion.every((practice) => practice.voivodeship === "OPOLSKIE")).toBe(true);
  });
});
