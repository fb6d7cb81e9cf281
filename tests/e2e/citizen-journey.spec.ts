import { CategoryPage } from "./pages/CategoryPage";
import { HomePage } from "./pages/HomePage";
import { categoryNavigationTests } from "./support/category-navigation";
import { citizenJourneyTests } from "./support/citizen-journey";
import { expect, test } from "./support/fixtures";

test.describe("A resident finds a good practice and downloads its attachments", () => {
  citizenJourneyTests();
});

test.describe("Category pages sort and turn pages in place", () => {
  categoryNavigationTests();
});

test.describe("The home page's overview of the catalogue", () => {
  test("shows each category with as many practices as its page lists", async ({ page, catalogue }) => {
    const home = new HomePage(page);
    const category = new CategoryPage(page);
    await home.open();
    const shown: Record<string, number> = {};
    for (const { name } of catalogue.categories) shown[name] = await home.practiceCount(name);

    const listed: Record<string, number> = {};
    for (const { slug, name } of catalogue.categories) {
      await category.open(slug);
      listed[name] = await category.practiceTotal();
    }
    expect(shown, "counts on the home page, compared with the totals on the category pages").toEqual(listed);
  });

  test("lists the newest practices first, each linking to its page", async ({ page }) => {
    const home = new HomePage(page);
    await home.open();
    await expect(home.newestPractices.first()).toBeVisible();
    const count = await home.newestPractices.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(8);
    const dates = await home.main
      .getByRole("region", { name: "Najnowsze praktyki" })
      .locator("time")
      .evaluateAll((times) => times.map((time) => time.getAttribute("datetime") ?? ""));
    expect(dates).toEqual([...dates].sort().reverse());
    for (const href of await home.newestPractices.evaluateAll((links) => links.map((link) => link.getAttribute("href")))) {
      expect(href).toMatch(/^\/praktyki\/[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});
