import type { Locator, Page } from "@playwright/test";

/** "1 756 820" (with non-breaking spaces) → 1756820. */
export function parseFigure(text: string): number {
  const digits = text.replace(/\D/g, "");
  if (digits === "") throw new Error(`No figure in "${text}"`);
  return Number(digits);
}

/** What every page has: skip link, category navigation, main content and the footer. */
export class SitePage {
  constructor(readonly page: Page) {}

  get skipLink(): Locator {
    return this.page.getByRole("link", { name: "Przejdź do treści" });
  }

  get main(): Locator {
    return this.page.getByRole("main");
  }

  get heading(): Locator {
    return this.main.getByRole("heading", { level: 1 });
  }

  get categoryNav(): Locator {
    return this.page.getByRole("navigation", { name: "Kategorie praktyk" });
  }

  categoryLink(name: string): Locator {
    return this.categoryNav.getByRole("link", { name, exact: true });
  }

  get footer(): Locator {
    return this.page.getByRole("contentinfo");
  }

  /** "1 756 820 gości odwiedziło nas od 1 kwietnia 2008 r." */
  get visitCounter(): Locator {
    return this.footer.getByText(/odwiedzi\S+ nas od/);
  }

  /** "Wygenerowano w 0,01 s" */
  get renderTime(): Locator {
    return this.footer.getByText(/^Wygenerowano w/);
  }

  async totalVisits(): Promise<number> {
    return parseFigure(await this.visitCounter.locator("strong").first().innerText());
  }
}
