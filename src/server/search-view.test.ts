import { describe, expect, it } from "vitest";
import { paramsOfSearchViewKey } from "@/features/search/search-view-key";
import { UNROUTED_PATH } from "./record-gate";
import { searchViewUrl } from "./search-view";

const keyOf = (url: string) => /^\/szukaj\/widok\/([^?]+)/.exec(searchViewUrl("/szukaj", url))?.[1] ?? "";

describe("searchViewUrl", () => {
  it("sends every search to the cached route, its query string along", () => {
    expect(searchViewUrl("/szukaj", "/szukaj?q=odpady&_rsc=abc")).toMatch(/^\/szukaj\/widok\/z[\w-]+\?q=odpady&_rsc=abc$/);
    expect(searchViewUrl("/szukaj/", "/szukaj/")).toBe("/szukaj/widok/z");
  });

  it("gives one key to one search, however its address is written", () => {
    const canonical = keyOf("/szukaj?q=odpady&wojewodztwo=slaskie&wojewodztwo=opolskie&strona=2");
    expect(keyOf("/szukaj?strona=2&wojewodztwo=opolskie&q=%20odpady%20&wojewodztwo=slaskie&x=1")).toBe(canonical);
    expect(keyOf("/szukaj?q=odpady&sort=trafnosc&strona=1")).toBe(keyOf("/szukaj?q=odpady"));
    expect(keyOf("/szukaj?wojewodztwo=mars&strona=-3")).toBe(keyOf("/szukaj"));
    expect(keyOf("/szukaj?q=odpady")).not.toBe(keyOf("/szukaj?q=odpady&strona=2"));
  });

  it("keeps words with slashes, dots and percent signs in one path segment, and reads them back", () => {
    const key = keyOf(`/szukaj?q=${encodeURIComponent("50/50 % ../admin „budżet”")}`);
    expect(key).toMatch(/^z[\w-]+$/);
    expect(paramsOfSearchViewKey(key)?.q).toBe("50/50 % ../admin „budżet”");
  });

  it("refuses the cached route's own address from outside, and leaves other addresses alone", () => {
    expect(searchViewUrl("/szukaj/widok/z", "/szukaj/widok/z")).toBe(UNROUTED_PATH);
    expect(searchViewUrl("/szukaj/widok", "/szukaj/widok")).toBe(UNROUTED_PATH);
    expect(searchViewUrl("/szukaj.csv", "/szukaj.csv?q=x")).toBe("/szukaj.csv?q=x");
    expect(searchViewUrl("/praktyki/x", "/praktyki/x")).toBe("/praktyki/x");
    expect(searchViewUrl("/szukajka", "/szukajka")).toBe("/szukajka");
  });
});

describe("paramsOfSearchViewKey", () => {
  it("reads only canonical keys", () => {
    expect(paramsOfSearchViewKey("z")?.q).toBe("");
    // "q=odpady&sort=trafnosc" names the default order: not the canonical key of that search.
    expect(paramsOfSearchViewKey(`z${Buffer.from("q=odpady&sort=trafnosc").toString("base64url")}`)).toBeNull();
    expect(paramsOfSearchViewKey("x")).toBeNull();
    expect(paramsOfSearchViewKey("z%2F")).toBeNull();
    expect(paramsOfSearchViewKey("")).toBeNull();
  });
});
