import { describe, expect, it } from "vitest";
import { sessionTokenHash } from "@/features/auth/session-token";
import { adminGate, isAdminAddress } from "./admin-gate";

const LIVE = "L".repeat(43);
const DEAD = "D".repeat(43);
const isLive = async (hash: string) => hash === sessionTokenHash(LIVE);

function gate(url: string, headers: Record<string, string> = {}, method = "GET") {
  return adminGate({ method, pathname: new URL(url, "http://x").pathname, url, headers }, isLive);
}

describe("adminGate", () => {
  it("leaves the public site and the sign-in page alone", async () => {
    expect(await gate("/")).toBeNull();
    expect(await gate("/praktyki/admin")).toBeNull();
    expect(await gate("/administracja")).toBeNull();
    expect(await gate("/admin/logowanie?powrot=%2Fadmin")).toBeNull();
  });

  it("sends a browser without a live session to the sign-in page, with the way back", async () => {
    expect(await gate("/admin/praktyki/3?x=1")).toEqual({ status: 303, location: "/admin/logowanie?powrot=%2Fadmin%2Fpraktyki%2F3%3Fx%3D1" });
    expect(await gate("/admin", { cookie: `__Host-bdp-sesja=${DEAD}` })).toEqual({ status: 303, location: "/admin/logowanie?powrot=%2Fadmin" });
    expect(await gate("/admin", { cookie: "__Host-bdp-sesja=nonsense" })).toEqual({ status: 303, location: "/admin/logowanie?powrot=%2Fadmin" });
  });

  it("answers 401 to RSC payloads and prefetches", async () => {
    expect(await gate("/admin", { rsc: "1" })).toEqual({ status: 401 });
    expect(await gate("/admin", { "next-router-prefetch": "1" })).toEqual({ status: 401 });
    expect(await gate("/admin.rsc")).toEqual({ status: 401 });
    expect(await gate("/admin/dziennik?_rsc=abc")).toEqual({ status: 401 });
  });

  it("lets a live session through to the pages' own checks", async () => {
    expect(await gate("/admin", { cookie: `a=b; __Host-bdp-sesja=${LIVE}` })).toBeNull();
  });

  it("leaves the page's server-action calls to the actions, which refuse them themselves", async () => {
    expect(await gate("/admin/praktyki/3", { "next-action": "7f3a9c" }, "POST")).toBeNull();
  });

  it("gates every other request without a live session like a read", async () => {
    expect(await gate("/admin/praktyki/3", { rsc: "1" }, "POST")).toEqual({ status: 401 });
    expect(await gate("/admin/praktyki/3", {}, "POST")).toEqual({ status: 303, location: "/admin/logowanie?powrot=%2Fadmin%2Fpraktyki%2F3" });
    expect(await gate("/admin/praktyki/3/zalaczniki/wyslij", { accept: "application/json" }, "POST")).toEqual({ status: 401 });
    expect(await gate("/admin/kategorie/1", {}, "DELETE")).toEqual({ status: 303, location: "/admin/logowanie?powrot=%2Fadmin%2Fkategorie%2F1" });
    expect(await gate("/admin/praktyki/3", { "next-action": "7f3a9c" }, "PUT")).toEqual({ status: 303, location: "/admin/logowanie?powrot=%2Fadmin%2Fpraktyki%2F3" });
    expect(await gate("/admin/praktyki/3", { cookie: `__Host-bdp-sesja=${LIVE}` }, "POST")).toBeNull();
  });
});

describe("isAdminAddress", () => {
  it("knows the admin area, its sign-in page included, and nothing that only starts alike", () => {
    for (const path of ["/admin", "/admin/", "/admin/praktyki/1/zalaczniki/1", "/admin/logowanie", "/admin.rsc"]) expect(isAdminAddress(path), path).toBe(true);
    for (const path of ["/", "/administracja", "/praktyki/admin"]) expect(isAdminAddress(path), path).toBe(false);
  });
});
