import { randomUUID } from "node:crypto";
import path from "node:path";
import type { Page } from "@playwright/test";
import { buildPdf } from "../fixtures/uploads/builders/pdf";
import { expect, signIn, test } from "./support/admin";
import { expectNoViolations } from "./support/axe";

// Editors manage "Publikacje i dokumenty" and "Inne bazy danych"; the public pages follow at once.

const upload = (name: string) => path.resolve("tests/fixtures/uploads", name);
const errorSummary = (page: Page) => page.getByRole("alert", { name: "Wystąpił problem" });

test("an editor adds, corrects, replaces and deletes a publication", async ({ page, editor, browser }) => {
  test.setTimeout(90_000);
  const title = `Poradnik ${randomUUID().slice(0, 6)}`;
  await signIn(page, editor, "/admin/publikacje");
  await expectNoViolations(page, "publications list");
  await page.getByRole("main").getByRole("link", { name: "Dodaj publikację" }).click();
  await expect(page).toHaveTitle(/^Nowa publikacja/);
  await expectNoViolations(page, "new publication form");

  await page.getByRole("button", { name: "Dodaj publikację" }).click();
  await expect(errorSummary(page)).toContainText("Podaj tytuł.");
  await expect(errorSummary(page)).toContainText("Wybierz plik publikacji.");
  await expectNoViolations(page, "new publication form with errors");

  await page.getByLabel("Tytuł").fill(title);
  await page.getByLabel("Opis (nieobowiązkowo)").fill("Jak przygotować opis praktyki – krok po kroku.");
  await page.getByLabel("Data publikacji").fill("2024-02-30");
  await page.getByLabel("Plik").setInputFiles(upload("valid.pdf"));
  await page.getByRole("button", { name: "Dodaj publikację" }).click();
  await expect(errorSummary(page).getByRole("link", { name: "Podaj prawdziwą datę." })).toHaveAttribute("href", "#publishedOn");
  await expect(page.getByLabel("Tytuł")).toHaveValue(title);
  await expect(page.getByText("Wybierz ponownie plik „valid.pdf”")).toBeVisible();

  await page.getByLabel("Data publikacji").fill("2024-02-29");
  await page.getByLabel("Plik").setInputFiles(upload("program.pdf"));
  await page.getByRole("button", { name: "Dodaj publikację" }).click();
  await expect(errorSummary(page)).toContainText("Plik „program.pdf” nie jest dokumentem PDF");

  await page.getByLabel("Plik").setInputFiles(upload("valid.pdf"));
  await page.getByRole("button", { name: "Dodaj publikację" }).click();
  await expect(page).toHaveURL(/\/admin\/publikacje\?zapisano=1/);
  await expect(page.getByRole("status")).toHaveText("Zapisano publikację.");

  const visitor = await browser.newPage();
  await visitor.goto("/publikacje");
  const listed = visitor.getByRole("link", { name: title });
  await expect(listed).toBeVisible();
  const download = await visitor.request.get((await listed.getAttribute("href"))!);
  expect(download.headers()["content-type"]).toBe("application/pdf");

  await page.getByRole("link", { name: title, exact: true }).click();
  await expect(page).toHaveTitle(/^Publikacja/);
  await expectNoViolations(page, "publication edit form");
  await page.getByLabel("Tytuł").fill(`${title} (wyd. 2)`);
  await page.getByLabel("Nowy plik (nieobowiązkowo)").setInputFiles(upload("valid.odt"));
  await page.getByRole("button", { name: "Zapisz publikację" }).click();
  await expect(page).toHaveURL(/zapisano=1/);
  await visitor.goto("/publikacje");
  await expect(visitor.getByRole("link", { name: `${title} (wyd. 2)` })).toBeVisible();
  await expect(visitor.getByText(/^ODT, /)).toBeVisible();

  await page.getByRole("link", { name: `Usuń „${title} (wyd. 2)”` }).click();
  await expect(page.getByRole("heading", { name: "Usunąć publikację?" })).toBeVisible();
  await expect(page).toHaveTitle(/^Usuwanie publikacji/);
  await expectNoViolations(page, "publication deletion");
  await page.getByRole("button", { name: "Tak, usuń publikację" }).click();
  await expect(page).toHaveURL(/usunieto=1/);
  await visitor.goto("/publikacje");
  await expect(visitor.getByRole("link", { name: `${title} (wyd. 2)` })).toHaveCount(0);
  await visitor.close();
});

