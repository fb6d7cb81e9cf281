import { categoryNavigationTests } from "./support/category-navigation";
import { citizenJourneyTests } from "./support/citizen-journey";
import { expect, test } from "./support/fixtures";

// Every page is server-rendered and every control is a link: the site works without JavaScript.
test.use({ javaScriptEnabled: false });

test.describe("Without JavaScript, a resident finds a good practice and downloads its attachments", () => {
  citizenJourneyTests();
});

test.describe("Without JavaScript, category pages sort and turn pages with plain links", () => {
  categoryNavigationTests();
});

test.describe("Without JavaScript, an unknown address", () => {
  for (const url of ["/nie-ma-takiej-strony", "/praktyki/nie-ma-takiej-praktyki", "/kategorie/nie-ma-takiej-kategorii"]) {
    test(`${url} shows the Polish "not found" page`, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", "pl");
      await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toHaveText("Nie znaleziono strony");
      await expect(page.getByRole("main").getByRole("link", { name: "Przejdź do strony głównej" })).toBeVisible();
    });
  }
});
