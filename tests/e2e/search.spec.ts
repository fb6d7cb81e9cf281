import { expect, test } from "./support/fixtures";

// Search as municipal staff use it: the header's GET form, word forms, facets, without JavaScript.

test.describe("Search without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the header form finds practices by an inflected word and highlights its forms", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("searchbox", { name: "Szukaj praktyk" }).fill("bezrobotnych");
    await page.getByRole("search").getByRole("button", { name: "Szukaj" }).click();
    await expect(page).toHaveURL(/\/szukaj\?q=bezrobotnych/);
    await expect(page.getByRole("heading", { level: 2, name: /Znaleziono \d+ prakty/ })).toBeVisible();
    const marks = page.locator("main mark");
    expect(await marks.count()).toBeGreaterThan(0);
    for (const text of await marks.allTextContents()) expect(text.toLowerCase()).toMatch(/^bezrob/);
  });

  test("a facet narrows the results, shows as an active filter and can be removed", async ({ page }) => {
    await page.goto("/szukaj?q=bezrobotnych");
    const total = async () => Number((await page.getByRole("heading", { level: 2, name: /Znaleziono/ }).textContent())?.match(/\d+/)?.[0]);
    const before = await total();
    await page.getByRole("checkbox", { name: /^śląskie \(\d+\)$/ }).check();
    await page.getByRole("button", { name: "Zastosuj filtry" }).click();
    await expect(page).toHaveURL(/wojewodztwo=slaskie/);
    const after = await total();
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThanOrEqual(before);
    for (const line of await page.locator("main ol > li p.text-sm").filter({ hasText: "woj." }).allTextContents()) {
      expect(line).toContain("woj. śląskie");
    }
    await page.getByRole("link", { name: /województwo śląskie/ }).click();
    await expect(page).not.toHaveURL(/wojewodztwo=/);
    expect(await total()).toBe(before);
  });

  test("a misspelt word is corrected and said so", async ({ page }) => {
    await page.goto("/szukaj?q=termomodernizcja");
    await expect(page.getByText(/Pokazujemy wyniki dla/)).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: /Znaleziono/ })).toBeVisible();
  });

  test("a search that finds nothing offers each filter to relax, with what the search then finds", async ({ page }) => {
    await page.goto("/szukaj?q=bezrobotnych&wojewodztwo=opolskie&kategoria=pomoc-spoleczna");
    await expect(page.getByRole("heading", { level: 2, name: "Nie znaleziono praktyk" })).toBeVisible();
    const relax = page.getByRole("list", { name: "Bez jednego z warunków wyszukiwanie znajdzie:" });
    await expect(relax.getByRole("listitem")).toHaveText([
      /^Bez filtra „województwo opolskie”: [1-9]\d* prakty/,
      "Bez filtra „kategoria Pomoc społeczna”: 0 praktyk",
      "Bez słów „bezrobotnych”: 0 praktyk",
    ]);
    // Only what finds something is a link.
    await expect(relax.getByRole("link")).toHaveCount(1);
    const link = relax.getByRole("link", { name: /^Bez filtra „województwo opolskie”/ });
    const count = (await link.textContent())!.match(/: (\d+) prakty/)![1]!;
    await link.click();
    await expect(page).toHaveURL("/szukaj?q=bezrobotnych&kategoria=pomoc-spoleczna");
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^Znaleziono ${count} prakty`) })).toBeVisible();
  });

  test("a question in full sentences finds practices with some of its words, and says so", async ({ page }) => {
    await page.goto(`/szukaj?q=${encodeURIComponent("co zrobiły powiaty grodzkie dla bezrobotnych")}`);
    await expect(page.getByText("Żadna praktyka nie zawiera wszystkich słów; pokazujemy praktyki, które zawierają część z nich.")).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: /Znaleziono \d+ prakty/ })).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: /Krok do pracy/ })).toBeVisible();
  });

  test("an abbreviation finds its full name, and the page says what it added", async ({ page }) => {
    await page.goto("/szukaj?q=WPF");
    await expect(page.getByText(/^Uwzględniono też: .*„Wieloletnia Prognoza Finansowa”/)).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: /Wieloletnia Prognoza Finansowa/ })).toBeVisible();
    // The snippet marks the words found through the thesaurus.
    await expect(page.locator("main ol > li mark").first()).toBeVisible();
  });

  test("snippets show the words of the full presentation, not its Markdown", async ({ page }) => {
    // Santok's presentation is a numbered list with bold lead-ins ("1. **Konsultacje** – …").
    await page.goto("/szukaj?q=stojaki+na+rowery");
    const snippets = await page.getByRole("main").locator("ol > li > p:last-child").allTextContents();
    expect(snippets.length).toBeGreaterThan(0);
    for (const text of snippets) expect(text).not.toMatch(/\*\*|\]\(|(^|\s)#{1,6}\s|(^|\s)\d+\.\s\*/);
    await expect(page.getByRole("main").locator("ol mark").first()).toBeVisible();
  });

  test("the map shows the same search's practices per voivodeship", async ({ page }) => {
    await page.goto("/szukaj?q=bezrobotnych&wojewodztwo=slaskie&typ=powiat-grodzki");
    const found = Number((await page.getByRole("heading", { level: 2, name: /Znaleziono/ }).textContent())?.match(/\d+/)?.[0]);
    const link = page.getByRole("link", { name: "Pokaż na mapie" });
    await expect(link).toHaveAttribute("href", "/mapa?q=bezrobotnych&typ=powiat-grodzki");
    await link.click();
    await expect(page.getByRole("heading", { level: 1, name: "Mapa praktyk" })).toBeVisible();
    await expect(page.getByRole("row", { name: /^śląskie/ }).getByRole("cell")).toHaveText(String(found));
  });

  test("its two search forms are told apart, the heading comes before the filters, years have full labels", async ({ page }) => {
    await page.goto("/szukaj?q=szkoła&od=2010&do=2015");
    await expect(page.getByRole("search", { name: "Szybkie wyszukiwanie" })).toBeVisible();
    await expect(page.getByRole("search", { name: "Zmień szukane słowa" })).toBeVisible();
    const h1BeforeFilters = await page.evaluate(() => {
      const h1 = document.querySelector("h1")!;
      const filters = document.getElementById("filtry-naglowek")!;
      return Boolean(h1.compareDocumentPosition(filters) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(h1BeforeFilters).toBe(true);
    await expect(page.getByLabel("Rok wprowadzenia: od")).toHaveValue("2010");
    await expect(page.getByLabel("Rok wprowadzenia: do")).toHaveValue("2015");
    // On a wide screen the filters still stand to the left of the results.
    const filtersBox = await page.getByRole("form", { name: "Zawęź wyniki" }).boundingBox();
    const headingBox = await page.getByRole("heading", { level: 1 }).boundingBox();
    expect(filtersBox!.x + filtersBox!.width).toBeLessThanOrEqual(headingBox!.x);
  });

  test("hostile input is shown as text and never breaks the page", async ({ page }) => {
    const hostile = '<img src=x onerror="document.title=1">(((&|!';
    const response = await page.goto(`/szukaj?q=${encodeURIComponent(hostile)}&strona=-1&wojewodztwo=mars`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("main img")).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("<img src=x");
  });
});

test.describe("Search filters with JavaScript", () => {
  test("apply as soon as one is ticked, keep the focus, and fold the values that would find nothing", async ({ page }) => {
    await page.goto("/szukaj?q=bezrobotnych");
    const filters = page.getByRole("form", { name: "Zawęź wyniki" });
    const silesia = filters.getByRole("checkbox", { name: /^śląskie \(\d+\)$/ });
    await silesia.check();
    await expect(page).toHaveURL(/wojewodztwo=slaskie/);
    await expect(page.getByRole("link", { name: /województwo śląskie/ })).toBeVisible();
    await expect(silesia).toBeFocused();
    // Under śląskie, some unit types find nothing: they wait, folded, at the end of their group.
    const unitTypes = filters.getByRole("group", { name: "Typ jednostki" });
    const folded = unitTypes.locator("details");
    await expect(folded.locator("summary")).toHaveText(/^Bez wyników \(\d+\)/);
    const hidden = Number((await folded.locator("summary").innerText()).match(/\d+/)![0]);
    await expect(folded.getByRole("checkbox")).toHaveCount(0);
    await folded.locator("summary").click();
    await expect(folded.getByRole("checkbox")).toHaveCount(hidden);
    for (const label of await folded.locator("label").allInnerTexts()) expect(label).toMatch(/\(0\)$/);
  });
});

