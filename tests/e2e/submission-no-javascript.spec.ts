import { SubmissionForm, forgetSubmissionThrottling, submissionTexts } from "./pages/SubmissionForm";
import { expect, test } from "./support/admin";

// The public form without JavaScript: every step a plain form, the upload a multipart POST.
test.use({ javaScriptEnabled: false });

test.beforeEach(async ({ database }) => forgetSubmissionThrottling(database));

test("without JavaScript a submitter starts, fills the steps, adds a contact row, attaches a file, confirms and sees “nowe”", async ({ page, database }) => {
  test.setTimeout(120_000);
  const texts = submissionTexts();
  const form = new SubmissionForm(page);

  // A refused start gives back everything typed.
  await page.goto("/zglos-praktyke");
  const start = form.form("Kto zgłasza praktykę");
  await start.getByLabel("Imię i nazwisko").fill("Jan Bez Skryptów");
  await start.getByLabel("Adres e-mail").fill("to nie adres");
  await start.getByRole("button", { name: "Rozpocznij zgłoszenie" }).click();
  await expect(form.errorSummary.getByRole("link", { name: "Wpisz adres e-mail w postaci jan.kowalski@gmina.pl." })).toHaveAttribute("href", "#email");
  await expect(page.getByLabel("Imię i nazwisko")).toHaveValue("Jan Bez Skryptów");
  await expect(page.getByLabel("Adres e-mail")).toHaveValue("to nie adres");

  await form.start(texts);
  await form.fillUnit(texts);
  await form.fillPractice(texts);
  await form.fillDetails(texts);

  await form.contact(0).getByLabel("Imię i nazwisko").fill(texts.contact);
  await page.getByRole("button", { name: "Dodaj osobę kontaktową" }).click();
  await expect(form.contact(0).getByLabel("Imię i nazwisko")).toHaveValue(texts.contact);
  await form.contact(1).getByLabel("Imię i nazwisko").fill("Druga Osoba");
  await form.contact(1).getByLabel("E-mail (nieobowiązkowo)").fill("zle@");
  await form.next();
  await expect(form.errorSummary.getByRole("link", { name: "Wpisz adres e-mail w postaci jan.kowalski@gmina.pl." })).toHaveAttribute("href", "#contacts.1.email");
  await form.contact(1).getByLabel("E-mail (nieobowiązkowo)").fill("druga@gmina.example.pl");
  await form.next();
  await expect(page).toHaveURL(/\/zalaczniki(#.*)?$/);

  await form.attach("valid.odt");
  await page.getByLabel("Pliki do dołączenia").setInputFiles("tests/fixtures/uploads/macro-enabled.docx");
  await page.getByRole("button", { name: "Dołącz pliki" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Błąd:" })).toBeVisible();
  await expect(page.getByText(/^valid\.odt \(/)).toBeVisible();

  await form.send();
  const confirmation = await SubmissionForm.confirmationPath(database, texts.email);
  await form.confirm(confirmation);
  const { rows } = await database.query<{ status: string; files: number }>(
    "SELECT s.status::text AS status, (SELECT count(*)::int FROM submission_attachment a WHERE a.submission_id = s.id) AS files FROM submission s WHERE submitter_email = $1",
    [texts.email],
  );
  expect(rows).toEqual([{ status: "nowe", files: 1 }]);
});
