import { describe, expect, it } from "vitest";
import { VOIVODESHIPS } from "@/features/practice/vocabulary";
import registry from "./units.json";
import { UNITS, unitBand, unitLabel, unitOfCode, unitsMatching } from "./registry";

describe("the TERYT units file", () => {
  it("names its sources, dates and licences, the register's and the population's", () => {
    expect(registry.source).toMatch(/GUS.*TERC/);
    expect(registry.stateDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(registry.licence).toMatch(/\S/);
    expect(registry.population.source).toMatch(/GUS.*Bank Danych Lokalnych/);
    expect(registry.population.stateDate).toMatch(/^\d{4}-12-31$/);
    expect(registry.population.licence).toMatch(/\S/);
  });

  it("gives nearly every unit a population, a positive whole number that adds up", () => {
    for (const row of registry.units) {
      expect(row.length === 2 || row.length === 3).toBe(true);
      if (row.length === 3) expect(Number.isInteger(row[2]) && (row[2] as number) > 0).toBe(true);
    }
    const known = UNITS.filter((unit) => unit.population !== null);
    expect(known.length).toBeGreaterThan(UNITS.length * 0.99);
    // A powiat's population is that of its gminas, give or take GUS's rounding to 10 persons.
    const gminas = UNITS.filter((unit) => unit.code.startsWith("0201") && unit.code.length === 7);
    const sum = gminas.reduce((total, unit) => total + unit.population!, 0);
    expect(Math.abs(sum - unitOfCode("0201")!.population!)).toBeLessThanOrEqual(10 * gminas.length);
    expect(unitOfCode("1465")).toMatchObject({ name: "Warszawa", population: expect.any(Number) });
    expect(unitOfCode("1465")!.population).toBeGreaterThan(1_500_000);
  });

  it("holds every gmina, powiat and voivodeship once, with well-formed codes and names", () => {
    const codes = UNITS.map((unit) => unit.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const unit of UNITS) {
      expect(unit.code).toMatch(/^(\d{2}|\d{4}|\d{6}[123])$/);
      expect(unit.name.trim()).toBe(unit.name);
      expect(unit.name.length).toBeGreaterThan(1);
    }
    const count = (predicate: (code: string) => boolean) => codes.filter(predicate).length;
    expect(count((code) => code.length === 2)).toBe(16);
    // GUS counts cities with powiat rights among gminas (miejskie) and among powiats.
    const cities = count((code) => code.length === 4 && Number(code.slice(2)) >= 61);
    expect(cities).toBe(66);
    expect(count((code) => code.length === 7) + cities).toBe(2479); // gminas on 1 January 2026
    expect(count((code) => code.length === 4) - cities).toBe(314);
    // Every gmina lies in a powiat of the file.
    for (const unit of UNITS.filter((u) => u.code.length === 7)) expect(unit.county).not.toBeNull();
  });

  it("reads codes into unit types and voivodeships", () => {
    expect(unitOfCode("0201022")).toMatchObject({ name: "Bolesławiec", unitType: "GMINA_WIEJSKA", voivodeship: "DOLNOSLASKIE", county: "bolesławiecki" });
    expect(unitOfCode("1261")).toMatchObject({ name: "Kraków", unitType: "POWIAT_GRODZKI", voivodeship: "MALOPOLSKIE" });
    expect(unitOfCode("3201")).toMatchObject({ unitType: "POWIAT", voivodeship: "ZACHODNIOPOMORSKIE" });
    expect(unitOfCode("24")).toMatchObject({ name: "śląskie", unitType: "SAMORZAD_WOJEWODZTWA", voivodeship: "SLASKIE" });
    expect(unitOfCode("0201024")).toBeUndefined();
    expect(unitBand(unitOfCode("0416012")!)).toBe("5-20-tys"); // Cekcyn, about 6,800 residents
    expect(unitBand(unitOfCode("1261")!)).toBe("ponad-500-tys");
    // The voivodeship of a code agrees with the register's own name of the voivodeship.
    for (const unit of UNITS.filter((u) => u.code.length === 2)) expect(VOIVODESHIPS[unit.voivodeship].label).toBe(unit.name);
  });

  it("finds units by the start of any word of their name, without diacritics too", () => {
    const labels = unitsMatching("boleslaw", 10).map(unitLabel);
    expect(labels).toContain("Bolesławiec – gmina miejska, powiat bolesławiecki, woj. dolnośląskie");
    expect(labels).toContain("Bolesławiec – gmina wiejska, powiat bolesławiecki, woj. dolnośląskie");
    expect(unitsMatching("biała", 50).map((unit) => unit.name)).toContain("Bielsko-Biała");
    expect(unitsMatching("  ", 10)).toEqual([]);
    expect(unitsMatching("a", 5)).toHaveLength(5);
  });
});
