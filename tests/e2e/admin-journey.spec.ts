import { randomUUID } from "node:crypto";
import path from "node:path";
import { AdminPracticeForm } from "./pages/AdminPracticeForm";
import { CategoryPage } from "./pages/CategoryPage";
import { PracticePage } from "./pages/PracticePage";
import { expect, purgePractice, signIn, test } from "./support/admin";
import { BIELSKO_BIALA } from "./support/reference-practices";

// The editor's whole day in one test, in a real browser with JavaScript.

const PDF = path.resolve("tests/fixtures/uploads/valid.pdf");

test("an editor creates, publishes, edits, compares and restores a practice, then signs out", async ({ page, editor, browser, database }) => {
  test.setTimeout(180_000);
  const marker = randomUUID().slice(0, 6);
  const title = `Rowerowa gmina ${marker}`;
  const newTitle = `Rowerowa gmina ${marker} — druga edycja`;
  let practiceId: number | undefined;

  try {
    await signIn(page, editor);
    await expect(page).toHaveURL("/admin");
    await expect(page.getByRole("heading", { level: 1, name: "Praktyki" })).toBeVisible();

    await page.getByRole("main").getByRole("link", { name: "Dodaj praktykę" }).click();
    const form = new AdminPracticeForm(page);
    await form.field("Tytuł").fill(title);
    await expect(form.field("Adres strony")).toHaveValue(`rowerowa-gmina-${marker}`);
    await form.field("Skrót").fill("Gmina zbudowała sieć dróg rowerowych łączących szkoły z osiedlami.");
    await form.field("Pełna prezentacja").fill("## Cel\n\nBezpieczny dojazd do szkoły **rowerem**.");
    await form.form.getByRole("button", { name: "Podgląd" }).click();
    await expect(page.getByRole("region", { name: "Podgląd pełnej prezentacji" }).getByRole("heading", { name: "Cel" })).toBeVisible();
    await form.field("Kategoria główna").selectOption({ label: `${BIELSKO_BIALA.parentCategory.name} › ${BIELSKO_BIALA.category.name}` });
    await form.field("Typ jednostki").selectOption({ label: "gmina wiejska" });
    await form.field("Województwo").selectOption({ label: "śląskie" });
    await form.field("Miejscowość").fill("Rudziniec");
    await form.field("Jednostka wdrażająca").fill("Urząd Gminy Rudziniec");
    await form.field("Kod pocztowy").fill("44100");
    await form.field("Poczta").fill("Rudziniec");
    await form.field("Witryna internetowa (nieobowiązkowo)").fill("rudziniec gmina");
    await form.field("Liczba mieszkańców (nieobowiązkowo)").fill("10 600");
    await form.fillContact(0, { name: "Anna Nowak", role: "koordynatorka", phone: "32 111 22 33", email: "anna.nowak@rudziniec.example.pl" });
    await form.addContact();
    await expect(form.contact(1).getByLabel("Imię i nazwisko")).toBeFocused();
    await form.fillContact(1, { name: "Piotr Zieliński", phone: "32 444 55 66" });

    // Two mistakes: the summary at the top links to each field, the fields say it too, nothing typed is lost.
    await form.save("Zapisz jako szkic");
    await expect(form.errorSummary).toBeFocused();
    await expect(form.errorSummary.getByRole("link")).toHaveText([
      "Wpisz kod pocztowy w postaci 00-000, np. 41-800.",
      "Wpisz adres witryny w postaci https://www.gmina.pl albo www.gmina.pl.",
    ]);
    await form.errorSummary.getByRole("link", { name: /kod pocztowy/ }).click();
    await expect(form.field("Kod pocztowy")).toBeFocused();
    await expect(form.field("Kod pocztowy")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Błąd: Wpisz adres witryny")).toBeVisible();
    await expect(form.contact(1).getByLabel("Imię i nazwisko")).toHaveValue("Piotr Zieliński");
    await form.field("Kod pocztowy").fill("44-160");
    await form.field("Witryna internetowa (nieobowiązkowo)").fill("www.rudziniec.example.pl");
    await form.save("Zapisz jako szkic");
    await expect(page).toHaveURL(/\/admin\/praktyki\/\d+\?zapisano=1/);
    practiceId = Number(/\/admin\/praktyki\/(\d+)/.exec(page.url())![1]);
    await expect(page.getByRole("status").filter({ hasText: "Zapisano zmiany." })).toBeVisible();

    // A draft is not public.
    const anonymous = await browser.newPage();
    expect((await anonymous.goto(`/praktyki/rowerowa-gmina-${marker}`))?.status()).toBe(404);

    // A PDF, with a progress indication and the outcome.
    await page.getByLabel("Dodaj pliki").setInputFiles(PDF);
    await page.getByRole("button", { name: "Wyślij pliki" }).click();
    await expect(page.getByText("Dodano plik „valid.pdf” (dokument PDF).")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Załączniki (1)" })).toBeVisible();
    await expect(page.getByLabel("Tytuł pliku valid.pdf")).toHaveValue("valid");

    await page.getByRole("button", { name: "Opublikuj", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Opublikowano" })).toBeVisible();

    // Public at once, in its category, with both contacts and the attachment.
    const category = new CategoryPage(anonymous);
    await category.open(BIELSKO_BIALA.category.slug);
    await expect(category.practiceLink(title)).toBeVisible();
    await category.practiceLink(title).click();
    const practice = new PracticePage(anonymous);
    await expect(practice.heading).toHaveText(title);
    await expect(practice.metadata.getByText("Anna Nowak")).toBeVisible();
    await expect(practice.metadata.getByText("Piotr Zieliński")).toBeVisible();
    await expect(practice.tab("Załączniki")).toHaveText(/Załączniki \(1\)/);

    // An edit, public at once too.
    await page.reload();
    await form.field("Tytuł").fill(newTitle);
    await form.save("Zapisz i opublikuj zmiany");
    await expect(page.getByRole("status").filter({ hasText: "Zapisano zmiany." })).toBeVisible();
    await practice.open(`rowerowa-gmina-${marker}`);
    await expect(practice.heading).toHaveText(newTitle);

    // The history shows who changed what, field by field.
    await page.getByRole("link", { name: "Historia zmian" }).click();
    const diff = page.getByRole("table", { name: /Różnice między wersją 2 a wersją 3/ });
    await expect(diff.getByRole("row", { name: /Tytuł/ })).toContainText("druga edycja");
    await expect(diff.locator("del")).toHaveCount(0);
    await expect(diff.locator("ins")).toContainText("druga edycja");
    const versions = page.getByRole("table", { name: "Wersje praktyki" });
    await expect(versions.getByRole("row")).toHaveCount(4);
    await expect(versions.getByRole("row").nth(1)).toContainText(editor.name);

    // Restoring version 2 brings the old title back as version 4, publicly at once.
    await versions.getByRole("button", { name: "Przywróć wersję 2" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Przywrócono treść wersji 2" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await practice.open(`rowerowa-gmina-${marker}`);
    await expect(practice.heading).toHaveText(title);
    await anonymous.close();

    await page.getByRole("button", { name: "Wyloguj się" }).click();
    await expect(page).toHaveURL("/admin/logowanie?wylogowano=1");
    await expect(page.getByRole("status")).toHaveText("Wylogowano. Do zobaczenia!");
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/admin\/logowanie/);
  } finally {
    if (practiceId) await purgePractice(browser, database, practiceId);
  }
});
