import { describe, expect, it } from "vitest";
import { VOIVODESHIPS } from "@/features/practice/vocabulary";
import registry from "./units.json";
import { UNITS, unitLabel, unitOfCode, unitsMatching } from "./registry";

describe("the TERYT units file", () => {
  it("names its source, date and licence, and says it has no population", () => {
    expect(registry.source).toMatch(/GUS.*TERC/);
    expect(registry.stateDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(registry.licence).toMatch(/\S/);
    expect(registry.population).toMatch(/brak/);
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
