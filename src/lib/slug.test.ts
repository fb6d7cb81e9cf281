import { describe, expect, it } from "vitest";
import { SLUG_PATTERN, slugify } from "./slug";

describe("slugify", () => {
  it.each([
    ["Pomoc społeczna", "pomoc-spoleczna"],
    ["śląskie", "slaskie"],
    ["Współpraca JST–NGO", "wspolpraca-jst-ngo"],
    ["Łódź, Żółć i Źdźbło", "lodz-zolc-i-zdzblo"],
    ["  ZAŻÓŁĆ gęślą JAŹŃ!  ", "zazolc-gesla-jazn"],
    ["Systemowy Projekt Aktywizacji – SPA w Bytomiu w roku 2011", "systemowy-projekt-aktywizacji-spa-w-bytomiu-w-roku-2011"],
    ["café \"naïve\"", "cafe-naive"],
  ])("turns %j into %j", (input, expected) => {
    expect(slugify(input)).toBe(expected);
    expect(expected).toMatch(SLUG_PATTERN);
  });

  it("returns an empty string when nothing is left", () => {
    expect(slugify("—")).toBe("");
  });
});
