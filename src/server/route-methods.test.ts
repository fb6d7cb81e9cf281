import { describe, expect, it } from "vitest";
import { crossOriginActionRefusal, methodRefusal } from "./request-refusal";
import { allowedMethods, methodsOfHandler, readRouteMethods, routePattern } from "./route-methods";

// Read from the real src/app: the table must follow the route handlers as they are written.
const routes = readRouteMethods();

describe("route methods", () => {
  it("reads a handler's exported methods, with HEAD for GET and OPTIONS always", () => {
    expect(methodsOfHandler("export async function GET() {}\nexport function OPTIONS() {}")).toEqual(["GET", "HEAD", "OPTIONS"]);
    expect(methodsOfHandler("export async function POST(request: Request) {}")).toEqual(["POST", "OPTIONS"]);
  });

  it("turns folders into patterns without route groups", () => {
    const { pattern } = routePattern("(public)/praktyki/[slug]/zalaczniki/[id]");
    expect(pattern.test("/praktyki/rower-miejski/zalaczniki/12")).toBe(true);
    expect(pattern.test("/praktyki/rower-miejski")).toBe(false);
    expect(routePattern("api/[...sciezka]").pattern.test("/api/a/b")).toBe(true);
  });

  it("knows the site's addresses, the most specific route first", () => {
    expect(allowedMethods(routes, "/api/praktyki")).toEqual(["GET", "HEAD", "OPTIONS"]);
    expect(allowedMethods(routes, "/api/wewnetrzne/odswiez")).toEqual(["POST", "OPTIONS"]);
    expect(allowedMethods(routes, "/api/nie-ma-takiego")).toEqual(["GET", "HEAD", "OPTIONS"]);
    expect(allowedMethods(routes, "/obserwuj/wypisz/abc")).toEqual(["GET", "HEAD", "POST", "OPTIONS"]);
    expect(allowedMethods(routes, "/praktyki/rower-miejski")).toEqual(["GET", "HEAD", "POST"]);
    expect(allowedMethods(routes, "/_next/static/chunks/app.js")).toEqual(["GET", "HEAD"]);
    // A page beside a catch-all route handler is more specific than it.
    expect(allowedMethods(routes, "/api/problemy/nie-znaleziono")).toEqual(["GET", "HEAD", "POST"]);
  });

  it("refuses other methods with 405 and an Allow header", () => {
    const refusal = methodRefusal(routes, { method: "TRACE", pathname: "/api/praktyki", headers: {} });
    expect(refusal).toMatchObject({ status: 405, headers: { allow: "GET, HEAD, OPTIONS" } });
    expect(methodRefusal(routes, { method: "DELETE", pathname: "/", headers: {} })).toMatchObject({ status: 405, headers: { allow: "GET, HEAD, POST" } });
    expect(methodRefusal(routes, { method: "GET", pathname: "/", headers: {} })).toBeNull();
  });

  it("refuses a page's POST from another origin, as Next compares hosts", () => {
    const post = (headers: Record<string, string>) => crossOriginActionRefusal(routes, { method: "POST", pathname: "/zglos-praktyke", headers });
    expect(post({ host: "bdp.example.pl", origin: "https://zly.example.com" })?.status).toBe(403);
    expect(post({ host: "bdp.example.pl", origin: "null" })?.status).toBe(403);
    expect(post({ host: "bdp.example.pl", origin: "https://bdp.example.pl" })).toBeNull();
    expect(post({ host: "bdp.example.pl" })).toBeNull();
    expect(crossOriginActionRefusal(routes, { method: "POST", pathname: "/api/wewnetrzne/odswiez", headers: { host: "a", origin: "http://b" } })).toBeNull();
  });
});
