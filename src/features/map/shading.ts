import { contrastRatio } from "@/lib/colour-contrast";

// Colour classes of the map: regions are shaded by their number of practices in up to five
// equal ranges from 1 to the largest count, plus a class of its own for none. Each class has the
// label colour that reads best on it (checked to reach WCAG AA 4.5:1 in shading.test.ts).

export type ShadeClass = { fill: string; text: string; min: number; max: number };

const NONE = { fill: "#f1f5f9", text: "#0f172a" }; // slate-100 / slate-900
const SHADES = [
  { fill: "#d5eadc", text: "#0f172a" },
  { fill: "#a3d0b1", text: "#0f172a" },
  { fill: "#6aae81", text: "#0f172a" },
  { fill: "#2f7a4d", text: "#ffffff" },
  { fill: "#174a2e", text: "#ffffff" },
] as const;

export const ALL_SHADES = [NONE, ...SHADES];

/** The classes for counts from 0 to `max`: "0", then ranges of equal width (only those needed). */
export function shadeClasses(max: number): ShadeClass[] {
  const none = { ...NONE, min: 0, max: 0 };
  if (max <= 0) return [none];
  const width = Math.ceil(max / SHADES.length);
  const used = Math.ceil(max / width);
  return [none, ...SHADES.slice(0, used).map((shade, index) => ({ ...shade, min: index * width + 1, max: (index + 1) * width }))];
}

export function shadeOf(count: number, classes: ShadeClass[]): ShadeClass {
  return classes.find((shade) => count >= shade.min && count <= shade.max) ?? classes.at(-1)!;
}

/** The label colour with more contrast on a fill (used by the test to justify the table above). */
export function bestTextOn(fill: string): string {
  return contrastRatio(fill, "#0f172a") >= contrastRatio(fill, "#ffffff") ? "#0f172a" : "#ffffff";
}
