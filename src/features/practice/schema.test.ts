import { describe, expect, it } from "vitest";
import { practiceSlugSchema } from "./schema";

describe("practiceSlugSchema", () => {
  it("accepts slugs only", () => {
    expect(practiceSlugSchema.safeParse("spa-w-bytomiu-2011").success).toBe(true);
    for (const bad of ["Łódź", "../etc/passwd", "a--b", "-a", "a b", "x".repeat(201)]) {
      expect(practiceSlugSchema.safeParse(bad).success).toBe(false);
    }
  });
});
