import { randomUUID } from "node:crypto";
import path from "node:path";
import { AdminPracticeForm } from "./pages/AdminPracticeForm";
import { createDraft, expect, purgePractice, signIn, test } from "./support/admin";
import { expectNoViolations } from "./support/axe";

// axe over the sign-in page and every admin page and form (empty, filled, with errors), and the
// admin driven by the keyboard alone.

test.describe("Admin accessibility (axe, WCAG 2.1 AA)", () => {
  test("the sign-in page, empty and with an error", async ({ page }) => {
    await page.goto("/admin/logowanie");
    await expectNoViolations(page);
    await page.getByRole("button", { name: "Zaloguj się" }).click();
    await expect(page.getByRole("alert", { name: "Wystąpił problem" })).toBeVisible();
    await expectNoViolations(page, "sign-in page with errors");
  });

  test("every page and form of the admin", async ({ page, administrator, browser, database, consoleErrors }) => {
    test.setTimeout(180_000);
    await signIn(page, administrator);
    const id = await createDraft(page, `Dostępność ${randomUUID().slice(0, 6)}`);
    try {
      await page.getByLabel("Dodaj pliki").setInputFiles(path.resolve("tests/fixtures/uploads/valid.pdf"));
      await page.getByRole("button", { name: "Wyślij pliki" }).click();
      await expect(page.getByText("Dodano plik „valid.pdf” (dokument PDF).")).toBeVisible();
      await expectNoViolations(page, "edit page with an attachment and an upload outcome");
      const form = new AdminPracticeForm(page);
      await form.field("Skrót").fill("Nowy skrót praktyki do porównania wersji.");
      await form.save("Zapisz zmiany");
      await expect(page).toHaveURL(/zapisano=1/);

      const pages = [
        "/admin",
        "/admin?q=nie-ma-takiej-praktyki-zzz",
        "/admin?stan=szkic&sort=tytul",
        "/admin/praktyki/nowa",
        `/admin/praktyki/${id}`,
        `/admin/praktyki/${id}/historia`,
        `/admin/praktyki/${id}/historia?od=1&do=1`,
        `/admin/praktyki/${id}/usun`,
        "/admin/dziennik",
        "/admin/dziennik?rodzaj=login-succeeded",
        "/admin/konta",
        "/admin/konta/nowe",
        `/admin/konta/${administrator.id}`,
        "/admin/konto",
        "/admin/nie-ma-takiej-strony",
      ];
      for (const url of pages) {
        await page.goto(url);
        await expectNoViolations(page, url);
      }
      // Unknown admin addresses answer 404: the browser reports it as a failed resource.
      consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((error) => !error.includes("status of 404")));

      await page.goto(`/admin/praktyki/${id}`);
      const attachmentId = /zalaczniki\/(\d+)\/usun/.exec((await page.getByRole("link", { name: /Usuń valid\.pdf/ }).getAttribute("href")) ?? "")![1];
      await page.goto(`/admin/praktyki/${id}/zalaczniki/${attachmentId}/usun`);
      await expectNoViolations(page, "attachment removal confirmation");

      await page.goto("/admin/praktyki/nowa");
      await form.save("Zapisz jako szkic");
      await expect(form.errorSummary).toBeFocused();
      await expectNoViolations(page, "new practice with errors");

      await page.goto("/admin/konta/nowe");
      await page.getByRole("button", { name: "Utwórz konto" }).click();
      await expect(page.getByRole("alert", { name: "Wystąpił problem" })).toBeVisible();
      await expectNoViolations(page, "new account with errors");

      await page.goto(`/admin/praktyki/${id}/usun`);
      await page.getByRole("button", { name: "Tak, przenieś do kosza" }).click();
      await expect(page).toHaveURL(/przeniesiono-do-kosza=1/);
      await expectNoViolations(page, "list after moving to the bin");
      await page.goto(`/admin/praktyki/${id}`);
      await expect(page.getByRole("heading", { name: "Ta praktyka jest w koszu" })).toBeVisible();
      await expectNoViolations(page, "practice in the bin");
      await page.goto(`/admin/praktyki/${id}/usun-na-stale`);
      await expectNoViolations(page, "purge confirmation");
    } finally {
      await purgePractice(browser, database, id);
    }
  });

  test("the 403 page an editor gets", async ({ page, editor, consoleErrors }) => {
    await signIn(page, editor);
    await page.goto("/admin/dziennik");
    await expectNoViolations(page, "403 page");
    consoleErrors.length = 0;
  });
});

test.describe("The admin by keyboard alone", () => {
  test("sign in, open the form, add a contact, meet an error, fix it and save", async ({ page, editor, browser, database }) => {
    const marker = randomUUID().slice(0, 6);
    let practiceId: number | undefined;
    try {
      await page.goto("/admin/logowanie");
      await page.keyboard.press("Tab");
      await expect(page.getByRole("link", { name: "Przejdź do treści" })).toBeFocused();
      await page.keyboard.press("Enter");
      await page.keyboard.press("Tab");
      await expect(page.getByLabel("Adres e-mail")).toBeFocused();
      await page.keyboard.type(editor.email);
      await page.keyboard.press("Tab");
      await page.keyboard.type(editor.password);
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL("/admin");

      const addLink = page.getByRole("main").getByRole("link", { name: "Dodaj praktykę" });
      await addLink.focus();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL("/admin/praktyki/nowa");
      const form = new AdminPracticeForm(page);
      await form.field("Tytuł").focus();
      await page.keyboard.type(`Klawiatura ${marker}`);
      await form.field("Skrót").focus();
      await page.keyboard.type("Wszystko bez myszy.");
      await form.field("Kategoria główna").focus();
      await page.keyboard.press("ArrowDown");
      await form.field("Typ jednostki").focus();
      await page.keyboard.press("ArrowDown");
      await form.field("Województwo").focus();
      await page.keyboard.press("ArrowDown");
      for (const [label, text] of [["Miejscowość", "Opole"], ["Jednostka wdrażająca", "Urząd Miasta Opola"], ["Kod pocztowy", "45 001"], ["Poczta", "Opole"]] as const) {
        await form.field(label).focus();
        await page.keyboard.type(text);
      }
      await form.contact(0).getByLabel("Imię i nazwisko").focus();
      await page.keyboard.type("Osoba Pierwsza");
      await form.form.getByRole("button", { name: "Dodaj osobę kontaktową" }).focus();
      await page.keyboard.press("Enter");
      await expect(form.contact(1).getByLabel("Imię i nazwisko")).toBeFocused();
      await page.keyboard.type("Osoba Druga");

      await form.form.getByRole("button", { name: "Zapisz jako szkic" }).focus();
      await page.keyboard.press("Enter");
      await expect(form.errorSummary).toBeFocused();
      await page.keyboard.press("Tab");
      await page.keyboard.press("Enter");
      await expect(form.field("Kod pocztowy")).toBeFocused();
      await page.keyboard.press("Control+A");
      await page.keyboard.type("45-001");
      await form.form.getByRole("button", { name: "Zapisz jako szkic" }).focus();
      await page.keyboard.press("Space");
      await expect(page).toHaveURL(/\/admin\/praktyki\/\d+\?zapisano=1/);
      practiceId = Number(/\/admin\/praktyki\/(\d+)/.exec(page.url())![1]);
      await expect(form.contact(1).getByLabel("Imię i nazwisko")).toHaveValue("Osoba Druga");
    } finally {
      if (practiceId) await purgePractice(browser, database, practiceId);
    }
  });
});
