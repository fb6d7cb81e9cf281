import { describe, expect, it } from "vitest";
import { slugify } from "@/lib/slug";
import { ALL_VOIVODESHIPS, UNIT_TYPES, VOIVODESHIPS } from "./vocabulary";

describe("vocabulary", () => {
  it("has all 16 voivodeships, each slug the transliterated label", () => {
    expect(ALL_VOIVODESHIPS).toHaveLength(16);
    for (const { label, slug } of Object.values(VOIVODESHIPS)) expect(slugify(label)).toBe(slug);
  });

  it("gives every unit type a distinct slug", () => {
    const slugs = Object.values(UNIT_TYPES).map((term) => term.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });
});
