import { parseFigure } from "./pages/SitePage";
import { expect, test } from "./support/fixtures";

// Statistics: server-rendered SVG charts with a text alternative, each with its figures in a table.

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
