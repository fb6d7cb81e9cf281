import type { Locator } from "@playwright/test";
import { parseFigure, SitePage } from "./SitePage";

export type PracticeView = "Skrót i Metryka" | "Pełna prezentacja" | "Załączniki";

/** /praktyki/<slug> and its two other views, /prezentacja and /zalaczniki. */
export class PracticePage extends SitePage {
  async open(slug: string, view: "" | "/prezentacja" | "/zalaczniki" = ""): Promise<void> {
    await this.page.goto(`/praktyki/${slug}${view}`);
  }

  get article(): Locator {
    return this.main.getByRole("article");
  }

  /** The breadcrumbs above the title: "Strona główna › Usługi społeczne › Pomoc społeczna". */
  get categoryPath(): Locator {
    return this.article.getByRole("navigation", { name: "Ścieżka nawigacji" });
  }

  get viewTabs(): Locator {
    return this.page.getByRole("navigation", { name: "Widoki praktyki" });
  }

  /** "Załączniki" carries the number of files: "Załączniki (2)". */
  tab(view: PracticeView): Locator {
    return this.viewTabs.getByRole("link", { name: new RegExp(`^${view}`) });
  }

  get metadata(): Locator {
    return this.main.getByRole("region", { name: "Metryka praktyki" });
  }

  /** The <dd> of the metadata row whose <dt> is `term`. */
  metadataValue(term: string): Locator {
    return this.metadata
      .locator("dl > div")
      .filter({ has: this.page.locator("dt").getByText(term, { exact: true }) })
      .locator("dd");
  }

  async viewCount(): Promise<number> {
    return parseFigure(await this.metadataValue("Wyświetlenia").innerText());
  }

  /** Links of the attachment list; each one's `download` attribute names the file. */
  get attachmentLinks(): Locator {
    return this.article.locator("a[download]");
  }
}
