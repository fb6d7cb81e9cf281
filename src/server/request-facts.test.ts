import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { applyRequestFacts } from "./request-facts";

function request(headers: Record<string, string>, remoteAddress = "203.0.113.5", encrypted = false): IncomingMessage {
  return { headers: { ...headers }, socket: { remoteAddress, encrypted } } as unknown as IncomingMessage;
}

describe("applyRequestFacts", () => {
  it("replaces a client's own claim of its address with the socket's", () => {
    const req = request({ "x-bdp-client-address": "10.0.0.1", "x-forwarded-for": "10.0.0.2" });
    expect(applyRequestFacts(req, false)).toEqual({ https: false });
    expect(req.headers["x-bdp-client-address"]).toBe("203.0.113.5");
  });

  it("behind a trusted proxy takes the entry the proxy added (the last), and its protocol", () => {
    const req = request({ "x-forwarded-for": "10.9.9.9, 198.51.100.7", "x-forwarded-proto": "https" }, "127.0.0.1");
    expect(applyRequestFacts(req, true)).toEqual({ https: true });
    expect(req.headers["x-bdp-client-address"]).toBe("198.51.100.7");
  });

  it("passes on the origin the client addressed, from forwarded headers only behind a trusted proxy", () => {
    const forwarded = { host: "localhost:3000", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", "x-bdp-request-origin": "https://evil.example" };
    const direct = request(forwarded);
    applyRequestFacts(direct, false);
    expect(direct.headers["x-bdp-request-origin"]).toBe("http://localhost:3000");
    const proxied = request({ ...forwarded, "x-forwarded-host": "bdp.gmina.example.pl" }, "127.0.0.1");
    applyRequestFacts(proxied, true);
    expect(proxied.headers["x-bdp-request-origin"]).toBe("https://bdp.gmina.example.pl");
    const tls = request({ host: "bdp.gmina.example.pl:443" }, "203.0.113.5", true);
    applyRequestFacts(tls, false);
    expect(tls.headers["x-bdp-request-origin"]).toBe("https://bdp.gmina.example.pl");
  });

  it("passes on no origin for a Host that is more than a host", () => {
    for (const host of ["evil.example/@localhost", "user@localhost", "localhost:99999", ""]) {
      const req = request({ host, "x-bdp-request-origin": "http://localhost" });
      applyRequestFacts(req, false);
      expect(req.headers["x-bdp-request-origin"], host).toBeUndefined();
    }
  });

  it("knows a TLS socket", () => {
    expect(applyRequestFacts(request({}, "203.0.113.5", true), false)).toEqual({ https: true });
  });
});
