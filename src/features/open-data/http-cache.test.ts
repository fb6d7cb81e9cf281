import { describe, expect, it } from "vitest";
import { cacheableResponse, etagOf, isNotModified } from "./http-cache";

const lastModified = new Date("2026-11-23T10:15:30.700Z");
const etag = etagOf("body");
const get = (headers: Record<string, string>, method = "GET") => new Request("http://localhost/api/kategorie", { method, headers });

describe("isNotModified", () => {
  it("matches If-None-Match weakly, in a list, and *", () => {
    expect(isNotModified(get({ "if-none-match": etag }), { etag, lastModified })).toBe(true);
    expect(isNotModified(get({ "if-none-match": etag.replace("W/", "") }), { etag, lastModified })).toBe(true);
    expect(isNotModified(get({ "if-none-match": `W/"other", ${etag}` }), { etag, lastModified })).toBe(true);
    expect(isNotModified(get({ "if-none-match": "*" }), { etag, lastModified })).toBe(true);
    expect(isNotModified(get({ "if-none-match": 'W/"other"' }), { etag, lastModified })).toBe(false);
  });

  it("compares If-Modified-Since in whole seconds, and only without If-None-Match", () => {
    expect(isNotModified(get({ "if-modified-since": lastModified.toUTCString() }), { etag, lastModified })).toBe(true);
    expect(isNotModified(get({ "if-modified-since": new Date(lastModified.getTime() - 1000).toUTCString() }), { etag, lastModified })).toBe(false);
    expect(isNotModified(get({ "if-modified-since": "not a date" }), { etag, lastModified })).toBe(false);
    const both = { "if-none-match": 'W/"other"', "if-modified-since": lastModified.toUTCString() };
    expect(isNotModified(get(both), { etag, lastModified })).toBe(false);
  });

  it("never applies to other methods", () => {
    expect(isNotModified(get({ "if-none-match": "*" }, "POST"), { etag, lastModified })).toBe(false);
  });
});

describe("cacheableResponse", () => {
  it("sends validators, CORS and caching with the content, and only those with a 304", async () => {
    const options = { contentType: "application/json", cacheControl: "public, max-age=60" };
    const full = cacheableResponse(get({}), "{}", { etag, lastModified }, options);
    expect(full.status).toBe(200);
    expect(Object.fromEntries(full.headers)).toMatchObject({
      etag,
      "last-modified": "Mon, 23 Nov 2026 10:15:30 GMT",
      "access-control-allow-origin": "*",
      "cache-control": "public, max-age=60",
      "content-type": "application/json",
    });
    const notModified = cacheableResponse(get({ "if-none-match": etag }), "{}", { etag, lastModified }, options);
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get("etag")).toBe(etag);
    expect(notModified.headers.get("content-type")).toBeNull();
    expect(await notModified.text()).toBe("");
  });

  it("withholds a Last-Modified whose second is not over: a later change in it would look unmodified", () => {
    const options = { contentType: "application/json", cacheControl: "public, max-age=60" };
    const now = cacheableResponse(get({}), "{}", { etag, lastModified: new Date(Date.now() + 500) }, options);
    expect(now.headers.get("last-modified")).toBeNull();
    expect(now.headers.get("etag")).toBe(etag);
  });
});
