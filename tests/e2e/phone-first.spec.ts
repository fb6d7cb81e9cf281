import { practiceWithAttachments } from "./support/catalogue";
import { expect, test } from "./support/fixtures";
import { BIELSKO_BIALA } from "./support/reference-practices";
import { DESKTOP, PHONE, PHONE_SMALL } from "./support/viewports";

// The public pages on a phone first: what a visitor came for is on the first screen, and what
// surrounds it (the menu, the category tree, the search filters) folds into one line each, without
// JavaScript. On a desktop the same markup stands open beside the content.

const SEARCH = "/szukaj?q=bezrobotnych&wojewodztwo=slaskie";

function summary(page: import("@playwright/test").Page, text: string | RegExp) {
  return page.locator("summary").filter({ hasText: text });
}

test.describe("On a phone (390 × 844)", () => {
  test.use({ viewport: PHONE, javaScriptEnabled: false });

  test("a practice's title and its facts card come first; the category tree is folded above them", async ({ page }) => {
    await page.goto(`/praktyki/${BIELSKO_BIALA.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeInViewport({ ratio: 1 });
    const facts = page.getByRole("complementary", { name: "Najważniejsze informacje" });
    await expect(facts.getByRole("heading", { name: "Najważniejsze informacje" })).toBeInViewport({ ratio: 1 });
    await expect(facts).toContainText(BIELSKO_BIALA.locality);
    await expect(facts).toContainText(BIELSKO_BIALA.population);
    await expect(facts).toContainText(BIELSKO_BIALA.contact.name);

    const tree = page.getByRole("navigation", { name: "Kategorie praktyk" });
    await expect(tree.getByRole("link", { name: BIELSKO_BIALA.category.name })).toBeHidden();
    await summary(page, "Kategorie praktyk").click();
    await expect(tree.getByRole("link", { name: BIELSKO_BIALA.category.name })).toBeVisible();
  });

  test("the first search result is on the first screen; the filters fold and say how many are active", async ({ page }) => {
    await page.goto(SEARCH);
    await expect(page.getByRole("main").getByRole("heading", { level: 3 }).first()).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole("link", { name: "Przejdź do wyników" })).toHaveAttribute("href", "#wyniki");

    const filters = page.getByRole("form", { name: "Zawęź wyniki" });
    await expect(filters).toBeHidden();
    await summary(page, "Filtry (1 aktywny)").click();
    await expect(filters).toBeVisible();
    await expect(filters.getByRole("checkbox", { name: /śląskie/ })).toBeChecked();
  });

  test("the menu opens without JavaScript and lists every section", async ({ page }) => {
    await page.goto("/o-banku");
    const menu = page.getByRole("navigation", { name: "Serwis", exact: true });
    await expect(menu).toBeHidden();
    await summary(page, "Menu").click();
    for (const name of ["Strona główna", "Wyszukiwanie", "Mapa praktyk", "Statystyki", "Publikacje", "O banku", "Zgłoś praktykę"]) {
      await expect(menu.getByRole("link", { name, exact: true })).toBeVisible();
    }
    await menu.getByRole("link", { name: "Statystyki" }).click();
    await expect(page).toHaveURL("/statystyki");
  });
});

test.describe("On a small phone (320 px)", () => {
  test.use({ viewport: PHONE_SMALL });

  test("the wordmark and the menu button share the header's first row, the search the second", async ({ page }) => {
    await page.goto("/");
    const banner = page.getByRole("banner");
    const wordmark = await banner.getByRole("link", { name: /Bank Dobrych Praktyk/ }).boundingBox();
    const menu = await summary(page, "Menu").boundingBox();
    const search = await banner.getByRole("search").boundingBox();
    expect(wordmark && menu && search).toBeTruthy();
    expect(menu!.y).toBeLessThan(wordmark!.y + wordmark!.height);
    expect(search!.y).toBeGreaterThanOrEqual(wordmark!.y + wordmark!.height);
    expect(search!.x + search!.width).toBeLessThanOrEqual(320);
  });
});

test.describe("On a desktop (1366 × 900)", () => {
  test.use({ viewport: DESKTOP });

  test("the menu, the category tree and the filters stand open, with nothing to unfold", async ({ page }) => {
    await page.goto(`/kategorie/${BIELSKO_BIALA.category.slug}?wojewodztwo=slaskie`);
    await expect(page.getByRole("navigation", { name: "Serwis", exact: true }).getByRole("link", { name: "Statystyki" })).toBeVisible();
    await expect(page.getByRole("form", { name: "Zawęź wyniki" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Kategorie praktyk" }).getByRole("link", { name: BIELSKO_BIALA.category.name })).toBeVisible();
    for (const text of ["Menu", /^Filtry/, "Kategorie praktyk"]) await expect(summary(page, text)).toBeHidden();
  });

  test("a practice's facts card stands beside its summary", async ({ page }) => {
    await page.goto(`/praktyki/${BIELSKO_BIALA.slug}`);
    const facts = await page.getByRole("complementary", { name: "Najważniejsze informacje" }).boundingBox();
    const summaryText = await page.getByRole("region", { name: "Skrót" }).boundingBox();
    expect(facts!.x).toBeGreaterThan(summaryText!.x + summaryText!.width - 1);
    expect(Math.abs(facts!.y - summaryText!.y)).toBeLessThan(40);
  });
});

test.describe("The practice page's header", () => {
  test("breadcrumbs lead from the home page to the practice's category", async ({ page }) => {
    await page.goto(`/praktyki/${BIELSKO_BIALA.slug}`);
    const crumbs = page.getByRole("navigation", { name: "Ścieżka nawigacji" });
    await expect(crumbs.getByRole("link")).toHaveText(["Strona główna", BIELSKO_BIALA.parentCategory.name, BIELSKO_BIALA.category.name]);
    await expect(crumbs).toHaveText(`${BIELSKO_BIALA.categoryPath}`);
  });

  test("a practice without files says so on its tab; one with files lists them on the summary too", async ({ page, catalogue }) => {
    await page.goto(`/praktyki/${BIELSKO_BIALA.slug}`);
    await expect(page.getByRole("navigation", { name: "Widoki praktyki" }).getByRole("link", { name: /^Załączniki/ })).toHaveText("Załączniki (brak)");
    await expect(page.getByRole("region", { name: "Załączniki do pobrania" })).toHaveCount(0);

    const withFiles = practiceWithAttachments(catalogue);
    await page.goto(`/praktyki/${withFiles.slug}`);
    const listed = page.getByRole("region", { name: "Załączniki do pobrania" }).getByRole("link");
    await expect(listed).toHaveText(withFiles.attachments.map((attachment) => attachment.title));
  });
});
