import { describe, expect, it } from "vitest";
import { categoryListingParamsSchema, practiceSlugSchema } from "./schema";

describe("categoryListingParamsSchema", () => {
  it("reads valid parameters", () => {
    expect(categoryListingParamsSchema.parse({ sort: "tytul", strona: "3" })).toEqual({ sort: "tytul", strona: 3 });
  });

  it("falls back to the defaults on anything malformed", () => {
    for (const strona of ["-1", "0", "abc", "1.5", "1e9999", "", "2'; DROP TABLE practice;--"]) {
      expect(categoryListingParamsSchema.parse({ sort: "<script>", strona })).toEqual({ sort: "najnowsze", strona: 1 });
    }
  });

  it("takes the first of repeated parameters", () => {
    expect(categoryListingParamsSchema.parse({ sort: ["tytul", "najnowsze"], strona: ["2", "9"] })).toEqual({
      sort: "tytul",
      strona: 2,
    });
  });
});

describe("practiceSlugSchema", () => {
  it("accepts slugs only", () => {
    expect(practiceSlugSchema.safeParse("spa-w-bytomiu-2011").success).toBe(true);
    for (const bad of ["Łódź", "../etc/passwd", "a--b", "-a", "a b", "x".repeat(201)]) {
      expect(practiceSlugSchema.safeParse(bad).success).toBe(false);
    }
  });
});
