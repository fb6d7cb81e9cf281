import type { Locator } from "@playwright/test";
import { parseFigure, SitePage } from "./SitePage";

/** /kategorie/<slug>: a category's practices, as a search fixed to the category: filtered, sorted, paginated. */
export class CategoryPage extends SitePage {
  async open(slug: string, query = ""): Promise<void> {
    await this.page.goto(`/kategorie/${slug}${query}`);
  }

  get practiceLinks(): Locator {
    return this.main.getByRole("listitem").getByRole("heading").getByRole("link");
  }

  practiceLink(title: string): Locator {
    return this.main.getByRole("heading").getByRole("link", { name: title, exact: true });
  }

  /** "Znaleziono 11 praktyk (strona 1 z 2)": the number of practices in the category and its subcategories. */
  async practiceTotal(): Promise<number> {
    const heading = await this.main.getByRole("heading", { level: 2, name: /^Znaleziono/ }).innerText();
    return parseFigure(heading.replace(/\(strona.*$/, ""));
  }

  get sortNav(): Locator {
    return this.page.getByRole("navigation", { name: "Kolejność wyników" });
  }

  sortLink(label: "daty wprowadzenia" | "tytułu (A–Z)" | "najczęściej wdrażane"): Locator {
    return this.sortNav.getByRole("link", { name: label });
  }

  get pagination(): Locator {
    return this.page.getByRole("navigation", { name: "Strony wyników" });
  }

  pageLink(n: number): Locator {
    return this.pagination.getByRole("link", { name: `Strona ${n}`, exact: true });
  }

  get nextPageLink(): Locator {
    return this.pagination.getByRole("link", { name: /^Następna/ });
  }

  get previousPageLink(): Locator {
    return this.pagination.getByRole("link", { name: /^‹ Poprzednia/ });
  }

  /** Clicks the practice's title, turning pages ("Następna") until the practice is listed. */
  async openPractice(title: string): Promise<void> {
    for (;;) {
      const link = this.practiceLink(title);
      if ((await link.count()) > 0) {
        await link.click();
        return;
      }
      if ((await this.nextPageLink.count()) === 0) throw new Error(`"${title}" is not listed in this category`);
      const next = new URL((await this.nextPageLink.getAttribute("href")) ?? "", this.page.url()).href;
      await this.nextPageLink.click();
      await this.page.waitForURL(next);
    }
  }
}
