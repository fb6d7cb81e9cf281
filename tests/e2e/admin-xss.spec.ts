import { randomUUID } from "node:crypto";
import path from "node:path";
import type { Page } from "@playwright/test";
import { AdminPracticeForm } from "./pages/AdminPracticeForm";
import { expect, purgePractice, signIn, test } from "./support/admin";

// Hostile text in every text field of a practice (and in the Markdown body) is shown as text:
// nothing runs, no element is injected, on the public pages or in the admin.

const PAYLOADS = [
  `<script>window.__xss=1</script>`,
  `"><img src=x onerror="window.__xss=1" data-xss>`,
  `<svg/onload=window.__xss=1 data-xss>`,
  `'};window.__xss=1;//`,
  `{{constructor.constructor('window.__xss=1')()}}`,
];
const ONE_LINE = PAYLOADS.join(" ");

const BODY = [
  "## Nagłówek",
  `<script>window.__xss=1</script>`,
  `<img src=x onerror="window.__xss=1" data-xss>`,
  `<iframe srcdoc="<script>parent.__xss=1</script>" data-xss></iframe>`,
  `[odnośnik](javascript:window.__xss=1)`,
  `[drugi](JaVaScRiPt:window.__xss=1 "tytuł")`,
  `![obraz](x" onerror="window.__xss=1)`,
  `<a href="javascript:window.__xss=1" data-xss>klik</a>`,
].join("\n\n");

async function expectInert(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForLoadState("load");
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), url).toBeUndefined();
  await expect(page.locator("[data-xss]"), url).toHaveCount(0);
  // The one script a practice page may carry is its schema.org JSON-LD: data, never run, and it
  // must hold the payloads whole (a "</script>" in them would have ended it early).
  await expect(page.locator('main iframe, main svg[onload], main img[onerror], main script:not([type="application/ld+json"])'), url).toHaveCount(0);
  for (const jsonLd of await page.locator('script[type="application/ld+json"]').allTextContents()) {
    expect(() => JSON.parse(jsonLd), url).not.toThrow();
  }
  const hrefs = await page.locator("main a[href]").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  expect(hrefs.filter((href) => /^\s*javascript:/i.test(href)), url).toEqual([]);
}

test("an XSS payload list in every text field and in the Markdown body renders inert", async ({ page, browser, editor, database }) => {
  test.setTimeout(180_000);
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const marker = `xss${randomUUID().slice(0, 6)}`;
  let practiceId: number | undefined;
  try {
    await signIn(page, editor);
    await page.goto("/admin/praktyki/nowa");
    const form = new AdminPracticeForm(page);
    await form.field("Tytuł").fill(`${marker} ${ONE_LINE}`);
    await form.field("Adres strony").fill(`praktyka-${marker}`);
    await form.field("Skrót").fill(`${ONE_LINE}\n\n${marker}`);
    await form.field("Pełna prezentacja").fill(BODY);
    await form.field("Kategoria główna").selectOption({ index: 1 });
    await form.field("Typ jednostki").selectOption({ label: "powiat ziemski" });
    await form.field("Województwo").selectOption({ label: "opolskie" });
    for (const label of ["Miejscowość", "Jednostka wdrażająca", "Poczta", "Ulica (nieobowiązkowo)"]) await form.field(label).fill(ONE_LINE);
    await form.field("Kod pocztowy").fill("45-001");
    await form.field("Witryna internetowa (nieobowiązkowo)").fill(`https://example.pl/"><script>window.__xss=1</script>`);
    await form.fillContact(0, { name: ONE_LINE, role: ONE_LINE });
    await form.save("Zapisz i opublikuj");
    await expect(page).toHaveURL(/\/admin\/praktyki\/\d+\?opublikowano=1/);
    practiceId = Number(/\/admin\/praktyki\/(\d+)/.exec(page.url())![1]);

    await page.getByLabel("Dodaj pliki").setInputFiles({ name: "raport.pdf", mimeType: "application/pdf", buffer: await import("node:fs").then((fs) => fs.readFileSync(path.resolve("tests/fixtures/uploads/valid.pdf"))) });
    await page.getByRole("button", { name: "Wyślij pliki" }).click();
    await expect(page.getByText("Dodano plik „raport.pdf”")).toBeVisible();
    await page.getByLabel("Tytuł pliku raport.pdf").fill(ONE_LINE);
    await page.getByRole("button", { name: "Zapisz tytuły i kolejność" }).click();
    await expect(page.getByText("Zapisano tytuły i kolejność załączników.")).toBeVisible();
    await page.reload();
    await form.field("Tytuł").fill(`${marker} druga wersja ${ONE_LINE}`);
    await form.save("Zapisz i opublikuj zmiany");
    await expect(page).toHaveURL(/zapisano=1/);

    const publicPage = await browser.newPage();
    publicPage.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    for (const url of [`/praktyki/praktyka-${marker}`, `/praktyki/praktyka-${marker}/prezentacja`, `/praktyki/praktyka-${marker}/zalaczniki`, `/szukaj?q=${marker}`, "/"]) {
      await expectInert(publicPage, url);
    }
    // The text is there, as text.
    await publicPage.goto(`/praktyki/praktyka-${marker}`);
    await expect(publicPage.getByRole("heading", { level: 1 })).toContainText("<script>window.__xss=1</script>");
    await publicPage.goto(`/praktyki/praktyka-${marker}/prezentacja`);
    // react-markdown's URL filter empties unsafe link targets.
    expect(await publicPage.getByText("odnośnik", { exact: true }).getAttribute("href")).toBe("");
    await publicPage.close();

    for (const url of [`/admin?q=${marker}`, `/admin/praktyki/${practiceId}`, `/admin/praktyki/${practiceId}/historia`, "/admin/konto"]) await expectInert(page, url);
    await page.goto(`/admin/praktyki/${practiceId}`);
    await page.getByRole("button", { name: "Podgląd" }).click();
    await expect(page.getByRole("region", { name: "Podgląd pełnej prezentacji" })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await expect(page.locator("[data-xss]")).toHaveCount(0);
    expect(dialogs).toEqual([]);
  } finally {
    if (practiceId) await purgePractice(browser, database, practiceId);
  }
});
