import { contrastRatio } from "@/lib/colour-contrast";
import { formatInteger } from "@/lib/format";

// Colour classes of the map: 0 practices is a class of its own (those regions are not links), and
// the regions with practices fall into up to four classes by quartile of their counts, so that
// each colour covers about as many regions whatever the filters (equal ranges left most regions
// in neighbouring pale classes). The colours are ColorBrewer's 5-class YlGnBu
// (Cynthia Brewer, colorbrewer2.org, Apache 2.0): light to dark and yellow to blue at once, so
// neighbouring classes differ in hue as well as in lightness. Each class has the label colour
// that reads best on it (WCAG AA 4.5:1, checked in shading.test.ts).

export type Shade = { fill: string; text: string };
export type ShadeClass = Shade & { min: number; max: number };

const BLACK = "#000000"; // on the middle blue, slate-900 would fall short of 4.5:1 (4.1)
const WHITE = "#ffffff";

export const PALETTE: readonly Shade[] = [
  { fill: "#ffffcc", text: BLACK },
  { fill: "#a1dab4", text: BLACK },
  { fill: "#41b6c4", text: BLACK },
  { fill: "#2c7fb8", text: BLACK },
  { fill: "#253494", text: WHITE },
];

const [NONE, ...SHADES] = PALETTE as [Shade, ...Shade[]];

/**
 * The upper bounds of up to `count` classes of the positive values: each distinct value its own
 * class when there are no more than `count` of them (the demo data's 2, 3 and 4 practices a
 * region stay apart), otherwise quartiles (for 4), where ties merge classes.
 */
export function quantileBreaks(values: number[], count: number): number[] {
  const sorted = values.filter((value) => value > 0).sort((a, b) => a - b);
  const distinct = [...new Set(sorted)];
  if (distinct.length <= count) return distinct;
  const bounds = new Set<number>();
  for (let k = 1; k <= count; k++) bounds.add(sorted[Math.ceil((k * sorted.length) / count) - 1]!);
  return [...bounds];
}

/** "0", then the classes of the positive counts, each as a range of whole numbers. */
export function shadeClasses(counts: number[]): ShadeClass[] {
  const breaks = quantileBreaks(counts, SHADES.length);
  return [
    { ...NONE, min: 0, max: 0 },
    ...breaks.map((max, index) => ({ ...SHADES[index]!, min: index === 0 ? 1 : breaks[index - 1]! + 1, max })),
  ];
}

/** The legend's words for a class: "0", "1", "2–3" (an en dash between the bounds). */
export function rangeLabel(shade: ShadeClass): string {
  return shade.min === shade.max ? formatInteger(shade.min) : `${formatInteger(shade.min)}–${formatInteger(shade.max)}`;
}

export function shadeOf(count: number, classes: ShadeClass[]): ShadeClass {
  return classes.find((shade) => count >= shade.min && count <= shade.max) ?? classes.at(-1)!;
}

/** The label colour with more contrast on a fill (used by the test to justify the table above). */
export function bestTextOn(fill: string): string {
  return contrastRatio(fill, BLACK) >= contrastRatio(fill, WHITE) ? BLACK : WHITE;
}
