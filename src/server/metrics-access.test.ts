import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { addressMatcher, metricsAccess } from "./metrics-access";

const networks = (list?: string) => parseEnv({ NODE_ENV: "test", ...(list === undefined ? {} : { METRICS_ALLOW: list }) }).METRICS_ALLOW;

function request(remoteAddress: string, headers: Record<string, string> = {}): IncomingMessage {
  return { socket: { remoteAddress }, headers } as unknown as IncomingMessage;
}

describe("addressMatcher", () => {
  it("allows only loopback by default", () => {
    const allowed = addressMatcher(networks());
    expect(allowed("127.0.0.1")).toBe(true);
    expect(allowed("::1")).toBe(true);
    expect(allowed("::ffff:127.0.0.1")).toBe(true);
    expect(allowed("127.0.0.2")).toBe(false);
    expect(allowed("10.0.0.1")).toBe(false);
    expect(allowed("::2")).toBe(false);
    expect(allowed(undefined)).toBe(false);
  });

  it("matches CIDR networks at their edges", () => {
    const allowed = addressMatcher(networks("10.1.0.0/16,fd00:1::/32"));
    expect(allowed("10.1.0.0")).toBe(true);
    expect(allowed("10.1.255.255")).toBe(true);
    expect(allowed("::ffff:10.1.2.3")).toBe(true);
    expect(allowed("10.2.0.0")).toBe(false);
    expect(allowed("10.0.255.255")).toBe(false);
    expect(allowed("fd00:1:ffff::1")).toBe(true);
    expect(allowed("fd00:2::1")).toBe(false);
    expect(allowed("127.0.0.1")).toBe(false);
  });

  it("allows nobody with an empty list", () => {
    const allowed = addressMatcher(networks(""));
    expect(allowed("127.0.0.1")).toBe(false);
    expect(allowed("::1")).toBe(false);
  });

  it("refuses what is not an address", () => {
    const allowed = addressMatcher(networks("0.0.0.0/0"));
    expect(allowed("10.0.0.1")).toBe(true);
    expect(allowed("not an address")).toBe(false);
  });
});

describe("metricsAccess", () => {
  it("decides on the socket's address, not X-Forwarded-For", () => {
    const access = metricsAccess(networks(), false);
    expect(access(request("127.0.0.1"))).toBe(true);
    expect(access(request("203.0.113.9", { "x-forwarded-for": "127.0.0.1" }))).toBe(false);
    // Without a trusted proxy the header is anybody's words and changes nothing.
    expect(access(request("127.0.0.1", { "x-forwarded-for": "203.0.113.9" }))).toBe(true);
  });

  it("behind a trusted proxy, refuses what came through it, even from loopback", () => {
    const access = metricsAccess(networks(), true);
    expect(access(request("127.0.0.1", { "x-forwarded-for": "203.0.113.9" }))).toBe(false);
    expect(access(request("127.0.0.1", { "x-forwarded-for": "127.0.0.1" }))).toBe(false);
    expect(access(request("127.0.0.1"))).toBe(true);
  });
});
