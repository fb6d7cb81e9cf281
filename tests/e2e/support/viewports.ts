import { expect, type Page } from "@playwright/test";

/** A small phone (WCAG 1.4.10's 320 CSS px), a common phone, and a desktop. */
export const PHONE_SMALL = { width: 320, height: 640 };
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1366, height: 900 };
export const VIEWPORTS = [PHONE_SMALL, PHONE, DESKTOP] as const;

/** The page is no wider than the window: nothing scrolls sideways. */
export async function expectNoHorizontalScroll(page: Page, label = page.url()): Promise<void> {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll, `${label} scrolls sideways`).toBeLessThanOrEqual(widths.client);
}
