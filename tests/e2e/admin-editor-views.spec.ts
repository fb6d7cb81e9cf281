import { mkdirSync } from "node:fs";
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { AdminPracticeForm } from "./pages/AdminPracticeForm";
import { createDraft, expect, purgePractice, signIn, test } from "./support/admin";
import { expectNoViolations } from "./support/axe";

// The editor's views of issue 14: the Markdown toolbar and live preview, the history of a practice
// with one version and with several, the list's "Ostatnia zmiana", and the forms and history at
// 320, 390 and 1366 px (axe, no sideways scrolling).

async function expectNoHorizontalOverflow(page: Page, label: string): Promise<void> {
  const { overflow, widest } = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // The outermost elements that reach past the screen's edge, to name in a failure.
    const past = [...document.querySelectorAll("body *")].filter((element) => element.getBoundingClientRect().right > width + 1);
    const widest = past.filter((element) => !past.includes(element.parentElement!)).map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    return { overflow: document.documentElement.scrollWidth - width, widest };
  });
  expect(overflow, `${label} scrolls sideways by ${overflow}px: ${widest.join(", ")}`).toBeLessThanOrEqual(0);
}

test("the toolbar inserts Markdown and the preview follows the text without asking the server", async ({ page, editor }) => {
  await signIn(page, editor, "/admin/praktyki/nowa");
  const form = new AdminPracticeForm(page);
  const body = form.field("Pełna prezentacja");
  const toolbar = form.form.getByRole("group", { name: "Formatowanie pełnej prezentacji" });
  await body.fill("Plan działań");
  await body.press("Control+A");
  await toolbar.getByRole("button", { name: "Nagłówek" }).click();
  await body.press("End");
  await body.press("Enter");
  await body.press("Enter");
  await toolbar.getByRole("button", { name: "Lista" }).click();
  await body.pressSequentially("dyżur ");
  await toolbar.getByRole("button", { name: "Pogrubienie" }).click();
  await body.pressSequentially("we wtorki");
  await body.press("End");
  await body.pressSequentially(", zobacz ");
  await toolbar.getByRole("button", { name: "Odnośnik" }).click();
  await body.pressSequentially("https://bip.example.pl/dyzury");
  await expect(body).toHaveValue("## Plan działań\n\n- dyżur **we wtorki**, zobacz [tekst odnośnika](https://bip.example.pl/dyzury)");

  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(request.url());
  });
  await form.form.getByRole("button", { name: "Podgląd" }).click();
  const preview = page.getByRole("region", { name: "Podgląd pełnej prezentacji" });
  await expect(preview.getByRole("heading", { name: "Plan działań" })).toBeVisible();
  await expect(preview.getByRole("listitem")).toContainText("dyżur we wtorki, zobacz tekst odnośnika");
  await expect(preview.locator("strong")).toHaveText("we wtorki");
  await expect(preview.getByRole("link", { name: "tekst odnośnika" })).toHaveAttribute("href", "https://bip.example.pl/dyzury");
  // Live: typing changes the preview at once.
  await body.press("Control+End");
  await body.pressSequentially("\n\n## Efekty");
  await expect(preview.getByRole("heading", { name: "Efekty" })).toBeVisible();
  expect(posts, "the preview is drawn in the browser").toEqual([]);
});

