import { describe, expect, it } from "vitest";
import { securityHeaders } from "./security-headers";

function directives(csp: string): Map<string, string> {
  return new Map(csp.split(";").map((part) => {
    const [name, ...sources] = part.trim().split(/\s+/);
    return [name!, sources.join(" ")];
  }));
}

describe("securityHeaders", () => {
  it("gives public pages a policy without nonces, and the mandatory directives", () => {
    const { response, nonce } = securityHeaders({ pathname: "/praktyki/x", https: false, dev: false });
    expect(nonce).toBeNull();
    const csp = directives(response["content-security-policy"]!);
    expect(csp.get("object-src")).toBe("'none'");
    expect(csp.get("base-uri")).toBe("'none'");
    expect(csp.get("frame-ancestors")).toBe("'none'");
    expect(response["x-content-type-options"]).toBe("nosniff");
    expect(response["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(response["strict-transport-security"]).toBeUndefined();
  });

  it("never sends the address of a page with a secret link to another site", () => {
    for (const pathname of ["/zgloszenie/abc", "/zgloszenie/abc/jednostka", "/zglos-praktyke/potwierdz/abc"]) {
      expect(securityHeaders({ pathname, https: false, dev: false }).response["referrer-policy"], pathname).toBe("same-origin");
    }
    expect(securityHeaders({ pathname: "/zglos-praktyke", https: false, dev: false }).response["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  });

  it("gives the admin scripts only with a fresh nonce", () => {
    const first = securityHeaders({ pathname: "/admin/praktyki/1", https: false, dev: false });
    const second = securityHeaders({ pathname: "/admin", https: false, dev: false });
    expect(first.nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
    expect(first.nonce).not.toBe(second.nonce);
    const csp = directives(first.response["content-security-policy"]!);
    expect(csp.get("script-src")).toBe(`'nonce-${first.nonce}' 'strict-dynamic'`);
    expect(csp.get("style-src")).toBe(`'self' 'nonce-${first.nonce}'`);
  });

  it("adds HSTS and upgrades insecure requests only over HTTPS", () => {
    const { response } = securityHeaders({ pathname: "/", https: true, dev: false });
    expect(response["strict-transport-security"]).toBe("max-age=31536000");
    expect(response["content-security-policy"]).toContain("upgrade-insecure-requests");
  });
});
