import { describe, expect, it } from "vitest";
import { adminGate } from "./admin-gate";

const TOKEN = "A".repeat(43);

function gate(url: string, headers: Record<string, string> = {}, method = "GET") {
  return adminGate({ method, pathname: new URL(url, "http://x").pathname, url, headers });
}

describe("adminGate", () => {
  it("leaves the public site and the sign-in page alone", () => {
    expect(gate("/")).toBeNull();
    expect(gate("/praktyki/admin")).toBeNull();
    expect(gate("/administracja")).toBeNull();
    expect(gate("/admin/logowanie?powrot=%2Fadmin")).toBeNull();
  });

  it("sends a browser without a session cookie to the sign-in page, with the way back", () => {
    expect(gate("/admin/praktyki/3?x=1")).toEqual({ status: 303, location: "/admin/logowanie?powrot=%2Fadmin%2Fpraktyki%2F3%3Fx%3D1" });
    expect(gate("/admin")).toEqual({ status: 303, location: "/admin/logowanie?powrot=%2Fadmin" });
  });

  it("answers 401 to RSC payloads and prefetches", () => {
    expect(gate("/admin", { rsc: "1" })).toEqual({ status: 401 });
    expect(gate("/admin", { "next-router-prefetch": "1" })).toEqual({ status: 401 });
    expect(gate("/admin.rsc")).toEqual({ status: 401 });
    expect(gate("/admin/dziennik?_rsc=abc")).toEqual({ status: 401 });
  });

  it("lets a request with a well-formed session cookie through to the pages' own checks", () => {
    expect(gate("/admin", { cookie: `a=b; __Host-bdp-sesja=${TOKEN}` })).toBeNull();
    expect(gate("/admin", { cookie: "__Host-bdp-sesja=nonsense" })).toEqual({ status: 303, location: "/admin/logowanie?powrot=%2Fadmin" });
  });

  it("leaves POSTs to server actions and route handlers, which answer themselves", () => {
    expect(gate("/admin/praktyki/3", {}, "POST")).toBeNull();
  });
});
