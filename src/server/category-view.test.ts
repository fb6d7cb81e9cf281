import { describe, expect, it } from "vitest";
import { categoryViewUrl } from "./category-view";
import { UNROUTED_PATH } from "./record-gate";

describe("categoryViewUrl", () => {
  it("serves a category's first page, in either order, from the cached route", () => {
    expect(categoryViewUrl("/kategorie/kultura", "/kategorie/kultura")).toBe("/kategorie/kultura/widok/najnowsze");
    expect(categoryViewUrl("/kategorie/kultura/", "/kategorie/kultura/?strona=1")).toBe("/kategorie/kultura/widok/najnowsze?strona=1");
    expect(categoryViewUrl("/kategorie/kultura", "/kategorie/kultura?sort=tytul")).toBe("/kategorie/kultura/widok/tytul?sort=tytul");
    // As on the page itself: an unknown order means the default, junk page numbers the first page.
    expect(categoryViewUrl("/kategorie/kultura", "/kategorie/kultura?sort=%3Cx%3E&strona=-1")).toBe("/kategorie/kultura/widok/najnowsze?sort=%3Cx%3E&strona=-1");
    expect(categoryViewUrl("/kategorie/kultura", "/kategorie/kultura?_rsc=abc")).toBe("/kategorie/kultura/widok/najnowsze?_rsc=abc");
    // Filters whose values are unknown filter nothing: still the first page.
    expect(categoryViewUrl("/kategorie/kultura", "/kategorie/kultura?wojewodztwo=mars")).toBe("/kategorie/kultura/widok/najnowsze?wojewodztwo=mars");
    expect(categoryViewUrl("/kategorie/kultura", "/kategorie/kultura?sort=najczesciej-wdrazane")).toBe(
      "/kategorie/kultura/widok/najczesciej-wdrazane?sort=najczesciej-wdrazane",
    );
  });

  it("leaves later pages, narrowed listings and other addresses to be rendered per request", () => {
    expect(categoryViewUrl("/kategorie/kultura", "/kategorie/kultura?strona=2&sort=tytul")).toBe("/kategorie/kultura?strona=2&sort=tytul");
    expect(categoryViewUrl("/kategorie/kultura", "/kategorie/kultura?wojewodztwo=slaskie")).toBe("/kategorie/kultura?wojewodztwo=slaskie");
    expect(categoryViewUrl("/kategorie/kultura", "/kategorie/kultura?q=teatr")).toBe("/kategorie/kultura?q=teatr");
    expect(categoryViewUrl("/kategorie/kultura", "/kategorie/kultura?wdrozone=tak&sort=tytul")).toBe("/kategorie/kultura?wdrozone=tak&sort=tytul");
    expect(categoryViewUrl("/szukaj", "/szukaj?q=kultura")).toBe("/szukaj?q=kultura");
    expect(categoryViewUrl("/praktyki/x", "/praktyki/x")).toBe("/praktyki/x");
  });

  it("keeps the record gate's refusal of an unknown category", () => {
    expect(categoryViewUrl("/kategorie/nie-ma", UNROUTED_PATH)).toBe(UNROUTED_PATH);
  });

  it("refuses the cached route's own address from outside", () => {
    expect(categoryViewUrl("/kategorie/kultura/widok/najnowsze", "/kategorie/kultura/widok/najnowsze")).toBe(UNROUTED_PATH);
    expect(categoryViewUrl("/kategorie/nie-ma/widok/cokolwiek", "/kategorie/nie-ma/widok/cokolwiek")).toBe(UNROUTED_PATH);
    expect(categoryViewUrl("/kategorie/kultura/widok", "/kategorie/kultura/widok")).toBe(UNROUTED_PATH);
  });
});
