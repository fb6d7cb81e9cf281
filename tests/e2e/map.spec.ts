import { MapPage, searchFacetCounts } from "./pages/MapPage";
import { expect, test } from "./support/fixtures";
import { overflowingElements, smallestText } from "./support/readability";

// The map of practices: its figures are the search's voivodeship facet under the same filters,
// each region is a keyboard-reachable link to the search, and the filter form is a plain GET form.

test.describe("Map of practices", () => {
  test("without filters, the table shows every voivodeship with the search's counts", async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    await expect(map.heading).toHaveText("Mapa praktyk");
    const counts = await map.tableCounts();
    expect(Object.keys(counts)).toHaveLength(16);
    expect(await map.tableTotal()).toBe(Object.values(counts).reduce((a, b) => a + b, 0));
    await expect(map.regions).toHaveCount(16);
    for (const [voivodeship, count] of Object.entries(counts)) {
      await expect(map.region(voivodeship)).toHaveAccessibleName(new RegExp(`^${voivodeship}: ${count} prakty(ka|ki|k)$`));
    }
    expect(await searchFacetCounts(page, "")).toEqual(counts);
  });

  test("a filter chosen in the form narrows the counts exactly as in the search, and the links keep it", async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    const before = await map.tableCounts();
    await map.choose("Typ jednostki", "powiat grodzki");
    await map.choose("Kategoria", "Usługi społeczne");
    await map.submit.click();
    await expect(page).toHaveURL(/\/mapa\?.*kategoria=uslugi-spoleczne/);
    await expect(page).toHaveURL(/typ=powiat-grodzki/);
    await expect(map.main.getByLabel("Typ jednostki")).toHaveValue("powiat-grodzki");
    await expect(map.main.getByText(/Praktyki spełniające warunki: powiat grodzki, kategoria Usługi społeczne/)).toBeVisible();

    const after = await map.tableCounts();
    for (const voivodeship of Object.keys(before)) expect(after[voivodeship]!).toBeLessThanOrEqual(before[voivodeship]!);
    expect(Object.values(after).reduce((a, b) => a + b, 0)).toBeLessThan(Object.values(before).reduce((a, b) => a + b, 0));
    // A region without practices is shown and named, but leads nowhere (no dead links).
    const empty = Object.keys(after).filter((voivodeship) => after[voivodeship] === 0);
    expect(empty.length).toBeGreaterThan(0);
    await expect(map.regions).toHaveCount(16 - empty.length);
    for (const voivodeship of empty) {
      await expect(map.map.getByRole("img", { name: `${voivodeship}: 0 praktyk`, exact: true })).toBeVisible();
      await expect(map.table.getByRole("rowheader", { name: voivodeship, exact: true }).getByRole("link")).toHaveCount(0);
    }

    const href = await map.region("śląskie").getAttribute("href");
    expect(href).toBe("/szukaj?wojewodztwo=slaskie&typ=powiat-grodzki&kategoria=uslugi-spoleczne");
    expect(await searchFacetCounts(page, "?typ=powiat-grodzki&kategoria=uslugi-spoleczne")).toEqual(after);
  });

  test("several values per filter from a search link are all kept when the form is sent, and each can be dropped", async ({ page }) => {
    const query = "?kategoria=pomoc-spoleczna&kategoria=kultura&typ=powiat-grodzki&typ=gmina-miejska&ludnosc=100-500-tys&ludnosc=ponad-500-tys";
    const map = new MapPage(page);
    await map.open(query);
    const linked = await map.tableCounts();
    await expect(map.main.getByLabel("Kategoria", { exact: true })).toHaveValue("pomoc-spoleczna");
    await expect(map.main.getByRole("group", { name: "Kategoria – także:" }).getByRole("checkbox", { name: "Kultura" })).toBeChecked();
    await expect(map.main.getByRole("group", { name: "Typ jednostki – także:" }).getByRole("checkbox", { name: "gmina miejska" })).toBeChecked();
    await expect(map.main.getByRole("group", { name: "Liczba mieszkańców – także:" }).getByRole("checkbox", { name: "ponad 500 tys." })).toBeChecked();

    await map.submit.click();
    await expect(page).toHaveURL(/\/mapa\?kategoria=pomoc-spoleczna&kategoria=kultura&typ=powiat-grodzki&typ=gmina-miejska&ludnosc=100-500-tys&ludnosc=ponad-500-tys/);
    expect(await map.tableCounts()).toEqual(linked);
    expect(await searchFacetCounts(page, query)).toEqual(linked);

    await map.open(query);
    await map.main.getByRole("group", { name: "Kategoria – także:" }).getByRole("checkbox", { name: "Kultura" }).uncheck();
    await map.submit.click();
    const params = new URL(page.url()).searchParams;
    expect(params.getAll("kategoria")).toEqual(["pomoc-spoleczna"]);
    expect(params.getAll("typ")).toEqual(["powiat-grodzki", "gmina-miejska"]);
    await expect(map.main.getByRole("group", { name: "Kategoria – także:" })).toHaveCount(0);
  });

  test("a region is reached with the keyboard, shows a focus ring and opens its practices in the search", async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    const counts = await map.tableCounts();
    await map.submit.focus();
    await page.keyboard.press("Tab");
    const first = map.region("zachodniopomorskie");
    await expect(first).toBeFocused();
    // The ring drawn inside the region becomes visible (black inner line, yellow band).
    const ring = first.locator(".bdp-map-focus-inner");
    await expect.poll(() => ring.evaluate((path) => getComputedStyle(path).stroke)).toBe("rgb(17, 24, 39)");
    await page.keyboard.press("Tab");
    await expect(map.region("pomorskie")).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL("/szukaj?wojewodztwo=pomorskie");
    const found = counts["pomorskie"]!;
    await expect(page.getByRole("heading", { level: 2, name: found === 0 ? "Nie znaleziono praktyk" : new RegExp(`^Znaleziono ${found} prakty`) })).toBeVisible();
  });

  test("is linked from the main navigation and the footer", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Serwis", exact: true }).getByRole("link", { name: "Mapa praktyk" }).click();
    await expect(page).toHaveURL("/mapa");
    await expect(page.getByRole("contentinfo").getByRole("link", { name: "Mapa praktyk" })).toHaveAttribute("href", "/mapa");
  });

  test("bad filter values are ignored rather than failing", async ({ page }) => {
    const response = await page.goto("/mapa?typ=mars&kategoria=%3Cscript%3E&ludnosc=1&od=abc&q=%00");
    expect(response?.status()).toBe(200);
    const map = new MapPage(page);
    expect(await map.tableTotal()).toBeGreaterThan(0);
  });
});

