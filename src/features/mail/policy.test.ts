import { describe, expect, it } from "vitest";
import { RETRY_DELAYS_SECONDS, retryDelaySeconds } from "./policy";

describe("retryDelaySeconds", () => {
  it("backs off from a minute to twelve hours, then gives up after the eighth attempt", () => {
    const delays = [1, 2, 3, 4, 5, 6, 7, 8].map((attempts) => retryDelaySeconds(attempts));
    expect(delays).toEqual([60, 300, 900, 3_600, 10_800, 21_600, 43_200, null]);
    expect(RETRY_DELAYS_SECONDS.reduce((sum, delay) => sum + delay, 0) / 3_600).toBeCloseTo(22.35, 1);
  });

  it("follows a schedule it is given", () => {
    expect(retryDelaySeconds(1, [0.5])).toBe(0.5);
    expect(retryDelaySeconds(2, [0.5])).toBeNull();
    expect(retryDelaySeconds(0, [0.5])).toBeNull();
  });
});
