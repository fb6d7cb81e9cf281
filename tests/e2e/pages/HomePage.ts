import type { Locator } from "@playwright/test";
import { parseFigure, SitePage } from "./SitePage";

/** "/": introduction, the category tree with counts, the newest practices. */
export class HomePage extends SitePage {
  async open(): Promise<void> {
    await this.page.goto("/");
  }

  get categoryOverview(): Locator {
    return this.main.getByRole("navigation", { name: "Kategorie praktyk" });
  }

  /** The "(11 praktyk)" after the category's name in the overview. */
  async practiceCount(categoryName: string): Promise<number> {
    const link = this.categoryOverview.getByRole("link", { name: categoryName, exact: true });
    return parseFigure(await link.locator("xpath=following-sibling::span[1]").innerText());
  }

  get newestPractices(): Locator {
    return this.main.getByRole("region", { name: "Najnowsze praktyki" }).getByRole("heading").getByRole("link");
  }
}
