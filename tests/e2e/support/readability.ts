import type { Locator, Page } from "@playwright/test";

// What a phone's reader gets: the size text is drawn at, and whether the page fits the screen.

export type DrawnText = { text: string; px: number };

/**
 * The smallest text drawn inside `scope`, in CSS pixels on screen. An SVG's text is scaled with
 * its viewBox, which its computed font-size does not show: there the size is multiplied by the
 * element's scale on screen. Only visible elements with text of their own count.
 */
export async function smallestText(scope: Locator): Promise<DrawnText> {
  const sizes = await scope.evaluate((root) => {
    const drawn: { text: string; px: number }[] = [];
    for (const element of [root, ...root.querySelectorAll("*")]) {
      const own = [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent ?? "").join("").trim();
      if (!own || !element.checkVisibility() || element.getClientRects().length === 0) continue;
      // sr-only text (1 px clip) is not drawn for anyone to read.
      const box = element.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      const px = parseFloat(getComputedStyle(element).fontSize);
      const scale = element instanceof SVGGraphicsElement ? (element.getScreenCTM()?.a ?? 1) : 1;
      drawn.push({ text: own, px: px * scale });
    }
    return drawn;
  });
  if (sizes.length === 0) throw new Error("No visible text in the scope");
  return sizes.reduce((smallest, size) => (size.px < smallest.px ? size : smallest));
}

/** The elements inside `scope` that reach past the viewport's right edge, for the failure message. */
export async function overflowingElements(scope: Locator): Promise<string[]> {
  return scope.evaluate((root) => {
    const width = document.documentElement.clientWidth;
    return [...root.querySelectorAll("*")]
      .filter((element) => element.getBoundingClientRect().right > width + 0.5)
      .map((element) => `<${element.tagName.toLowerCase()} class="${element.getAttribute("class") ?? ""}"> ends at ${element.getBoundingClientRect().right} px`);
  });
}
