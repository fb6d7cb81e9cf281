import { describe, expect, it } from "vitest";
import { delayAfterFailure } from "./throttle-policy";

describe("delayAfterFailure", () => {
  it("lets an account mistype four times, then doubles the wait up to 15 minutes", () => {
    expect([1, 2, 3, 4].map((n) => delayAfterFailure("konto", n))).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8].map((n) => delayAfterFailure("konto", n))).toEqual([30, 60, 120, 240]);
    expect(delayAfterFailure("konto", 50)).toBe(900);
  });

  it("gives one address (an office) more room", () => {
    expect(delayAfterFailure("ip", 29)).toBe(0);
    expect(delayAfterFailure("ip", 30)).toBe(30);
  });
});
