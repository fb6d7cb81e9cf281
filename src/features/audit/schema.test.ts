import { describe, expect, it } from "vitest";
import { auditFiltersSchema, warsawMidnight } from "./schema";

describe("warsawMidnight", () => {
  it("knows winter and summer time", () => {
    expect(warsawMidnight("2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(warsawMidnight("2026-07-15").toISOString()).toBe("2026-07-14T22:00:00.000Z");
  });
});

describe("auditFiltersSchema", () => {
  it("reads the filters and ignores nonsense", () => {
    expect(auditFiltersSchema.parse({ rodzaj: "login-failed", konto: "3", od: "2026-11-01", strona: "2" })).toMatchObject({
      rodzaj: "LOGIN_FAILED", konto: 3, od: "2026-11-01", strona: 2,
    });
    expect(auditFiltersSchema.parse({ rodzaj: "DROP", konto: "x", od: "2026-13-45", praktyka: "-1" })).toEqual({ strona: 1 });
  });
});