test("history: one version is said so with nothing to compare; a later diff wraps on a phone", async ({ page, editor, browser, database }) => {
  await signIn(page, editor);
  const id = await createDraft(page, `Historia ${randomUUID().slice(0, 6)}`);
  try {
    await page.goto(`/admin/praktyki/${id}/historia`);
    const comparison = page.getByRole("region", { name: "Porównanie wersji" });
    await expect(comparison.getByText("Jedna wersja: nie ma jeszcze czego porównać.")).toBeVisible();
    await expect(comparison.getByRole("button", { name: "Porównaj" })).toHaveCount(0);
    await expect(page.getByText(/Wersje 1 i 1/)).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Jedna wersja" })).toBeVisible();

    await page.goto(`/admin/praktyki/${id}`);
    const form = new AdminPracticeForm(page);
    const longAddress = `https://bip.example.pl/${"uchwala-rady-gminy-w-sprawie-programu-".repeat(4)}2026.pdf`;
    await form.field("Skrót").fill(`Nowy skrót z długim adresem ${longAddress} bez spacji.`);
    await form.save("Zapisz zmiany");
    await expect(page).toHaveURL(/zapisano=1/);

    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`/admin/praktyki/${id}/historia`);
    const diff = page.getByRole("table", { name: "Różnice między wersją 1 a wersją 2" });
    await expect(diff.getByRole("row", { name: /Skrót/ }).locator("ins")).toContainText(["długim", "uchwala-rady-gminy-w-sprawie-programu-"]);
    await expectNoHorizontalOverflow(page, "history at 320 px");
    const diffBox = await diff.boundingBox();
    expect(diffBox!.x + diffBox!.width).toBeLessThanOrEqual(320);
    await page.goto(`/admin/praktyki/${id}/historia?od=2&do=2`);
    await expect(page.getByText("Wybrano dwa razy wersję 2: wybierz dwie różne wersje, aby je porównać.")).toBeVisible();
  } finally {
    await purgePractice(browser, database, id);
  }
});

test("the list's 'Ostatnia zmiana' is each practice's own, not the minute of the demo import", async ({ page, editor }) => {
  await signIn(page, editor, "/admin?sort=tytul");
  const table = page.getByRole("table", { name: "Praktyki" });
  const rows = table.getByRole("row");
  await expect(rows).toHaveCount(26);
  const changes = await table.locator("tbody tr td:last-child").allTextContents();
  const times = changes.map((text) => /\d{1,2} \S+ \d{4} r\., \d{2}:\d{2}/.exec(text)?.[0]);
  expect(times.every(Boolean)).toBe(true);
  expect(new Set(times).size, `distinct times among ${times.join(" | ")}`).toBeGreaterThan(20);
});

test("the list, the new and edit forms and the history pass axe and never scroll sideways at 320, 390 and 1366 px", async ({ page, editor, browser, database }) => {
  test.setTimeout(240_000);
  await signIn(page, editor);
  const id = await createDraft(page, `Układ ${randomUUID().slice(0, 6)}`);
  const shots = "test-results/screenshots";
  mkdirSync(shots, { recursive: true });
  try {
    for (const width of [320, 390, 1366]) {
      await page.setViewportSize({ width, height: 900 });
      const check = async (label: string) => {
        await expectNoViolations(page, `${label} at ${width}px`);
        await expectNoHorizontalOverflow(page, `${label} at ${width}px`);
      };
      await page.goto("/admin");
      await check("the list");
      await page.goto("/admin/praktyki/nowa");
      await check("new practice");
      await page.getByLabel("Pełna prezentacja").fill("## Cel\n\nTekst **pogrubiony**.");
      await page.getByRole("button", { name: "Podgląd" }).click();
      await page.getByLabel("Dodaj pliki").setInputFiles("tests/fixtures/uploads/valid.pdf");
      await expect(page.getByRole("heading", { name: "Pliki do dołączenia (1)" })).toBeVisible();
      await check("new practice with a preview and a pending file");
      await page.screenshot({ path: `${shots}/nowa-${width}.png`, fullPage: true });
      await page.getByRole("button", { name: "Zapisz jako szkic" }).click();
      await expect(page.getByRole("alert").filter({ hasText: "Wystąpił problem" })).toBeFocused();
      await check("new practice with errors");
      await page.goto(`/admin/praktyki/${id}`);
      await check("edit form");
      await page.goto(`/admin/praktyki/${id}/historia`);
      await check("history");
      await page.screenshot({ path: `${shots}/historia-${width}.png`, fullPage: true });
    }
  } finally {
    await purgePractice(browser, database, id);
  }
});
