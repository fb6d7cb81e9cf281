import { CategoryPage } from "./pages/CategoryPage";
import { MapPage, searchFacetCounts } from "./pages/MapPage";
import { paginatedCategory } from "./support/catalogue";
import { citizenJourneyTests } from "./support/citizen-journey";
import { expect, test } from "./support/fixtures";
import { BIELSKO_BIALA } from "./support/reference-practices";

// Every page is server-rendered and every control is a link: the site works without JavaScript.
test.use({ javaScriptEnabled: false });

const polishOrder = new Intl.Collator("pl-PL").compare;

test.describe("Without JavaScript, a resident finds a good practice and downloads its attachments", () => {
  citizenJourneyTests();
});

test.describe("Without JavaScript, category pages sort and turn pages with plain links", () => {
  test("the sort links reorder the practices and mark the current order", async ({ page }) => {
    const category = new CategoryPage(page);
    await category.open(BIELSKO_BIALA.category.slug);
    await expect(category.sortLink("od najnowszych")).toHaveAttribute("aria-current", "true");
    await expect(category.sortLink("według tytułu (A–Z)")).not.toHaveAttribute("aria-current");

    await category.sortLink("według tytułu (A–Z)").click();
    await expect(page).toHaveURL(`/kategorie/${BIELSKO_BIALA.category.slug}?sort=tytul`);
    await expect(category.sortLink("według tytułu (A–Z)")).toHaveAttribute("aria-current", "true");
    await expect(category.sortLink("od najnowszych")).not.toHaveAttribute("aria-current");
    const titles = await category.practiceLinks.allInnerTexts();
    expect(titles.length).toBeGreaterThan(1);
    expect(titles).toEqual([...titles].sort(polishOrder));

    await category.sortLink("od najnowszych").click();
    await expect(page).toHaveURL(`/kategorie/${BIELSKO_BIALA.category.slug}`);
    await expect(category.sortLink("od najnowszych")).toHaveAttribute("aria-current", "true");
    const dates = await category.main.locator("ol time").evaluateAll((times) => times.map((time) => time.getAttribute("datetime") ?? ""));
    expect(dates.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test("the page links turn pages, keep the order and mark the current page", async ({ page, catalogue }) => {
    const paginated = paginatedCategory(catalogue);
    // The demo data has more than one page in "Usługi społeczne"; a missing one is a failure.
    expect(paginated, "a category with more than one page of practices").toBeDefined();
    const { slug, pageCount } = paginated!;
    const category = new CategoryPage(page);

    await category.open(slug, "?sort=tytul");
    await expect(category.main.getByRole("heading", { level: 2, name: new RegExp(`\\(strona 1 z ${pageCount}\\)`) })).toBeVisible();
    await expect(category.pageLink(1)).toHaveAttribute("aria-current", "page");
    await expect(category.previousPageLink).toHaveCount(0);
    const firstPage = await category.practiceLinks.allInnerTexts();
    expect(firstPage).toHaveLength(20);

    await category.nextPageLink.click();
    await expect(page).toHaveURL(`/kategorie/${slug}?sort=tytul&strona=2`);
    await expect(category.pageLink(2)).toHaveAttribute("aria-current", "page");
    await expect(category.pageLink(1)).not.toHaveAttribute("aria-current");
    await expect(category.sortLink("według tytułu (A–Z)")).toHaveAttribute("aria-current", "true");
    const secondPage = await category.practiceLinks.allInnerTexts();
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);
    // Page 2 continues the A–Z order of page 1.
    const both = [...firstPage, ...secondPage];
    if (pageCount === 2) expect(both).toEqual([...both].sort(polishOrder));
    else expect(polishOrder(firstPage.at(-1)!, secondPage[0]!)).toBeLessThanOrEqual(0);

    await category.previousPageLink.click();
    await expect(page).toHaveURL(`/kategorie/${slug}?sort=tytul`);
    expect(await category.practiceLinks.allInnerTexts()).toEqual(firstPage);

    // Choosing another order starts again from page 1.
    await category.pageLink(pageCount).click();
    await expect(page).toHaveURL(`/kategorie/${slug}?sort=tytul&strona=${pageCount}`);
    await expect(category.nextPageLink).toHaveCount(0);
    await category.sortLink("od najnowszych").click();
    await expect(page).toHaveURL(`/kategorie/${slug}`);
    await expect(category.pageLink(1)).toHaveAttribute("aria-current", "page");
  });
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
