import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import { AdminPracticeForm } from "./pages/AdminPracticeForm";
import { PracticePage } from "./pages/PracticePage";
import { SubmissionForm, forgetSubmissionThrottling, submissionTexts, type SubmissionTexts } from "./pages/SubmissionForm";
import { expect, purgePractice, signIn, test } from "./support/admin";
import { expectNoViolations } from "./support/axe";
import { lastMailTo, linksIn, mailTo, type ReceivedMail } from "./support/mailbox";
import { deleteSubmissions } from "./support/submissions";

// Issue 12's whole loop in one go, through the pages a person uses: a submitter without
// JavaScript fills every step with a file, confirms the address by the e-mail's link, gets the
// private status link by e-mail, a new one with every change of status; an editor (with JavaScript) takes the submission, returns it "do poprawy";
// the submitter reads the message, corrects a field and resends; the editor accepts it, finds every
// field and the file in the draft, verifies the contacts and publishes; the public page shows the
// record with "zweryfikowano", the status page "przyjęte". Every mail is read at the test SMTP
// server; the database is only read, for the submission's number (the editor's way into the queue).

const PDF = path.resolve("tests/fixtures/uploads/valid.pdf");

/** What the submitter types beyond `submissionTexts()` (whose fields SubmissionForm fills). */
const EXTRA = {
  street: "ul. Zwycięstwa 21",
  website: "https://gliwice.eu",
  population: "175000",
  secondFunding: "EFRR / RPO",
  secondFigure: { value: "3", label: "szkoły w programie" },
  role: "koordynatorka projektu",
  phone: "32 239 11 11",
  correctedCost: "52000",
  editorsMessage: "Proszę podać koszt całkowity razem z wkładem spółdzielni.",
};

/** The last mail to `address` whose subject matches, waiting for the mail worker to deliver it. */
const mailWithSubject = (address: string, subject: RegExp) => lastMailTo(address, { predicate: (mail) => subject.test(mail.subject) });

/** The one link of a mail to a path of this site matching `pathPattern`, as the reader would follow it. */
function linkIn(mail: ReceivedMail, pathPattern: RegExp): string {
  const links = linksIn(mail).filter((link) => pathPattern.test(new URL(link).pathname));
  expect(links, `one link to ${pathPattern} in „${mail.subject}”`).toHaveLength(1);
  return links[0]!;
}

/** The private link "Twoje zgłoszenie" of a mail: every mail about a submission carries a new one. */
const statusLinkIn = (mail: ReceivedMail) => linkIn(mail, /^\/zgloszenie\/[A-Za-z0-9_-]{43}$/);

/**
 * An older private link, replaced by a newer mail's: its page sends the submitter to the newest
 * mail (rendered on the server: see features/submissions/components/InvalidLinks.tsx).
 */
async function expectReplaced(submitter: Page, link: string): Promise<void> {
  await submitter.goto(link);
  // Server-rendered: the submitter's browser runs no JavaScript.
  await expect(submitter.getByRole("heading", { level: 1, name: "Ten link do zgłoszenia nie działa" })).toBeVisible();
  await expect(submitter.getByText("Otwórz link „Twoje zgłoszenie” z najnowszej wiadomości")).toBeVisible();
}

/**
 * axe runs scripts in the page, which a browser without JavaScript never runs (it waits for them
 * for ever): the public pages are checked in the editor's page instead, the same HTML to anyone.
 */
async function expectAccessible(page: Page, url: string, label: string): Promise<void> {
  await page.goto(url);
  await expectNoViolations(page, label, { bestPractice: true });
}

/**
 * The editor's way to a new submission: the queue filtered to new ones from its voivodeship, paged
 * on until its row shows (the longest waiting come first, and other tests leave theirs waiting).
 */
async function findInQueue(page: Page, submissionId: number): Promise<Locator> {
  await page.getByRole("navigation", { name: "Panel redakcji" }).getByRole("link", { name: /^Zgłoszenia/ }).click();
  const filters = page.getByRole("search", { name: "Filtruj zgłoszenia" });
  await filters.getByLabel("Stan").selectOption({ label: "nowe" });
  await filters.getByLabel("Województwo").selectOption({ label: "śląskie" });
  await filters.getByRole("button", { name: "Pokaż" }).click();
  await expect(page).toHaveURL(/stan=nowe&wojewodztwo=slaskie/);
  await page.waitForLoadState();
  const link = page.getByRole("table").getByRole("link", { name: new RegExp(`^nr ${submissionId}\\b`) });
  const next = page.getByRole("navigation", { name: "Strony listy zgłoszeń" }).getByRole("link", { name: /Następna/ });
  while ((await link.count()) === 0) {
    await expect(next, `submission nr ${submissionId} in the queue`).toBeVisible();
    // Opened as a whole page (not the client-side navigation a click makes), so its rows are the new page's.
    await page.goto((await next.getAttribute("href"))!);
  }
  return link;
}

