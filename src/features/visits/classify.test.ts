import { describe, expect, it } from "vitest";
import { isCandidateView, isPageResponse, practiceSlugOf, type RequestFacts } from "./classify";

const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";

function facts(overrides: Partial<RequestFacts> & { ua?: string; extra?: Record<string, string> } = {}): RequestFacts {
  return {
    method: overrides.method ?? "GET",
    pathname: overrides.pathname ?? "/praktyki/przyklad",
    headers: { "user-agent": overrides.ua ?? BROWSER, ...overrides.extra },
  };
}

describe("isCandidateView", () => {
  it("accepts a browser's GET of a page", () => {
    expect(isCandidateView(facts())).toBe(true);
    expect(isCandidateView(facts({ pathname: "/" }))).toBe(true);
  });

  it.each(["/mapa", "/statystyki", "/publikacje", "/inne-bazy", "/polityka-prywatnosci", "/deklaracja-dostepnosci"])(
    "accepts the content page %s",
    (pathname) => {
      expect(isCandidateView(facts({ pathname }))).toBe(true);
    },
  );

  it.each([
    ["HEAD", facts({ method: "HEAD" })],
    ["POST", facts({ method: "POST" })],
    ["Googlebot", facts({ ua: "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" })],
    ["bingbot", facts({ ua: "Mozilla/5.0 (compatible; bingbot/2.0)" })],
    ["curl", facts({ ua: "curl/8.5.0" })],
    ["no user agent", facts({ ua: "" })],
    ["headless browser", facts({ ua: "Mozilla/5.0 HeadlessChrome/131.0" })],
    ["Purpose: prefetch", facts({ extra: { purpose: "prefetch" } })],
    ["Sec-Purpose: prefetch;prerender", facts({ extra: { "sec-purpose": "prefetch;prerender" } })],
    ["Next-Router-Prefetch", facts({ extra: { "next-router-prefetch": "1" } })],
    ["Next.js assets", facts({ pathname: "/_next/static/chunks/main.js" })],
    ["favicon", facts({ pathname: "/favicon.ico" })],
    ["API", facts({ pathname: "/api/wewnetrzne/liczniki" })],
    ["admin", facts({ pathname: "/admin" })],
    ["attachment download", facts({ pathname: "/praktyki/przyklad/zalaczniki/12" })],
    ["open-data API", facts({ pathname: "/api/praktyki" })],
    ["a practice in the API", facts({ pathname: "/api/praktyki/przyklad" })],
    ["CSV export", facts({ pathname: "/szukaj.csv" })],
    ["Atom feed", facts({ pathname: "/kanaly/praktyki.xml" })],
    ["category feed", facts({ pathname: "/kanaly/kategorie/kultura.xml" })],
    ["voivodeship feed", facts({ pathname: "/kanaly/wojewodztwa/slaskie.xml" })],
    ["sitemap index", facts({ pathname: "/sitemap.xml" })],
    ["sitemap", facts({ pathname: "/sitemaps/praktyki-1.xml" })],
    ["robots.txt", facts({ pathname: "/robots.txt" })],
    ["publication download", facts({ pathname: "/publikacje/3" })],
  ])("rejects %s", (_name, request) => {
    expect(isCandidateView(request)).toBe(false);
  });
});

describe("isPageResponse", () => {
  it("counts HTML and RSC navigations that succeeded", () => {
    expect(isPageResponse(200, "text/html; charset=utf-8")).toBe(true);
    expect(isPageResponse(200, "text/x-component")).toBe(true);
  });

  it("ignores errors, redirects and other types", () => {
    expect(isPageResponse(404, "text/html")).toBe(false);
    expect(isPageResponse(307, "text/html")).toBe(false);
    expect(isPageResponse(200, "application/pdf")).toBe(false);
    expect(isPageResponse(200, undefined)).toBe(false);
  });

  it("counts a browser's revalidation of a page it holds, not of other resources", () => {
    expect(isPageResponse(304, undefined, "text/html,application/xhtml+xml")).toBe(true);
    expect(isPageResponse(304, undefined, "image/avif,image/webp")).toBe(false);
  });
});

describe("practiceSlugOf", () => {
  it("finds the practice behind each of its three views", () => {
    expect(practiceSlugOf("/praktyki/spa-bytom")).toBe("spa-bytom");
    expect(practiceSlugOf("/praktyki/spa-bytom/prezentacja")).toBe("spa-bytom");
    expect(practiceSlugOf("/praktyki/spa-bytom/zalaczniki")).toBe("spa-bytom");
  });

  it("ignores other paths", () => {
    expect(practiceSlugOf("/kategorie/kultura")).toBeNull();
    expect(practiceSlugOf("/praktyki/Zła-Nazwa")).toBeNull();
  });
});
