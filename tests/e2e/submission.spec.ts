import { SubmissionForm, forgetSubmissionThrottling, submissionTexts } from "./pages/SubmissionForm";
import { expect, test } from "./support/admin";
import { expectNoViolations } from "./support/axe";

// Submitting a practice with JavaScript: the form, the confirmation link read from the outbox,
// the private status page; XSS payloads inert, guessed links 404, axe on every page.

test.beforeEach(async ({ database }) => forgetSubmissionThrottling(database));

test("a submitter fills every step with an attachment, confirms the address and sees “nowe”", async ({ page, database }) => {
  test.setTimeout(120_000);
  const texts = submissionTexts();
  const form = new SubmissionForm(page);
  await page.goto("/o-banku");
  await page.getByRole("navigation", { name: "Serwis", exact: true }).getByRole("link", { name: "Zgłoś praktykę" }).click();
  await expect(page).toHaveURL(/\/zglos-praktyke$/);
  await form.start(texts);
  const draftToken = form.token;

  // An empty step is saved and comes back with the errors, linked to their fields.
  await form.next();
  await expect(form.errorSummary.getByRole("link", { name: "Wybierz typ jednostki." })).toHaveAttribute("href", "#unitType");
  await expect(page.locator("#unitType-blad")).toContainText("Błąd:");
  await expect(page.getByLabel("Jednostka wdrażająca")).toHaveValue(texts.unit);
  await page.getByLabel("Kod pocztowy").fill("zły");
  await page.getByRole("button", { name: "Zapisz", exact: true }).click();
  await expect(form.errorSummary.getByRole("link", { name: "Wpisz kod pocztowy w postaci 00-000, np. 41-800." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Zapisz", exact: true })).toBeEnabled();
  await expect(page.getByLabel("Kod pocztowy")).toHaveValue("zły");
  await form.fillUnit(texts);
  await form.fillPractice({ ...texts, title: "Biblioteka jako trzecie miejsce – kluby sąsiedzkie w filiach" });
  await form.fillDetails(texts);
  await form.fillContacts(texts);
  await form.attach("valid.pdf");

  await page.getByRole("link", { name: "Przejdź do sprawdzenia i wysłania" }).click();
  const similar = page.getByRole("region", { name: "Czy to ta sama praktyka?" });
  await expect(similar.getByRole("link", { name: /Biblioteka jako trzecie miejsce/ })).toBeVisible();
  await expect(page.getByText("valid.pdf")).toBeVisible();
  await expect(page.getByText("(adres e-mail niepublicznie)")).toBeVisible();
  await page.goto(`/zgloszenie/${draftToken}/praktyka`);
  await page.getByLabel("Tytuł praktyki").fill(texts.title);
  await form.next();
  await expect(page).toHaveURL(/\/szczegoly$/);
  await page.goto(`/zgloszenie/${draftToken}/zalaczniki`);
  await form.send();

  const confirmation = await SubmissionForm.confirmationPath(database, texts.email);
  // Opening the link changes nothing; the button does.
  await page.goto(confirmation);
  await expect(page.getByRole("heading", { name: "Potwierdź adres e-mail" })).toBeVisible();
  await form.confirm(confirmation);
  await expect(page.getByRole("region", { name: "Historia zgłoszenia" })).toContainText("nowe");

  // The link is single-use, the draft's link is replaced by the mailed one.
  await page.goto(confirmation);
  await expect(page.getByRole("heading", { name: "Ten link potwierdzający jest nieważny" })).toBeVisible();
  await page.goto(`/zgloszenie/${draftToken}`);
  await expect(page.getByRole("heading", { level: 1, name: "Ten link do zgłoszenia nie działa" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Kroki zgłoszenia" })).toHaveCount(0);
});

/** A page's HTML as a browser without JavaScript shows it: the RSC payload's scripts left out. */
const withoutScripts = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, "");

// An unknown link's page is server-rendered whole (not a notFound(): features/submissions/components/InvalidLinks.tsx).
test("private links: guessed tokens open nothing and their addresses are never sent to other sites", async ({ request }) => {
  const guessed = await request.get(`/zgloszenie/${"A".repeat(43)}`);
  expect(withoutScripts(await guessed.text())).toContain("Ten link do zgłoszenia nie działa");
  expect(guessed.headers()["referrer-policy"]).toBe("same-origin");
  expect(guessed.headers()["cache-control"]).toContain("no-store");
  expect(withoutScripts(await (await request.get("/zgloszenie/krotki/jednostka")).text())).toContain("Ten link do zgłoszenia nie działa");
  const confirmation = await request.get(`/zglos-praktyke/potwierdz/${"B".repeat(43)}`);
  expect(withoutScripts(await confirmation.text())).toContain("Ten link potwierdzający jest nieważny");
  const upload = await request.post(`/zgloszenie/${"A".repeat(43)}/pliki`, { headers: { origin: new URL(guessed.url()).origin }, multipart: { pliki: { name: "a.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4") } } });
  expect(upload.status()).toBe(404);
});

test("the status page is private and read-only once the submission is in the queue", async ({ page, database }) => {
  test.setTimeout(90_000);
  const texts = submissionTexts();
  const form = new SubmissionForm(page);
  await form.start(texts);
  const response = await page.goto(`/zgloszenie/${form.token}`);
  expect(response?.headers()["referrer-policy"]).toBe("same-origin");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(page.getByText("Stan: szkic")).toBeVisible();
  const { rows } = await database.query<{ id: number }>("SELECT id FROM submission WHERE submitter_email = $1", [texts.email]);
  await database.query("UPDATE submission SET status = 'w-ocenie' WHERE id = $1", [rows[0]!.id]);
  await page.reload();
  await expect(page.getByText("Stan: w ocenie")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Kroki zgłoszenia" })).toHaveCount(0);
  await page.goto(`/zgloszenie/${form.token}/praktyka`);
  await expect(page).toHaveURL(new RegExp(`/zgloszenie/${form.token}$`));
});

const PAYLOAD = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>"'><svg onload=window.__xss=3>`;

test("XSS payloads typed in every field stay text on every page", async ({ page }) => {
  test.setTimeout(120_000);
  const texts = submissionTexts();
  const form = new SubmissionForm(page);
  await form.start({ ...texts, unit: `Gmina ${PAYLOAD}` }, `Jan ${PAYLOAD}`);
  const token = form.token;
  for (const label of ["Jednostka wdrażająca", "Miejscowość", "Kod pocztowy", "Poczta", "Ulica (nieobowiązkowo)", "Witryna internetowa (nieobowiązkowo)", "Liczba mieszkańców (nieobowiązkowo)"]) {
    await page.getByLabel(label).fill(PAYLOAD);
  }
  await form.next();
  await page.goto(`/zgloszenie/${token}/praktyka`);
  for (const label of ["Tytuł praktyki", "Skrót", "Pełna prezentacja"]) await page.getByLabel(label).fill(PAYLOAD);
  await page.getByRole("button", { name: "Podgląd" }).click();
  await form.next();
  await page.goto(`/zgloszenie/${token}/szczegoly`);
  for (const label of ["Rezultaty i wpływ (nieobowiązkowo)", "Liczba 1", "Czego dotyczy liczba 1", "Całkowity koszt w złotych (nieobowiązkowo)", "Program lub działanie (nieobowiązkowo)", "Partnerzy (nieobowiązkowo)", "Co jest potrzebne, żeby powtórzyć praktykę (nieobowiązkowo)"]) {
    await page.getByLabel(label, { exact: true }).fill(PAYLOAD);
  }
  await form.next();
  await page.goto(`/zgloszenie/${token}/kontakty`);
  for (const label of ["Imię i nazwisko", "Funkcja (nieobowiązkowo)", "Telefon (nieobowiązkowo)", "E-mail (nieobowiązkowo)"]) await form.contact(0).getByLabel(label).fill(PAYLOAD);
  await form.next();
  for (const step of ["jednostka", "praktyka?sprawdz=1&podglad=1", "szczegoly?sprawdz=1", "kontakty?sprawdz=1", "wyslij", ""]) {
    await page.goto(`/zgloszenie/${token}/${step}`.replace(/\/$/, ""));
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss), step).toBeUndefined();
    await expect(page.locator('img[src="x"], main script, main svg[onload]')).toHaveCount(0);
  }
  await expect(page.getByText(PAYLOAD).first()).toBeAttached();
});

for (const width of [390, 1366]) {
  test(`axe finds nothing on the submission pages at ${width} px`, async ({ page, database }) => {
    test.setTimeout(150_000);
    await page.setViewportSize({ width, height: 900 });
    const texts = submissionTexts();
    const form = new SubmissionForm(page);
    await page.goto("/zglos-praktyke");
    await expectNoViolations(page, `/zglos-praktyke at ${width}`, { bestPractice: true });
    await form.start(texts);
    const token = form.token;
    for (const step of ["jednostka?sprawdz=1", "praktyka?sprawdz=1", "szczegoly?sprawdz=1", "kontakty?sprawdz=1", "zalaczniki", "wyslij"]) {
      await page.goto(`/zgloszenie/${token}/${step}`);
      await expectNoViolations(page, `step ${step} at ${width}`, { bestPractice: true });
    }
    await page.goto(`/zgloszenie/${token}/jednostka`);
    await form.fillUnit(texts);
    await form.fillPractice(texts);
    await form.fillDetails(texts);
    await form.fillContacts(texts);
    await form.attach("valid.png");
    await expectNoViolations(page, `attachments with a file at ${width}`, { bestPractice: true });
    await form.send();
    await expectNoViolations(page, `status page at ${width}`, { bestPractice: true });
    const confirmation = await SubmissionForm.confirmationPath(database, texts.email);
    await page.goto(confirmation);
    await expectNoViolations(page, `confirmation page at ${width}`, { bestPractice: true });
    await form.confirm(confirmation);
    await expectNoViolations(page, `confirmed status page at ${width}`, { bestPractice: true });
    await page.goto(confirmation);
    await expectNoViolations(page, `used confirmation link at ${width}`, { bestPractice: true });
  });
}