/** The label of a select's chosen option. */
const chosen = (select: Locator) => select.locator("option:checked");

/** The submitter's part up to the sending: every step, a file, then "Wyślij zgłoszenie"; returns the ids of the categories chosen. */
async function fillEverything(form: SubmissionForm, texts: SubmissionTexts): Promise<{ main: string; other: string }> {
  const page = form.page;
  await form.start(texts);
  await page.getByLabel("Ulica (nieobowiązkowo)").fill(EXTRA.street);
  await page.getByLabel("Witryna internetowa (nieobowiązkowo)").fill(EXTRA.website);
  await page.getByLabel("Liczba mieszkańców (nieobowiązkowo)").fill(EXTRA.population);
  await form.fillUnit(texts);
  // SubmissionForm chooses the first category of the list as the main one; the other is the last.
  const main = (await page.getByLabel("Kategoria główna").locator("option").nth(1).getAttribute("value"))!;
  const otherCategory = otherCategories(page).getByRole("checkbox").last();
  await otherCategory.check();
  const other = (await otherCategory.getAttribute("value"))!;
  await form.fillPractice(texts);
  await page.getByLabel(EXTRA.secondFunding).check();
  await page.getByLabel("Liczba 2", { exact: true }).fill(EXTRA.secondFigure.value);
  await page.getByLabel("Czego dotyczy liczba 2", { exact: true }).fill(EXTRA.secondFigure.label);
  await form.fillDetails(texts);
  await form.contact(0).getByLabel("Funkcja (nieobowiązkowo)").fill(EXTRA.role);
  await form.contact(0).getByLabel("Telefon (nieobowiązkowo)").fill(EXTRA.phone);
  await form.fillContacts(texts);
  await form.attach("valid.pdf");
  await form.send();
  return { main, other };
}

/** "Inne kategorie", the same fieldset in the public form and the admin's. */
const otherCategories = (page: Page) => page.getByRole("group", { name: "Inne kategorie (nieobowiązkowo)" });

