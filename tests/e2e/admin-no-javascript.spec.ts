import { randomUUID } from "node:crypto";
import path from "node:path";
import { AdminPracticeForm } from "./pages/AdminPracticeForm";
import { expect, purgePractice, signIn, test } from "./support/admin";

// The admin without JavaScript: every button is a form submission the server answers.
test.use({ javaScriptEnabled: false });

test("without JavaScript an editor signs in, edits contacts, previews, saves, uploads and signs out", async ({ page, editor, browser, database }) => {
  test.setTimeout(120_000);
  const marker = randomUUID().slice(0, 6);
  let practiceId: number | undefined;
  try {
    await signIn(page, editor);
    await page.goto("/admin/praktyki/nowa");
    const form = new AdminPracticeForm(page);
    await form.field("Tytuł").fill(`Bez skryptów ${marker}`);
    await form.field("Skrót").fill("Praktyka dodana bez JavaScriptu.");
    await form.field("Pełna prezentacja").fill("## Plan\n\n- pierwszy krok\n- drugi krok");
    await form.fillContact(0, { name: "Pierwsza Osoba" });

    await form.addContact();
    await expect(form.contact(1).getByLabel("Imię i nazwisko")).toHaveValue("");
    await expect(form.field("Tytuł")).toHaveValue(`Bez skryptów ${marker}`);
    await form.fillContact(1, { name: "Druga Osoba", email: "druga@gmina.example.pl" });
    await form.contact(1).getByRole("button", { name: /W górę/ }).click();
    await expect(form.contact(0).getByLabel("Imię i nazwisko")).toHaveValue("Druga Osoba");
    await expect(form.contact(1).getByLabel("Imię i nazwisko")).toHaveValue("Pierwsza Osoba");
    await form.addContact();
    await form.contact(2).getByRole("button", { name: /Usuń/ }).click();
    await expect(form.form.getByRole("group", { name: "Osoby kontaktowe" }).getByRole("listitem")).toHaveCount(2);

    await form.form.getByRole("button", { name: "Podgląd" }).click();
    const preview = page.getByRole("region", { name: "Podgląd pełnej prezentacji" });
    await expect(preview.getByRole("heading", { name: "Plan" })).toBeVisible();
    await expect(preview.getByRole("listitem")).toHaveText(["pierwszy krok", "drugi krok"]);

    await form.save("Zapisz jako szkic");
    await expect(form.errorSummary).toBeVisible();
    await expect(form.errorSummary.getByRole("link", { name: "Wpisz miejscowość." })).toHaveAttribute("href", "#locality");
    await expect(form.contact(0).getByLabel("E-mail (nieobowiązkowo)")).toHaveValue("druga@gmina.example.pl");

    await form.field("Kategoria główna").selectOption({ index: 2 });
    await form.field("Typ jednostki").selectOption({ label: "gmina miejska" });
    await form.field("Województwo").selectOption({ label: "pomorskie" });
    await form.field("Miejscowość").fill("Gdynia");
    await form.field("Jednostka wdrażająca").fill("Urząd Miasta Gdyni");
    await form.field("Kod pocztowy").fill("81-382");
    await form.field("Poczta").fill("Gdynia");
    await form.save("Zapisz jako szkic");
    await expect(page).toHaveURL(/\/admin\/praktyki\/\d+\?zapisano=1/);
    practiceId = Number(/\/admin\/praktyki\/(\d+)/.exec(page.url())![1]);
    await expect(form.contact(0).getByLabel("Imię i nazwisko")).toHaveValue("Druga Osoba");

    await page.getByLabel("Dodaj pliki").setInputFiles([path.resolve("tests/fixtures/uploads/valid.odt"), path.resolve("tests/fixtures/uploads/program.pdf")]);
    await page.getByRole("button", { name: "Wyślij pliki" }).click();
    await expect(page).toHaveURL(/wynik=\d+(,\d+)*#zalaczniki$/);
    await expect(page.getByText("Nie wszystkie pliki zostały dodane.")).toBeVisible();
    await expect(page.getByText("Dodano plik „valid.odt”.")).toBeVisible();
    await expect(page.getByText(/„program\.pdf” nie jest dokumentem PDF — to plik wykonywalny/)).toBeVisible();
    await expect(page.getByRole("heading", { name: "Załączniki (1)" })).toBeVisible();

    await page.getByRole("button", { name: "Wyloguj się" }).click();
    // (A redirect keeps the page's #fragment.)
    await expect(page).toHaveURL(/\/admin\/logowanie\?wylogowano=1/);
  } finally {
    if (practiceId) await purgePractice(browser, database, practiceId);
  }
});
