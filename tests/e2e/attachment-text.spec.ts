import path from "node:path";
import type { Page } from "@playwright/test";
import { createDraft, expect, purgePractice, signIn, test } from "./support/admin";
import { expectNoViolations } from "./support/axe";

// Search inside attachments: the site's background job reads the demo attachments' text after
// start, so the first look may come before it is done; each check polls for a while.

const GLIWICE = "krok-do-pracy-aktywizacja-osob-dlugotrwale-bezrobotnych-w-gliwicach";

/** /szukaj for a word only Gliwice's „Sprawozdanie 2011.pdf” has, once the job has read it. */
async function searchAttachmentWord(page: Page): Promise<void> {
  await expect(async () => {
    await page.goto("/szukaj?q=florystyka");
    await expect(page.getByRole("heading", { level: 2, name: "Znaleziono 1 praktykę" })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 60_000 });
}

test.describe("Search inside attachments, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a word only in an attachment finds its practice, and the result says in which file", async ({ page }) => {
    await searchAttachmentWord(page);
    const result = page.locator("main ol > li");
    await expect(result.getByRole("link", { name: /„Krok do pracy”/ })).toHaveAttribute("href", `/praktyki/${GLIWICE}`);
    await expect(result.getByText("w załączniku: Sprawozdanie 2011.pdf")).toBeVisible();
    await expect(result.getByRole("link", { name: "Sprawozdanie 2011.pdf" })).toHaveAttribute("href", `/praktyki/${GLIWICE}/zalaczniki`);
    await expect(result.locator("mark")).toHaveText(["florystyki"]);
  });
});

test("a result found in an attachment is accessible (axe)", async ({ page }) => {
  await searchAttachmentWord(page);
  await expectNoViolations(page, "a result found in an attachment");
});

test("the admin marks a scanned PDF as having no text layer", async ({ page, editor, browser, database }) => {
  test.setTimeout(120_000); // the job polls every 3 s and reads each file in a fresh thread
  await signIn(page, editor);
  const id = await createDraft(page, `Skan bez tekstu ${Date.now()}`);
  try {
    await page.getByLabel("Dodaj pliki").setInputFiles(path.resolve("tests/fixtures/attachment-text/skan.pdf"));
    await page.getByRole("button", { name: "Wyślij pliki" }).click();
    await expect(page.getByText("Dodano plik „skan.pdf” (dokument PDF).")).toBeVisible();
    await expect(async () => {
      await page.goto(`/admin/praktyki/${id}`);
      await expect(page.getByText("Wyszukiwarka: brak warstwy tekstowej (skan?)", { exact: false })).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 60_000 });
  } finally {
    await purgePractice(browser, database, id);
  }
});
