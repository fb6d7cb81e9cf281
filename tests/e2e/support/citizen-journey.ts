import { readFile } from "node:fs/promises";
import { CategoryPage } from "../pages/CategoryPage";
import { PracticePage } from "../pages/PracticePage";
import { SitePage } from "../pages/SitePage";
import { practiceWithAttachments } from "./catalogue";
import { expectedFile, fileKind } from "./files";
import { expect, test } from "./fixtures";
import { BIELSKO_BIALA } from "./reference-practices";

/**
 * A resident looks for a good practice: home page, a category, a practice and its three views,
 * then downloads an attachment. Declared here and run twice: with JavaScript (citizen-journey.spec.ts)
 * and without it (no-javascript.spec.ts), where every step must work as a plain link.
 */
export function citizenJourneyTests(): void {
  test("the page is in Polish and the skip link moves the keyboard focus to the content", async ({ page }) => {
    const site = new SitePage(page);
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "pl");

    await page.keyboard.press("Tab");
    await expect(site.skipLink).toBeFocused();
    await expect(site.skipLink).toBeVisible();
    await page.keyboard.press("Enter");

    await expect(page).toHaveURL(/#tresc$/);
    await expect(site.main).toHaveAttribute("id", "tresc");
    await expect(site.main).toBeFocused();
    // The next Tab continues inside the content, past the header and the category menu.
    await page.keyboard.press("Tab");
    await expect(site.main.getByRole("link", { name: "Więcej o banku" })).toBeFocused();
  });

  test("from the home page through a category to a practice's summary, metadata and presentation", async ({ page }) => {
    const category = new CategoryPage(page);
    const practice = new PracticePage(page);

    await page.goto("/");
    await expect(category.heading).toHaveText("Bank Dobrych Praktyk");
    await category.categoryLink(BIELSKO_BIALA.category.name).click();

    await expect(page).toHaveURL(`/kategorie/${BIELSKO_BIALA.category.slug}`);
    await expect(category.heading).toHaveText(BIELSKO_BIALA.category.name);
    await expect(category.categoryLink(BIELSKO_BIALA.category.name)).toHaveAttribute("aria-current", "page");
    await expect(category.categoryLink(BIELSKO_BIALA.parentCategory.name)).not.toHaveAttribute("aria-current");

    await category.openPractice(BIELSKO_BIALA.title);
    await expect(page).toHaveURL(`/praktyki/${BIELSKO_BIALA.slug}`);
    await expect(practice.heading).toHaveText(BIELSKO_BIALA.title);
    await expect(practice.categoryPath).toContainText(BIELSKO_BIALA.categoryPath);
    await expect(practice.categoryPath.getByRole("link", { name: BIELSKO_BIALA.category.name })).toHaveAttribute(
      "href",
      `/kategorie/${BIELSKO_BIALA.category.slug}`,
    );
    // In the menu, the practice's category is marked as the current section, not as this page.
    await expect(practice.categoryLink(BIELSKO_BIALA.category.name)).toHaveAttribute("aria-current", "true");
    await expect(practice.tab("Skrót i Metryka")).toHaveAttribute("aria-current", "page");
    await expect(practice.tab("Pełna prezentacja")).not.toHaveAttribute("aria-current");

    await expect(practice.metadataValue("Miejscowość")).toHaveText(BIELSKO_BIALA.locality);
    await expect(practice.metadataValue("Liczba mieszkańców")).toHaveText(BIELSKO_BIALA.population);
    // Grouped with a non-breaking space, which toHaveText would not tell from a plain one.
    expect(await practice.metadataValue("Liczba mieszkańców").textContent()).toBe(BIELSKO_BIALA.population);
    await expect(practice.metadataValue("Osoba kontaktowa")).toContainText(BIELSKO_BIALA.contact.name);
    await expect(practice.metadataValue("Osoba kontaktowa").getByRole("link", { name: BIELSKO_BIALA.contact.email })).toHaveAttribute(
      "href",
      `mailto:${BIELSKO_BIALA.contact.email}`,
    );
    await expect(practice.metadataValue("Wyświetlenia")).toHaveText(/^\d[\d\s]*$/);
    // The page ends with where to go next: 4–6 similar practices, each with its reason.
    const similar = page.getByRole("region", { name: "Podobne praktyki" }).getByRole("listitem");
    expect(await similar.count()).toBeGreaterThanOrEqual(4);
    expect(await similar.count()).toBeLessThanOrEqual(6);
    await expect(similar.first()).toContainText(/Dlaczego podobna: (ta sama|wspólna) kategoria/);
    await expect(similar.first().getByRole("link")).toHaveAttribute("href", /^\/praktyki\/(?!bielsko)/);

    await practice.tab("Pełna prezentacja").click();
    await expect(page).toHaveURL(`/praktyki/${BIELSKO_BIALA.slug}/prezentacja`);
    await expect(practice.tab("Pełna prezentacja")).toHaveAttribute("aria-current", "page");
    await expect(practice.tab("Skrót i Metryka")).not.toHaveAttribute("aria-current");
    await expect(practice.heading).toHaveText(BIELSKO_BIALA.title);
    await expect(practice.article.getByRole("heading", { level: 2, name: "Punkt Wsparcia" })).toBeVisible();

    await practice.tab("Załączniki").click();
    await expect(page).toHaveURL(`/praktyki/${BIELSKO_BIALA.slug}/zalaczniki`);
    await expect(practice.tab("Załączniki")).toHaveAttribute("aria-current", "page");
    // "Załączniki (2)", or "Załączniki (brak)" rather than a dead "(0)".
    const tabText = await practice.tab("Załączniki").innerText();
    expect(tabText).toMatch(/^Załączniki \((\d+|brak)\)$/);
    const announced = Number(/\((\d+)\)/.exec(tabText)?.[1] ?? 0);
    await expect(practice.attachmentLinks).toHaveCount(announced);
    if (announced === 0) await expect(practice.article).toContainText("Ta praktyka nie ma załączników.");
  });

  test("from the home page to a practice's attachments, and a file downloaded from there", async ({ page, catalogue }) => {
    const target = practiceWithAttachments(catalogue);
    const category = new CategoryPage(page);
    const practice = new PracticePage(page);

    await page.goto("/");
    await category.categoryLink(target.category.name).click();
    await expect(page).toHaveURL(`/kategorie/${target.category.slug}`);
    await expect(category.categoryLink(target.category.name)).toHaveAttribute("aria-current", "page");

    await category.openPractice(target.title);
    await expect(page).toHaveURL(`/praktyki/${target.slug}`);
    await expect(practice.tab("Skrót i Metryka")).toHaveAttribute("aria-current", "page");

    await practice.tab("Pełna prezentacja").click();
    await expect(page).toHaveURL(`/praktyki/${target.slug}/prezentacja`);
    await expect(practice.tab("Pełna prezentacja")).toHaveAttribute("aria-current", "page");

    await practice.tab("Załączniki").click();
    await expect(page).toHaveURL(`/praktyki/${target.slug}/zalaczniki`);
    await expect(practice.tab("Załączniki")).toHaveAttribute("aria-current", "page");
    await expect(practice.tab("Załączniki")).toHaveText(`Załączniki (${target.attachments.length})`);
    await expect(practice.attachmentLinks).toHaveCount(target.attachments.length);

    for (const attachment of target.attachments) {
      const link = practice.attachmentLinks.filter({ hasText: attachment.title });
      await expect(link).toHaveAttribute("download", attachment.fileName);
      const downloading = page.waitForEvent("download");
      await link.click();
      const download = await downloading;

      expect(download.suggestedFilename()).toBe(attachment.fileName);
      const content = await readFile(await download.path());
      expect(content.length, `${attachment.fileName} is empty`).toBeGreaterThan(0);
      expect(fileKind(content), `${attachment.fileName} starts with the wrong signature`).toBe(expectedFile(attachment.fileName).kind);
    }
  });
}