test("an editor adds, reorders and deletes a link to another database", async ({ page, editor, browser }) => {
  const title = `Baza ${randomUUID().slice(0, 6)}`;
  await signIn(page, editor, "/admin/inne-bazy");
  await expectNoViolations(page, "other databases list");
  await page.getByRole("main").getByRole("link", { name: "Dodaj odnośnik" }).click();
  await expect(page).toHaveTitle(/^Nowy odnośnik/);
  await expectNoViolations(page, "new link form");
  await page.getByLabel("Nazwa bazy").fill(title);
  await page.getByLabel("Adres strony").fill("javascript:alert(1)");
  await page.getByLabel("Pozycja na liście").fill("pierwsza");
  await page.getByRole("button", { name: "Dodaj odnośnik" }).click();
  await expect(errorSummary(page)).toContainText("Podaj pełny adres strony zaczynający się od https:// lub http://.");
  await expect(errorSummary(page)).toContainText("Wpisz pozycję jako liczbę całkowitą od 0 do 10000.");
  await expectNoViolations(page, "new link form with errors");
  await expect(page.getByLabel("Nazwa bazy")).toHaveValue(title);

  await page.getByLabel("Adres strony").fill("https://example.org/dobre-praktyki");
  await page.getByLabel("Pozycja na liście").fill("0");
  await page.getByLabel("Opis (nieobowiązkowo)").fill("Baza testowa <b>bez</b> znaczników.");
  await page.getByRole("button", { name: "Dodaj odnośnik" }).click();
  await expect(page).toHaveURL(/\/admin\/inne-bazy\?zapisano=1/);

  const visitor = await browser.newPage();
  await visitor.goto("/inne-bazy");
  const item = visitor.getByRole("main").getByRole("listitem").filter({ hasText: title });
  await expect(item.getByRole("link", { name: title })).toHaveAttribute("href", "https://example.org/dobre-praktyki");
  await expect(item).toContainText("Baza testowa <b>bez</b> znaczników.");

  await page.getByRole("link", { name: title, exact: true }).click();
  await expect(page).toHaveTitle(/^Odnośnik/);
  await expectNoViolations(page, "link edit form");
  await page.getByLabel("Pozycja na liście").fill("9999");
  await page.getByRole("button", { name: "Zapisz odnośnik" }).click();
  await expect(page).toHaveURL(/zapisano=1/);
  await visitor.goto("/inne-bazy");
  await expect(visitor.getByRole("main").getByRole("listitem").last().getByRole("link", { name: title })).toBeVisible();

  await page.getByRole("link", { name: `Usuń „${title}”` }).click();
  await expect(page).toHaveTitle(/^Usuwanie odnośnika/);
  await expectNoViolations(page, "link deletion");
  await page.getByRole("button", { name: "Tak, usuń odnośnik" }).click();
  await expect(page).toHaveURL(/usunieto=1/);
  await visitor.goto("/inne-bazy");
  await expect(visitor.getByRole("link", { name: title })).toHaveCount(0);
  await visitor.close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a publication is added through the plain form, errors and all", async ({ page, editor }) => {
    const title = `Bez skryptów ${randomUUID().slice(0, 6)}`;
    await signIn(page, editor, "/admin/publikacje/nowa");
    await page.getByLabel("Tytuł").fill(title);
    await page.getByLabel("Data publikacji").fill("wczoraj");
    await page.getByLabel("Plik").setInputFiles(upload("valid.docx"));
    await page.getByRole("button", { name: "Dodaj publikację" }).click();
    await expect(errorSummary(page)).toContainText("Podaj datę w formacie RRRR-MM-DD.");
    await expect(page.getByLabel("Tytuł")).toHaveValue(title);
    await page.getByLabel("Data publikacji").fill("2023-11-07");
    // Over the 2 MB that every other address allows: this path takes up to 21 MB.
    await page.getByLabel("Plik").setInputFiles({ name: "raport-roczny.pdf", mimeType: "application/pdf", buffer: buildPdf({ padding: 6_000_000 }) });
    await page.getByRole("button", { name: "Dodaj publikację" }).click();
    await expect(page).toHaveURL(/zapisano=1/);
    await expect(page.getByRole("row", { name: new RegExp(title) })).toContainText("raport-roczny.pdf (PDF, 6,0 MB)");
    await page.getByRole("link", { name: `Usuń „${title}”` }).click();
    await page.getByRole("button", { name: "Tak, usuń publikację" }).click();
    await expect(page).toHaveURL(/usunieto=1/);
  });
});

test("the front refuses oversized bodies outside the publication forms", async ({ request }) => {
  const response = await request.post("/admin/logowanie", { multipart: { email: "x@example.org", file: { name: "big.bin", mimeType: "application/octet-stream", buffer: Buffer.alloc(3 * 1024 * 1024) } } });
  expect(response.status()).toBe(413);
  expect(await response.text()).toBe("Wysłane dane są za duże.");
});
