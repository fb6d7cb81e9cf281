import { describe, expect, it } from "vitest";
import { loggedPath, routeGroupOf } from "./route-group";

describe("routeGroupOf", () => {
  it.each([
    ["/", "home"],
    ["/kategorie/pomoc-spoleczna", "category"],
    ["/kategorie/pomoc-spoleczna/widok/tytul", "category"],
    ["/praktyki/rewitalizacja-bytomia", "practice"],
    ["/praktyki/rewitalizacja-bytomia/zalaczniki/12", "practice"],
    ["/szukaj", "search"],
    ["/szukaj.csv", "search"],
    ["/api/praktyki", "api"],
    ["/api/wewnetrzne/odswiez", "api"],
    ["/api/zdrowie", "health"],
    ["/api/gotowosc", "health"],
    ["/admin", "admin"],
    ["/admin/praktyki/7", "admin"],
    ["/_next/static/chunks/app.js", "static"],
    ["/icon.svg", "static"],
    ["/metrics", "metrics"],
    ["/o-banku", "other"],
    ["/kanaly/szukaj.xml", "other"],
    ["/kategorie", "other"],
    ["/administracja", "other"],
    ["/szukaj/cokolwiek", "other"],
  ] as const)("%s → %s", (pathname, group) => {
    expect(routeGroupOf(pathname)).toBe(group);
  });

  it("puts an unreadable URL in other", () => {
    expect(routeGroupOf(null)).toBe("other");
  });
});

describe("loggedPath", () => {
  it("keeps ordinary paths as they are", () => {
    expect(loggedPath("/praktyki/rewitalizacja-bytomia")).toBe("/praktyki/rewitalizacja-bytomia");
    expect(loggedPath("/szukaj")).toBe("/szukaj");
  });

  it.each([
    ["/zgloszenie/Xk3_9aQ-TbZ1", "/zgloszenie/:token"],
    ["/zgloszenie/Xk3_9aQ-TbZ1/jednostka", "/zgloszenie/:token/jednostka"],
    ["/obserwuj/potwierdz/abc", "/obserwuj/potwierdz/:token"],
    ["/obserwuj/wypisz/abc", "/obserwuj/wypisz/:token"],
    ["/obserwuj/wypisanie/abc", "/obserwuj/wypisanie/:token"],
    ["/wdrozenia/potwierdz/abc", "/wdrozenia/potwierdz/:token"],
    ["/zglos-praktyke/potwierdz/abc", "/zglos-praktyke/potwierdz/:token"],
  ])("masks the private link %s", (pathname, logged) => {
    expect(loggedPath(pathname)).toBe(logged);
  });

  it("cuts a very long path", () => {
    const logged = loggedPath(`/${"a".repeat(5000)}`);
    expect(logged).toHaveLength(201);
    expect(logged.endsWith("…")).toBe(true);
  });
});
