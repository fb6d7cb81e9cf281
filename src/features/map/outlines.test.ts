import { describe, expect, it } from "vitest";
import { ALL_VOIVODESHIPS } from "@/features/practice/vocabulary";
import { LABEL_POSITIONS, REGION_RINGS, regionRing, stepEnds } from "./outlines";

/** Ray casting: is the point inside the polygon? */
function inside([x, y]: readonly [number, number], ring: (readonly [number, number])[]): boolean {
  let result = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) result = !result;
  }
  return result;
}

/** Shoelace area in square degrees (sign = orientation). */
function area(ring: (readonly [number, number])[]): number {
  return ring.reduce((sum, [x1, y1], i) => {
    const [x2, y2] = ring[(i + 1) % ring.length]!;
    return sum + (x1 * y2 - x2 * y1) / 2;
  }, 0);
}

describe("voivodeship outlines", () => {
  it("close every ring: each chain starts where the previous one ended", () => {
    for (const voivodeship of ALL_VOIVODESHIPS) {
      const steps = REGION_RINGS[voivodeship];
      steps.forEach((step, index) => {
        const next = steps[(index + 1) % steps.length]!;
        expect(stepEnds(step)[1], `${voivodeship}, step ${index}`).toBe(stepEnds(next)[0]);
      });
    }
  });

  it("use every inner border twice, in opposite directions, and the country border once", () => {
    const uses = new Map<object, number[]>();
    for (const voivodeship of ALL_VOIVODESHIPS) {
      for (const [chain, direction] of REGION_RINGS[voivodeship]) uses.set(chain, [...(uses.get(chain) ?? []), direction]);
    }
    for (const directions of uses.values()) {
      expect(directions.length === 1 || (directions.length === 2 && directions[0] === -directions[1]!)).toBe(true);
    }
  });

  it("put each label inside its own region and no other", () => {
    for (const voivodeship of ALL_VOIVODESHIPS) {
      const containing = ALL_VOIVODESHIPS.filter((other) => inside(LABEL_POSITIONS[voivodeship], regionRing(other)));
      expect(containing, voivodeship).toEqual([voivodeship]);
    }
  });

  it("add up to Poland's outline (regions clockwise, total about 40 square degrees)", () => {
    const areas = ALL_VOIVODESHIPS.map((voivodeship) => area(regionRing(voivodeship)));
    for (const value of areas) expect(value).toBeLessThan(0); // clockwise in lon/lat = negative shoelace
    const total = -areas.reduce((sum, value) => sum + value, 0);
    // Poland: 312,700 km² ≈ 312,700 / (111.2 × 68.5) ≈ 41 square degrees at 52° N.
    expect(total).toBeGreaterThan(37);
    expect(total).toBeLessThan(45);
  });
});
