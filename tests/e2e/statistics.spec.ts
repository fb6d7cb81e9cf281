import { parseFigure } from "./pages/SitePage";
import { expect, test } from "./support/fixtures";
import { overflowingElements, smallestText } from "./support/readability";

// Statistics: server-rendered charts with a text alternative, each with its figures in a table.

test.describe("Statistics", () => {
  test("every chart is an image with a name and a description, and has a table of its figures", async ({ page }) => {
    await page.goto("/statystyki");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Statystyki");
    const charts = page.getByRole("main").getByRole("img");
    expect(await charts.count()).toBeGreaterThanOrEqual(5);
    for (const chart of await charts.all()) {
      await expect(chart).toHaveAccessibleName(/\S/);
      await expect(chart).toHaveAccessibleDescription(/\S/);
    }
    const summaries = page.getByRole("main").locator("details > summary");
    expect(await summaries.count()).toBeGreaterThanOrEqual(await charts.count());
  });

  test("the voivodeship and unit-type tables add up to the number of practices, and match the map", async ({ page }) => {
    await page.goto("/statystyki");
    const total = parseFigure((await page.getByRole("main").getByText(/^W banku jest/).innerText()).split("opublikowan")[0]!);
    const sumOf = async (caption: string) => {
      // The tables sit in closed <details>: present for assistive technology once opened, and in the DOM.
      const table = page.getByRole("table", { name: caption, includeHidden: true });
      const cells = await table.locator("tbody td").allTextContents();
      return { sum: cells.map(parseFigure).reduce((a, b) => a + b, 0), rows: await table.locator("tbody tr").count() };
    };
    const voivodeships = await sumOf("Praktyki według województw");
    expect(voivodeships).toEqual({ sum: total, rows: 16 });
    expect((await sumOf("Praktyki według typu jednostki")).sum).toBe(total);
    expect((await sumOf("Praktyki według roku wprowadzenia do banku")).sum).toBe(total);

    await page.goto("/mapa");
    expect(parseFigure(await page.getByRole("table").locator("tfoot td").innerText())).toBe(total);
  });
});

// On a phone: every chart's text drawn at 12 px or more, labels whole, nothing wider than the screen.
test.describe("Statistics, readable at any width", () => {
  for (const width of [390, 1366]) {
    test(`at ${width} px every chart's text is drawn at 12 px or more`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/statystyki");
      const charts = page.getByRole("main").getByRole("img");
      expect(await charts.count()).toBeGreaterThanOrEqual(5);
      for (const chart of await charts.all()) {
        const smallest = await smallestText(chart);
        expect(smallest.px, `„${smallest.text}” in ${await chart.getAttribute("aria-labelledby")}`).toBeGreaterThanOrEqual(12);
      }
    });
  }

  test("a bar chart's labels are whole: the same words as its table's rows", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/statystyki");
    const section = page.getByRole("region", { name: "Praktyki według kategorii" });
    const rows = await section.getByRole("table", { includeHidden: true }).locator("tbody th").allTextContents();
    const labels = await section.getByRole("img").locator("span:not(.sr-only)").allInnerTexts();
    for (const row of rows) expect(labels).toContain(row.trim());
  });

  test("at 320 px nothing in the page's content is wider than the screen", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto("/statystyki");
    expect(await overflowingElements(page.getByRole("main"))).toEqual([]);
  });
});