/** The editor's draft made from the submission: every field as the submitter left it. */
async function expectDraftCarriesOver(page: Page, texts: SubmissionTexts, categories: { main: string; other: string }): Promise<void> {
  const form = new AdminPracticeForm(page);
  await expect(form.field("Tytuł")).toHaveValue(texts.title);
  await expect(form.field("Skrót")).toHaveValue(texts.summary);
  await expect(form.field("Pełna prezentacja")).toHaveValue(texts.body);
  await expect(form.field("Kategoria główna")).toHaveValue(categories.main);
  const others = otherCategories(page).getByRole("checkbox", { checked: true });
  await expect(others).toHaveCount(1);
  await expect(others).toHaveValue(categories.other);
  await expect(chosen(form.field("Typ jednostki"))).toHaveText("gmina miejska");
  await expect(chosen(form.field("Województwo"))).toHaveText("śląskie");
  await expect(form.field("Miejscowość")).toHaveValue(texts.locality);
  await expect(form.field("Jednostka wdrażająca")).toHaveValue(texts.unit);
  await expect(form.field("Kod pocztowy")).toHaveValue("44-100");
  await expect(form.field("Poczta")).toHaveValue(texts.locality);
  await expect(form.field("Ulica (nieobowiązkowo)")).toHaveValue(EXTRA.street);
  await expect(form.field("Witryna internetowa (nieobowiązkowo)")).toHaveValue(EXTRA.website);
  await expect(form.field("Liczba mieszkańców (nieobowiązkowo)")).toHaveValue(EXTRA.population);

  const contact = form.contact(0);
  await expect(contact.getByLabel("Imię i nazwisko")).toHaveValue(texts.contact);
  await expect(contact.getByLabel("Funkcja (nieobowiązkowo)")).toHaveValue(EXTRA.role);
  await expect(contact.getByLabel("Telefon (nieobowiązkowo)")).toHaveValue(EXTRA.phone);
  await expect(contact.getByLabel("E-mail (nieobowiązkowo)")).toHaveValue(`kontakt.${texts.email}`);
  await expect(contact.getByLabel(/Nie pokazuj adresu e-mail publicznie/)).toBeChecked();

  await expect(form.field("Data rozpoczęcia (nieobowiązkowo)")).toHaveValue("2021-04-01");
  await expect(form.field("Data zakończenia (nieobowiązkowo)")).toHaveValue("");
  await expect(form.form.getByLabel("Trwa (praktyka nie została zakończona)")).toBeChecked();
  await expect(form.field("Rezultaty i wpływ (nieobowiązkowo)")).toHaveValue(texts.results);
  await expect(form.form.getByRole("group", { name: "Rezultaty w liczbach" }).getByRole("listitem")).toHaveCount(2);
  await expect(form.figure(0).getByLabel("Liczba")).toHaveValue("12");
  await expect(form.figure(0).getByLabel("Czego dotyczy")).toHaveValue("ogrodów deszczowych");
  await expect(form.figure(1).getByLabel("Liczba")).toHaveValue(EXTRA.secondFigure.value);
  await expect(form.figure(1).getByLabel("Czego dotyczy")).toHaveValue(EXTRA.secondFigure.label);
  // The corrected figure, not the first one.
  await expect(form.field("Koszt całkowity w złotych (nieobowiązkowo)")).toHaveValue(EXTRA.correctedCost);
  const funding = form.form.getByRole("group", { name: "Źródła finansowania (nieobowiązkowo)" });
  await expect(funding.getByRole("checkbox", { checked: true })).toHaveCount(2);
  await expect(form.checkbox("Źródła finansowania (nieobowiązkowo)", "budżet JST")).toBeChecked();
  await expect(form.checkbox("Źródła finansowania (nieobowiązkowo)", EXTRA.secondFunding)).toBeChecked();
  await expect(form.field("Program i działanie (nieobowiązkowo)")).toHaveValue(texts.programme);
  await expect(form.field("Partnerzy (nieobowiązkowo)")).toHaveValue(texts.partners);
  await expect(form.field("Możliwość przeniesienia (nieobowiązkowo)")).toHaveValue(texts.transfer);
  const goals = form.form.getByRole("group", { name: /Cele zrównoważonego rozwoju/ });
  await expect(goals.getByRole("checkbox", { checked: true })).toHaveCount(1);
  await expect(form.checkbox(/Cele zrównoważonego rozwoju/, "11. Zrównoważone miasta i społeczności")).toBeChecked();
}

test.beforeEach(async ({ database }) => forgetSubmissionThrottling(database));

