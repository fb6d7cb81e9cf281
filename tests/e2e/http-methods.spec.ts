import { expect, test } from "./support/fixtures";
import { rawRequest } from "./support/raw-http";
import { BYTOM_SPA } from "./support/reference-practices";

// Methods an address does not serve get 405 with an Allow header, and a server action posted from
// another site gets 403, never a 500 (src/server/request-refusal.ts). Real HTTP to the running site.

const PRACTICE = `/praktyki/${BYTOM_SPA.slug}`;

test.describe("HTTP methods", () => {
  const cases: { method: string; path: string; allow: string }[] = [
    { method: "TRACE", path: "/api/praktyki", allow: "GET, HEAD, OPTIONS" },
    { method: "TRACE", path: "/", allow: "GET, HEAD, POST" },
    { method: "PUT", path: PRACTICE, allow: "GET, HEAD, POST" },
    { method: "DELETE", path: "/szukaj", allow: "GET, HEAD, POST" },
    { method: "PATCH", path: "/api/praktyki", allow: "GET, HEAD, OPTIONS" },
    { method: "DELETE", path: `/api/praktyki/${BYTOM_SPA.slug}`, allow: "GET, HEAD, OPTIONS" },
    { method: "GET", path: "/api/wewnetrzne/odswiez", allow: "POST, OPTIONS" },
    { method: "PROPFIND", path: "/kanaly/praktyki.xml", allow: "GET, HEAD, OPTIONS" },
    { method: "POST", path: "/sitemap.xml", allow: "GET, HEAD, OPTIONS" },
  ];
  for (const { method, path, allow } of cases) {
    test(`${method} ${path} answers 405 with Allow: ${allow}`, async ({ baseURL }) => {
      const response = await rawRequest(baseURL!, method, path);
      expect(response.status).toBe(405);
      expect(response.headers.allow).toBe(allow);
      expect(response.body).toContain("metoda");
    });
  }

  test("an admin address answers a stranger with the sign-in page whatever the method, naming none", async ({ baseURL }) => {
    const response = await rawRequest(baseURL!, "TRACE", "/admin/praktyki/1/zalaczniki/1");
    expect(response.status).toBe(303);
    expect(response.headers.allow).toBeUndefined();
  });

  test("the methods an address serves still reach it", async ({ baseURL }) => {
    expect((await rawRequest(baseURL!, "GET", PRACTICE)).status).toBe(200);
    expect((await rawRequest(baseURL!, "HEAD", "/api/praktyki")).status).toBe(200);
    expect((await rawRequest(baseURL!, "OPTIONS", "/api/praktyki")).status).toBe(204);
  });
});

test.describe("Server actions from another site", () => {
  for (const [kind, headers, body] of [
    ["fetch action", { "next-action": "7f00aa00aa00aa00aa00aa00aa00aa00aa00aa00aa", "content-type": "text/plain;charset=UTF-8" }, "[]"],
    ["form without JavaScript", { "content-type": "application/x-www-form-urlencoded" }, "%24ACTION_ID_7f00aa=&tytul=x"],
  ] as const) {
    test(`a ${kind} with a foreign Origin answers 403 in Polish`, async ({ baseURL }) => {
      const response = await rawRequest(baseURL!, "POST", "/zglos-praktyke", { ...headers, origin: "https://zla-strona.example.com" }, body);
      expect(response.status).toBe(403);
      expect(response.body).toContain("z innej witryny");
    });
  }

  test("the same action from the site itself is not refused by the front", async ({ baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const response = await rawRequest(baseURL!, "POST", "/zglos-praktyke", {
      "next-action": "7f00aa00aa00aa00aa00aa00aa00aa00aa00aa00aa",
      "content-type": "text/plain;charset=UTF-8",
      origin,
    }, "[]");
    // Next's own answer to an unknown action: not the front's 403, and not a 500.
    expect(response.status).not.toBe(403);
    expect(response.status).toBeLessThan(500);
  });
});
