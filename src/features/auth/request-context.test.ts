import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./request-context";

const PUBLIC = "https://bdp.gmina.example.pl";

function post(headers: Record<string, string>): Request {
  return new Request("http://localhost/admin/praktyki/1/zalaczniki/wyslij", { method: "POST", headers });
}

describe("isSameOrigin", () => {
  it("accepts the origin the front saw the request addressed to, or the public one", () => {
    expect(isSameOrigin(post({ origin: "http://localhost:3000", "x-bdp-request-origin": "http://localhost:3000" }), PUBLIC)).toBe(true);
    expect(isSameOrigin(post({ origin: PUBLIC, "x-bdp-request-origin": "http://10.0.0.5:3000" }), PUBLIC)).toBe(true);
    expect(isSameOrigin(post({ origin: PUBLIC }), PUBLIC)).toBe(true);
  });

  it("compares scheme and port too, not only the host", () => {
    const own = { "x-bdp-request-origin": "https://bdp.example.pl" };
    expect(isSameOrigin(post({ ...own, origin: "http://bdp.example.pl" }), PUBLIC)).toBe(false);
    expect(isSameOrigin(post({ ...own, origin: "https://bdp.example.pl:8443" }), PUBLIC)).toBe(false);
    expect(isSameOrigin(post({ ...own, origin: "https://bdp.example.pl.evil.example" }), PUBLIC)).toBe(false);
  });

  it("refuses a missing, opaque or foreign Origin, whatever forwarded headers claim", () => {
    const own = { "x-bdp-request-origin": "http://localhost:3000" };
    expect(isSameOrigin(post(own), PUBLIC)).toBe(false);
    expect(isSameOrigin(post({ ...own, origin: "null" }), PUBLIC)).toBe(false);
    expect(isSameOrigin(post({ ...own, origin: "https://evil.example", "x-forwarded-host": "evil.example", host: "evil.example" }), PUBLIC)).toBe(false);
  });
});
