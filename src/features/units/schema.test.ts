import { describe, expect, it } from "vitest";
import { comparableQueryString, isCanonicalQuery, parseComparableQuery } from "./schema";

describe("the query of /gminy-takie-jak-moja", () => {
  it("takes the unit type and voivodeship of a TERYT code, and the band beside it", () => {
    const query = parseComparableQuery({ jednostka: "0201022", typ: "powiat", ludnosc: "5-20-tys" });
    expect(query.errors).toEqual([]);
    expect(query.profile).toEqual({ unitType: "GMINA_WIEJSKA", voivodeship: "DOLNOSLASKIE", band: "5-20-tys" });
    expect(comparableQueryString(query)).toBe("jednostka=0201022&ludnosc=5-20-tys");
  });

  it("presets the band from the unit's population by GUS when none is chosen", () => {
    const query = parseComparableQuery({ jednostka: "0416012" });
    expect(query.profile).toEqual({ unitType: "GMINA_WIEJSKA", voivodeship: "KUJAWSKO_POMORSKIE", band: "5-20-tys" });
    expect(comparableQueryString(query)).toBe("jednostka=0416012");
    expect(parseComparableQuery({ jednostka: "0416012", ludnosc: "" }).profile?.band).toBe("5-20-tys");
    // A unit GUS has no figure for yet (a gmina formed in 2025) has no band until one is chosen.
    expect(parseComparableQuery({ jednostka: "1207132" }).profile?.band).toBeNull();
  });

  it("reads the three selects, an empty one meaning any, and gives one canonical link", () => {
    const query = parseComparableQuery({ ludnosc: "do-5-tys", wojewodztwo: ["slaskie", "opolskie"], typ: "" });
    expect(query.profile).toEqual({ unitType: null, voivodeship: "SLASKIE", band: "do-5-tys" });
    expect(comparableQueryString(query)).toBe("wojewodztwo=slaskie&ludnosc=do-5-tys");
    expect(parseComparableQuery({}).profile).toBeNull();
    expect(parseComparableQuery({}).errors).toEqual([]);
  });

  it("says in Polish what is wrong and shows no results for it", () => {
    const unknownCode = parseComparableQuery({ jednostka: "9999999" });
    expect(unknownCode.profile).toBeNull();
    expect(unknownCode.errors).toEqual([{ field: "typ", message: expect.stringContaining("kodzie TERYT") }]);
    const malformed = parseComparableQuery({ jednostka: "<script>", typ: "metropolia", wojewodztwo: "bawaria", ludnosc: "milion" });
    expect(malformed.errors.map((error) => error.field)).toEqual(["typ", "typ", "wojewodztwo", "ludnosc"]);
    expect(malformed.profile).toBeNull();
  });
});

describe("the shareable address", () => {
  it("is the query itself once it holds only the canonical values, in any order", () => {
    expect(isCanonicalQuery({ ludnosc: "do-5-tys", jednostka: "0201022" }, "jednostka=0201022&ludnosc=do-5-tys")).toBe(true);
    expect(isCanonicalQuery({ jednostka: "0201022", typ: "gmina-wiejska", ludnosc: "" }, "jednostka=0201022")).toBe(false);
  });
});
