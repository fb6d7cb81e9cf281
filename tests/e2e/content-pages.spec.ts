import { readFile } from "node:fs/promises";
import { fileKind } from "./support/files";
import { expect, test } from "./support/fixtures";

// The content pages of the footer: publications (downloads), other databases, about, privacy
// policy and accessibility statement.

const FOOTER_PAGES = [
  ["O banku", "/o-banku", "O Banku Dobrych Praktyk"],
  ["Mapa praktyk", "/mapa", "Mapa praktyk"],
  ["Statystyki", "/statystyki", "Statystyki"],
  ["Publikacje i dokumenty", "/publikacje", "Publikacje i dokumenty"],
  ["Inne bazy danych", "/inne-bazy", "Inne bazy danych"],
  ["Polityka prywatności", "/polityka-prywatnosci", "Polityka prywatności"],
  ["Deklaracja dostępności", "/deklaracja-dostepnosci", "Deklaracja dostępności"],
] as const;

test.describe("Content pages", () => {
  test("the footer links to every content page", async ({ page }) => {
    for (const [link, url, heading] of FOOTER_PAGES) {
      await page.goto("/");
      await page.getByRole("navigation", { name: "Informacje o serwisie" }).getByRole("link", { name: link, exact: true }).click();
      await expect(page).toHaveURL(url);
      await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toHaveText(heading);
    }
  });

  test("a publication downloads as the PDF it announces, with its Polish file name", async ({ page }) => {
    await page.goto("/publikacje");
    const links = page.getByRole("main").locator("h2 a[download]");
    expect(await links.count()).toBeGreaterThanOrEqual(5);
    const link = links.filter({ hasText: "Jak opisać dobrą praktykę" });
    await expect(link.locator("xpath=ancestor::li")).toContainText(/PDF, \d+,\d kB/);
    const downloading = page.waitForEvent("download");
    await link.click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("jak-opisac-dobra-praktyke.pdf");
    expect(fileKind(await readFile(await download.path()))).toBe("pdf");

    const response = await page.request.get((await link.getAttribute("href"))!);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="jak-opisac-dobra-praktyke\.pdf"; filename\*=UTF-8''/);
    expect((await page.request.get("/publikacje/999999")).status()).toBe(404);
  });

  test("other databases link to real web addresses", async ({ page }) => {
    await page.goto("/inne-bazy");
    const links = page.getByRole("main").locator("h2 a");
    expect(await links.count()).toBeGreaterThanOrEqual(5);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""))) expect(href).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\//);
  });

  test("the accessibility statement has the required parts, marked as the official template marks them", async ({ page }) => {
    await page.goto("/deklaracja-dostepnosci");
    for (const id of ["a11y-podmiot", "a11y-url", "a11y-data-publikacja", "a11y-data-aktualizacja", "a11y-status", "a11y-data-sporzadzenie", "a11y-kontakt", "a11y-osoba", "a11y-email", "a11y-telefon", "a11y-procedura", "a11y-architektura"]) {
      await expect(page.locator(`#${id}`), id).toHaveCount(1);
    }
    await expect(page.locator("#a11y-data-publikacja")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
    await expect(page.locator("#a11y-procedura")).toContainText("7 dni");
    await expect(page.locator("#a11y-procedura").getByRole("link", { name: "Rzecznika Praw Obywatelskich" })).toBeVisible();
  });

  test("the privacy policy describes the cookie-less counting, and what the editors' admin keeps", async ({ page, context }) => {
    await page.goto("/polityka-prywatnosci");
    const main = page.getByRole("main");
    await expect(main).toContainText("SHA-256");
    await expect(main).toContainText("Odwiedzającym serwis nie używa plików cookies");
    const admin = main.getByRole("heading", { level: 2, name: "Panel redakcji" }).locator("xpath=following-sibling::ul[1]");
    await expect(admin).toContainText("__Host-bdp-sesja");
    await expect(admin).toContainText("HMAC-SHA-256");
    await expect(main.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
    // …and the site indeed sets none.
    expect(await context.cookies()).toEqual([]);
  });
});