// On a phone and on a laptop: text drawn at 12 px or more, a legend of ranges, nothing wider than
// the screen. (Axe at both widths is in accessibility.spec.ts.)
test.describe("Map of practices, readable at any width", () => {
  test("on a 390 px phone the map shows the counts at 12 px or more, the legend too", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const map = new MapPage(page);
    await map.open();
    const counts = await map.tableCounts();
    // Names would be drawn at 7 px here: the map shows each region's count, and the table its name.
    const mazowieckie = map.region("mazowieckie");
    await expect(mazowieckie.locator("text").first()).toBeHidden();
    await expect(mazowieckie.locator("text").last()).toHaveText(`${counts["mazowieckie"]}`);
    const smallest = await smallestText(map.main.locator("figure"));
    expect(smallest.px, `„${smallest.text}”`).toBeGreaterThanOrEqual(12);
  });

  test("on a 1366 px screen the map shows the regions' names and counts at 12 px or more", async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    const map = new MapPage(page);
    await map.open();
    const counts = await map.tableCounts();
    const region = map.region("kujawsko-pomorskie");
    await expect(region.locator("text").first()).toHaveText("kujawsko-pomorskie");
    await expect(region.locator("text").last()).toHaveText(`${counts["kujawsko-pomorskie"]}`);
    const smallest = await smallestText(map.main.locator("figure"));
    expect(smallest.px, `„${smallest.text}”`).toBeGreaterThanOrEqual(12);
  });

  test("the legend gives each colour its range, in order, and every region has one of its colours", async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    const legend = map.main.getByRole("list", { name: "Legenda: liczba praktyk w województwie" });
    const ranges = await legend.getByRole("listitem").allInnerTexts();
    expect(ranges[0]).toBe("0");
    for (const range of ranges) expect(range).toMatch(/^\d+(–\d+)?$/);
    const bounds = ranges.map((range) => range.split("–").map(Number));
    for (let index = 1; index < bounds.length; index++) expect(bounds[index]![0]).toBe(bounds[index - 1]!.at(-1)! + 1);
    const swatches = await legend.locator("[aria-hidden=true]").evaluateAll((spans) => spans.map((span) => getComputedStyle(span).backgroundColor));
    expect(new Set(swatches).size).toBe(ranges.length);
    const fills = await map.map.locator(".bdp-map-fill").evaluateAll((uses) => uses.map((use) => getComputedStyle(use).fill));
    for (const fill of fills) expect(swatches).toContain(fill);
  });

  test("at 320 px nothing in the page's content is wider than the screen", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    const map = new MapPage(page);
    await map.open();
    expect(await overflowingElements(map.main)).toEqual([]);
  });
});
