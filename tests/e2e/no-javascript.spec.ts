import { MapPage, searchFacetCounts } from "./pages/MapPage";
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

test.describe("Without JavaScript, the map, statistics and content pages", () => {
  test("the map's form filters the counts and a region opens the search with the same filters", async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    const all = await map.tableTotal();
    await map.choose("Kategoria", "– Pomoc społeczna");
    await map.submit.click();
    await expect(page).toHaveURL(/\/mapa\?kategoria=pomoc-spoleczna/);
    const filtered = await map.tableCounts();
    const total = await map.tableTotal();
    expect(total).toBeLessThan(all);
    expect(await searchFacetCounts(page, "?kategoria=pomoc-spoleczna")).toEqual(filtered);

    await map.open("?kategoria=pomoc-spoleczna");
    const [voivodeship, count] = Object.entries(filtered).find(([, n]) => n > 0)!;
    await map.region(voivodeship).click();
    await expect(page).toHaveURL(/\/szukaj\?wojewodztwo=[a-z-]+&kategoria=pomoc-spoleczna$/);
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^Znaleziono ${count} prakty`) })).toBeVisible();
  });

  test("the statistics show their charts and open their tables", async ({ page }) => {
    await page.goto("/statystyki");
    await expect(page.getByRole("img", { name: "Praktyki według województw" })).toBeVisible();
    const section = page.getByRole("region", { name: "Praktyki według województw" });
    await section.getByText("Dane wykresu w tabeli").click();
    await expect(section.getByRole("table")).toBeVisible();
    await expect(section.getByRole("table").locator("tbody tr")).toHaveCount(16);
  });

  test("the about page, privacy policy and accessibility statement are whole, and their links plain", async ({ page, context }) => {
    const PAGES = [
      ["/o-banku", "O Banku Dobrych Praktyk", "Jak zgłosić praktykę"],
      ["/polityka-prywatnosci", "Polityka prywatności", "Panel redakcji"],
      ["/deklaracja-dostepnosci", "Deklaracja dostępności", "Procedura wnioskowo-skargowa"],
    ] as const;
    const main = page.getByRole("main");
    for (const [url, heading, section] of PAGES) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      await expect(main.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expect(main.getByRole("heading", { level: 2, name: section })).toBeVisible();
    }
    await page.goto("/o-banku");
    await main.getByRole("link", { name: "Publikacje i dokumenty", exact: true }).click();
    await expect(page).toHaveURL("/publikacje");
    await page.goto("/polityka-prywatnosci");
    await main.getByRole("link", { name: "panel redakcji" }).click();
    await expect(page).toHaveURL("/polityka-prywatnosci#panel-redakcji");
    await page.goto("/deklaracja-dostepnosci");
    await expect(main.locator("#a11y-procedura").getByRole("link", { name: "Rzecznika Praw Obywatelskich" })).toHaveAttribute("href", "https://www.rpo.gov.pl/");
    await main.locator("#a11y-url").click();
    await expect(page).toHaveURL("/");
    expect(await context.cookies()).toEqual([]);
  });

  test("publications and other databases are plain links", async ({ page }) => {
    await page.goto("/publikacje");
    const downloading = page.waitForEvent("download");
    await page.getByRole("main").locator("h2 a[download]").first().click();
    expect((await downloading).suggestedFilename()).toMatch(/\.pdf$/);
    await page.goto("/inne-bazy");
    await expect(page.getByRole("main").getByRole("link", { name: "URBACT Good Practices" })).toHaveAttribute("href", "https://urbact.eu/good-practices");
  });
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
