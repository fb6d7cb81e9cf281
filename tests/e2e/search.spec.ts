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

  test("hostile input is shown as text and never breaks the page", async ({ page }) => {
    const hostile = '<img src=x onerror="document.title=1">(((&|!';
    const response = await page.goto(`/szukaj?q=${encodeURIComponent(hostile)}&strona=-1&wojewodztwo=mars`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("main img")).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("<img src=x");
  });
});