test("a submission without JavaScript goes from the form through review and correction to a published practice", async ({ page, browser, database, editor }) => {
  test.setTimeout(180_000);
  const marker = randomUUID().slice(0, 8);
  const texts = submissionTexts(marker);
  // The submitter: a browser without JavaScript, every public step a plain form. The editor: `page`.
  const submitterContext = await browser.newContext({ javaScriptEnabled: false });
  const submitter = await submitterContext.newPage();
  const form = new SubmissionForm(submitter);
  let submissionId: number | null = null;
  let practiceId: number | null = null;
  try {
    // 1. Every step, a file, sent.
    const categories = await fillEverything(form, texts);
    const { rows } = await database.query<{ id: number }>("SELECT id FROM submission WHERE submitter_email = $1", [texts.email]);
    expect(rows).toHaveLength(1);
    submissionId = rows[0]!.id;

    // 2. The confirmation link from the mail; then the status link, mailed to the confirmed address.
    const confirmationMail = await mailWithSubject(texts.email, /^Potwierdź adres e-mail/);
    expect(confirmationMail.subject).toBe(`Potwierdź adres e-mail – Zgłoszenie „${texts.title}”`);
    expect(confirmationMail.text).toContain("Link jest ważny 48 godzin i działa jeden raz.");
    await form.confirm(linkIn(confirmationMail, /^\/zglos-praktyke\/potwierdz\/[A-Za-z0-9_-]{43}$/));
    const welcome = await mailWithSubject(texts.email, /^Zgłoszenie przyjęte do oceny/);
    expect(welcome.text).toContain("(stan: nowe)");
    const welcomeLink = statusLinkIn(welcome);
    expect(new URL(welcomeLink).pathname).toBe(new URL(submitter.url()).pathname);
    await submitter.goto(welcomeLink);
    await expect(submitter.getByText("Stan: nowe")).toBeVisible();

    // 3. The editor finds it in the queue, takes it and returns it with a message.
    await signIn(page, editor);
    const queued = await findInQueue(page, submissionId);
    await expect(queued).toContainText(texts.title);
    await queued.click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(texts.title);
    await expect(page.getByText(`Jan Zgłaszający <${texts.email}>`)).toBeVisible();
    await page.getByRole("form", { name: "Przyjmij do oceny" }).getByRole("button").click();
    await expect(page).toHaveURL(/wykonano=do-oceny/);
    const returnForm = page.getByRole("form", { name: "Zwróć do poprawy" });
    await returnForm.getByLabel("Co trzeba poprawić").fill(EXTRA.editorsMessage);
    await returnForm.getByRole("button", { name: "Zwróć do poprawy" }).click();
    await expect(page).toHaveURL(/wykonano=do-poprawy/);
    await expect(page.getByRole("region", { name: "Przebieg" })).toContainText(EXTRA.editorsMessage);

    // 4. The submitter is told by mail, reads the message on the status page, corrects, resends.
    const inReview = await mailWithSubject(texts.email, /: w ocenie – /);
    expect(inReview.subject).toBe(`Zgłoszenie nr ${submissionId}: w ocenie – „${texts.title}”`);
    const returned = await mailWithSubject(texts.email, /: do poprawy – /);
    expect(returned.subject).toBe(`Zgłoszenie nr ${submissionId}: do poprawy – „${texts.title}”`);
    expect(returned.text).toContain(`zgłoszenie praktyki nr ${submissionId} „${texts.title}” ma nowy stan: do poprawy.`);
    expect(returned.text).toContain("Popraw je na stronie zgłoszenia i wyślij ponownie");
    expect(returned.text).toContain(`> ${EXTRA.editorsMessage}`);
    expect(returned.html).toContain(EXTRA.editorsMessage);
    // Each mail's link replaces the one before.
    let statusLink = statusLinkIn(returned);
    for (const older of [welcomeLink, statusLinkIn(inReview)]) {
      expect(older).not.toBe(statusLink);
      await expectReplaced(submitter, older);
    }
    await submitter.goto(statusLink);
    await expect(submitter.getByText("Stan: do poprawy")).toBeVisible();
    await expect(submitter.getByRole("region", { name: "Historia zgłoszenia" })).toContainText(EXTRA.editorsMessage);
    await expectAccessible(page, statusLink, "the status page of a submission returned for changes");
    await submitter.getByRole("navigation", { name: "Kroki zgłoszenia" }).getByRole("link", { name: "Szczegóły" }).click();
    await expect(submitter.getByLabel("Całkowity koszt w złotych (nieobowiązkowo)")).toHaveValue("48000");
    await submitter.getByLabel("Całkowity koszt w złotych (nieobowiązkowo)").fill(EXTRA.correctedCost);
    await form.next();
    await expect(submitter).toHaveURL(/\/kontakty(#.*)?$/);
    await form.resend();
    const resent = await mailWithSubject(texts.email, /^Poprawione zgłoszenie przyjęte do oceny/);
    expect(linkIn(resent, /^\/zgloszenie\//)).toBe(statusLink);

    // 5. The editor accepts it: a draft with every field and the file, then verified and published.
    await page.goto(`/admin/zgloszenia/${submissionId}`);
    await expect(page.getByRole("region", { name: "Przebieg" })).toContainText("Zgłaszający wysłał poprawione zgłoszenie.");
    const slug = `ogrody-deszczowe-${marker}`;
    const accept = page.getByRole("form", { name: "Przyjmij", exact: true });
    await accept.getByLabel("Adres strony praktyki (nieobowiązkowo)").fill(slug);
    await accept.getByRole("button", { name: "Przyjmij" }).click();
    await expect(page).toHaveURL(/wykonano=przyjmij/);
    await page.getByRole("link", { name: texts.title }).click();
    await expect(page).toHaveURL(/\/admin\/praktyki\/\d+$/);
    practiceId = Number(/\/admin\/praktyki\/(\d+)/.exec(page.url())![1]);
    await expect(page.getByRole("link", { name: `zgłoszenia nr ${submissionId}` })).toBeVisible();
    await expectDraftCarriesOver(page, texts, categories);
    await expect(page.getByRole("link", { name: "Pobierz valid.pdf" })).toBeVisible();
    const href = await page.getByRole("link", { name: "Pobierz valid.pdf" }).getAttribute("href");
    const download = await page.request.get(href!);
    expect(download.status()).toBe(200);
    expect(Buffer.compare(await download.body(), await readFile(PDF))).toBe(0);

    await page.getByRole("button", { name: "Potwierdź dane kontaktowe" }).click();
    await expect(page.getByRole("status").filter({ hasText: "dane kontaktowe zweryfikowano dzisiaj" })).toBeVisible();
    await page.getByRole("button", { name: "Opublikuj", exact: true }).click();
    await expect(page).toHaveURL(/opublikowano=1/);
    const accepted = await mailWithSubject(texts.email, /: przyjęte – /);
    expect(accepted.subject).toBe(`Zgłoszenie nr ${submissionId}: przyjęte – „${texts.title}”`);
    expect(accepted.text).toContain("Redakcja przyjęła zgłoszenie do Banku Dobrych Praktyk.");
    await expectReplaced(submitter, statusLink);
    statusLink = statusLinkIn(accepted);
    // One mail for each step, none twice (sorted: the worker may deliver two queued together in either order).
    expect((await mailTo(texts.email)).map((mail) => mail.subject.replace(/ – .*$/, "")).sort()).toEqual(
      [
        "Potwierdź adres e-mail",
        "Zgłoszenie przyjęte do oceny",
        `Zgłoszenie nr ${submissionId}: w ocenie`,
        `Zgłoszenie nr ${submissionId}: do poprawy`,
        "Poprawione zgłoszenie przyjęte do oceny",
        `Zgłoszenie nr ${submissionId}: przyjęte`,
      ].sort(),
    );

    // 6. The public page, without JavaScript, and the status page.
    const practice = new PracticePage(submitter);
    await practice.open(slug);
    await expect(practice.article.getByRole("heading", { level: 1 })).toHaveText(texts.title);
    await expect(practice.metadataValue("Typ jednostki")).toHaveText("gmina miejska");
    await expect(practice.metadataValue("Miejscowość")).toHaveText(texts.locality);
    await expect(practice.metadataValue("Województwo")).toHaveText("śląskie");
    await expect(practice.metadataValue("Jednostka wdrażająca")).toHaveText(texts.unit);
    await expect(practice.metadataValue("Ulica")).toHaveText(EXTRA.street);
    await expect(practice.metadataValue("Okres realizacji")).toHaveText("od 1 kwietnia 2021 r. – trwa");
    await expect(practice.metadataValue("Koszt całkowity")).toHaveText("52\u00a0000\u00a0zł");
    await expect(practice.metadataValue("Źródła finansowania")).toHaveText(`budżet JST, ${EXTRA.secondFunding}`);
    await expect(practice.metadataValue("Program i działanie")).toHaveText(texts.programme);
    const contact = practice.metadataValue("Osoba kontaktowa");
    await expect(contact).toContainText(texts.contact);
    await expect(contact).toContainText(EXTRA.role);
    await expect(contact).toContainText(`tel. ${EXTRA.phone}`);
    await expect(contact.getByText(/^Dane kontaktowe zweryfikowano dnia \d{1,2} \p{L}+ \d{4} r\.$/u)).toBeVisible();
    expect(await submitter.content()).not.toContain(`kontakt.${texts.email}`);

    await practice.open(slug, "/prezentacja");
    await expect(practice.article).toContainText("Warsztaty, projekt i sadzenie.");
    const results = submitter.getByRole("region", { name: "Rezultaty i wpływ" });
    await expect(results).toContainText(texts.results);
    await expect(results.getByRole("list", { name: "Rezultaty w liczbach" }).getByRole("listitem")).toHaveText([
      "12 ogrodów deszczowych",
      `${EXTRA.secondFigure.value} ${EXTRA.secondFigure.label}`,
    ]);
    await expect(submitter.getByRole("region", { name: "Partnerzy" })).toContainText(texts.partners);
    await expect(submitter.getByRole("region", { name: "Możliwość przeniesienia" })).toContainText(texts.transfer);
    await expect(submitter.getByRole("region", { name: "Cele zrównoważonego rozwoju" }).getByRole("listitem")).toHaveText(["Cel 11: Zrównoważone miasta i społeczności"]);

    await practice.open(slug, "/zalaczniki");
    await expect(practice.attachmentLinks).toHaveCount(1);
    await expect(practice.attachmentLinks).toHaveAttribute("download", "valid.pdf");

    await expectAccessible(page, `/praktyki/${slug}`, "the published practice's summary");
    await expectAccessible(page, `/praktyki/${slug}/prezentacja`, "the published practice's full presentation");

    await submitter.goto(statusLink);
    await expect(submitter.getByText("Stan: przyjęte")).toBeVisible();
    await expect(submitter.getByRole("navigation", { name: "Kroki zgłoszenia" })).toHaveCount(0);
  } finally {
    if (practiceId !== null) await purgePractice(browser, database, practiceId);
    if (submissionId !== null) await deleteSubmissions(database, [submissionId]);
    await submitterContext.close();
  }
});
