import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import type pg from "pg";
import { AdminPracticeForm } from "./pages/AdminPracticeForm";
import { AdoptionReportForm, ContactAuthorForm, MIN_FILL_MS } from "./pages/ReachForms";
import { createDraft, expect, purgePractice, signIn, test, type TestAccount } from "./support/admin";
import { expectNoViolations } from "./support/axe";
import { lastMailTo } from "./support/mailbox";
import { OpenApiContract } from "./support/openapi-contract";

// Readers reach the authors: a message relayed to a contact whose address is hidden, and an
// adoption report taken from the form through the e-mail's link and an editor's approval to the
// practice page, /statystyki and the API. XSS payloads go in every field typed.

const XSS = `<script>window.__xss=1</script><img src=x onerror="window.__xss=1">`;

type Published = { id: number; slug: string; title: string; contactEmail: string };

/** A practice published through the admin, with one contact whose address is not public. */
async function publishPractice(page: Page, database: pg.Pool, editor: TestAccount): Promise<Published> {
  const marker = randomUUID().slice(0, 8);
  const title = `Zasięg autorów ${marker}`;
  const contactEmail = `autor.${marker}@gmina-test.example.pl`;
  await signIn(page, editor);
  const id = await createDraft(page, title);
  const form = new AdminPracticeForm(page);
  await form.contact(0).getByLabel("E-mail (nieobowiązkowo)").fill(contactEmail);
  await form.form.getByRole("button", { name: "Zapisz i opublikuj" }).click();
  await expect(page).toHaveURL(/opublikowano=1/);
  // Hidden before any reader sees the page (publishing expired every cached page).
  await database.query("UPDATE contact_person SET email_public = false WHERE email = $1", [contactEmail]);
  const { rows } = await database.query<{ slug: string }>("SELECT slug FROM practice WHERE id = $1", [id]);
  return { id, slug: rows[0]!.slug, title, contactEmail };
}

async function outbox(database: pg.Pool, kind: string, recipient: string) {
  const { rows } = await database.query<{ recipient: string; reply_to: string | null; subject: string; text: string; html: string }>(
    "SELECT recipient, reply_to, subject, text, html FROM outbox_mail WHERE kind = $1 AND recipient = $2 ORDER BY id DESC",
    [kind, recipient],
  );
  return rows;
}

function expectInertMail(mail: { text: string; html: string }) {
  expect(mail.html).not.toContain("<script>");
  expect(mail.html).not.toContain("<img");
  expect(mail.html).toContain("&lt;script&gt;");
}

async function expectAccessible(page: Page, label: string) {
  for (const width of [390, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoViolations(page, `${label} at ${width} px`);
  }
}

test.beforeEach(async ({ database }) => {
  // Every run comes from one address: start each test with the forms' throttles open.
  await database.query("DELETE FROM rate_limit WHERE key LIKE 'contact-author:%' OR key LIKE 'adoption-report:%'");
});

test("a reader writes to a hidden author and a unit's adoption is confirmed, approved and counted", async ({ page, browser, database, editor, request }) => {
  test.setTimeout(180_000);
  const practice = await publishPractice(page, database, editor);
  const reader = await (await browser.newContext()).newPage();
  reader.on("dialog", () => {
    throw new Error("a dialog opened: a payload ran");
  });
  try {
    await reader.goto(`/praktyki/${practice.slug}`);
    await expect(reader.getByRole("heading", { name: "Wdrożenia w innych samorządach: 0" })).toBeVisible();
    expect(await reader.content()).not.toContain(practice.contactEmail);

    // Napisz do autora.
    await reader.getByRole("link", { name: "Napisz do autora" }).click();
    await expect(reader).toHaveURL(`/praktyki/${practice.slug}/napisz`);
    expect(await reader.content()).not.toContain(practice.contactEmail);
    await expectAccessible(reader, "Napisz do autora");
    const readerEmail = `czytelnik.${randomUUID().slice(0, 8)}@example.pl`;
    const contactForm = new ContactAuthorForm(reader);
    await contactForm.fill({ name: `Jan ${XSS}`, email: readerEmail, message: `Jak to zrobiliście? ${XSS}` });
    await reader.waitForTimeout(MIN_FILL_MS);
    await contactForm.send();
    await expect(reader.getByRole("heading", { name: "Wiadomość wysłana", level: 1 })).toBeVisible();
    expect(await reader.content()).not.toContain(practice.contactEmail);
    await expectAccessible(reader, "Wiadomość wysłana");
    const [relayed] = await outbox(database, "contact-author", practice.contactEmail);
    expect(relayed).toMatchObject({ recipient: practice.contactEmail, reply_to: readerEmail });
    expectInertMail(relayed!);
    // What the author's mailbox really gets: the reader's address to reply to, and only there.
    const delivered = await lastMailTo(practice.contactEmail);
    expect(delivered.replyTo).toContain(readerEmail);
    expect(delivered.text).toContain("Jak to zrobiliście?");
    expect(delivered.html).not.toContain("<script>");
    const [copy] = await outbox(database, "contact-author-copy", readerEmail);
    expectInertMail(copy!);
    expect(copy!.text + copy!.html).not.toContain(practice.contactEmail);

    // Wdrożyliśmy to u siebie.
    await reader.goto(`/praktyki/${practice.slug}`);
    await reader.getByRole("link", { name: "Wdrożyliśmy to u siebie" }).click();
    await expectAccessible(reader, "Wdrożyliśmy to u siebie");
    const unit = `Gmina Krynki ${randomUUID().slice(0, 6)} ${XSS}`;
    const reporterEmail = `wojt.${randomUUID().slice(0, 8)}@krynki.example.pl`;
    const adoptionForm = new AdoptionReportForm(reader);
    await adoptionForm.fill({ unit, year: "2023", changes: `Zamiast staży – wolontariat. ${XSS}`, name: `Anna ${XSS}`, email: reporterEmail });
    await reader.waitForTimeout(MIN_FILL_MS);
    await adoptionForm.send();
    await expect(reader.getByRole("heading", { name: "Sprawdź skrzynkę e-mail" })).toBeVisible();

    const [confirmation] = await outbox(database, "adoption-confirm", reporterEmail);
    expectInertMail(confirmation!);
    const link = /https?:\/\/[^\s]+\/wdrozenia\/potwierdz\/[A-Za-z0-9_-]{43}/.exec(confirmation!.text)![0];
    await reader.goto(new URL(link).pathname);
    await expectAccessible(reader, "Potwierdzenie zgłoszenia");
    await reader.getByRole("button", { name: "Potwierdzam zgłoszenie" }).click();
    await expect(reader.getByText("Dziękujemy, zgłoszenie potwierdzone")).toBeVisible();
    await reader.goto(new URL(link).pathname);
    await expect(reader.getByText("To zgłoszenie jest już potwierdzone")).toBeVisible();

    // The editor approves it.
    await page.goto("/admin/wdrozenia");
    const item = page.getByRole("listitem").filter({ hasText: reporterEmail });
    await expect(item).toBeVisible();
    await expectAccessible(page, "/admin/wdrozenia");
    await item.getByRole("button", { name: /^Zatwierdź/ }).click();
    await expect(page.getByText("Zatwierdzono wdrożenie")).toBeVisible();
    expect(await outbox(database, "adoption-approved", reporterEmail)).toHaveLength(1);

    await reader.goto(`/praktyki/${practice.slug}`);
    await expect(reader.getByRole("heading", { name: "Wdrożenia w innych samorządach: 1" })).toBeVisible();
    const adoptions = reader.getByRole("region", { name: "Wdrożenia w innych samorządach: 1" });
    await expect(adoptions.getByText(unit)).toBeVisible();
    await expect(adoptions).toContainText("gmina wiejska, województwo podlaskie, 2023 r.");
    const html = await reader.content();
    expect(html).not.toContain(reporterEmail);
    expect(html).not.toContain(practice.contactEmail);
    expect(await reader.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    await expectAccessible(reader, "the practice page");

    await reader.goto("/statystyki");
    const ranking = reader.getByRole("region", { name: "Najczęściej wdrażane praktyki" });
    await expect(ranking.getByText(/Wdrożenia w innych samorządach: \d+/)).toBeVisible();
    await ranking.getByText("Dane wykresu w tabeli").click();
    await expect(ranking.getByRole("row").filter({ has: reader.getByRole("link", { name: practice.title }) })).toContainText("1");

    // The API, checked against its own OpenAPI document.
    const contract = new OpenApiContract(await (await request.get("/api/openapi.json")).json());
    const record = await request.get(`/api/praktyki/${practice.slug}`);
    await contract.expectConforms(record, "/api/praktyki/{slug}");
    const body = await record.json();
    expect(body.wdrozenia).toEqual([
      { jednostka: unit, typ: { slug: "gmina-wiejska", nazwa: "gmina wiejska" }, wojewodztwo: { slug: "podlaskie", nazwa: "podlaskie" }, rok: 2023, zmiany: expect.stringContaining("wolontariat") },
    ]);
    expect(JSON.stringify(body)).not.toContain(practice.contactEmail);
    const found = await request.get("/api/praktyki?wdrozone=tak&sort=najczesciej-wdrazane");
    await contract.expectConforms(found, "/api/praktyki");
    const results = (await found.json()).wyniki as { slug: string; liczbaWdrozen: number }[];
    expect(results.find((result) => result.slug === practice.slug)?.liczbaWdrozen).toBe(1);
    expect(results.every((result) => result.liczbaWdrozen > 0)).toBe(true);
  } finally {
    await reader.context().close();
    await purgePractice(browser, database, practice.id);
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a reader's refused message keeps what was typed, and a report is confirmed", async ({ page, browser, database, editor }) => {
    test.setTimeout(150_000);
    const practice = await publishPractice(page, database, editor);
    const reader = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    try {
      await reader.goto(`/praktyki/${practice.slug}/napisz`);
      const form = new ContactAuthorForm(reader);
      const readerEmail = `bez.skryptow.${randomUUID().slice(0, 8)}@example.pl`;
      await form.fill({ name: "Piotr Bez Skryptów", email: readerEmail, message: "krótko" });
      await form.send();
      await expect(reader.getByRole("link", { name: "Wpisz wiadomość (co najmniej 10 znaków)." })).toBeVisible();
      await expect(form.form.getByLabel("Imię i nazwisko")).toHaveValue("Piotr Bez Skryptów");
      // Sent again at once: too fast after the answer, refused with the text kept.
      await form.form.getByLabel("Wiadomość").fill("Czy program działa nadal w tym roku?");
      await form.send();
      await expect(reader.getByText(/zbyt szybko/)).toBeVisible();
      await expect(form.form.getByLabel("Wiadomość")).toHaveValue("Czy program działa nadal w tym roku?");
      await reader.waitForTimeout(MIN_FILL_MS);
      await form.send();
      await expect(reader.getByRole("heading", { name: "Wiadomość wysłana", level: 1 })).toBeVisible();
      const [relayed] = await outbox(database, "contact-author", practice.contactEmail);
      expect(relayed).toMatchObject({ reply_to: readerEmail });

      await reader.goto(`/praktyki/${practice.slug}/wdrozenie`);
      const adoption = new AdoptionReportForm(reader);
      const reporterEmail = `bez.js.${randomUUID().slice(0, 8)}@gmina.example.pl`;
      await adoption.fill({ unit: "Gmina Bez Skryptów", year: "2022", changes: "", name: "Ola Nowak", email: reporterEmail });
      await reader.waitForTimeout(MIN_FILL_MS);
      await adoption.send();
      await expect(reader.getByRole("heading", { name: "Sprawdź skrzynkę e-mail" })).toBeVisible();
      const [confirmation] = await outbox(database, "adoption-confirm", reporterEmail);
      const link = /\/wdrozenia\/potwierdz\/[A-Za-z0-9_-]{43}/.exec(confirmation!.text)![0];
      await reader.goto(link);
      await reader.getByRole("button", { name: "Potwierdzam zgłoszenie" }).click();
      await expect(reader.getByText("Dziękujemy, zgłoszenie potwierdzone")).toBeVisible();
      const { rows } = await database.query<{ status: string }>("SELECT status::text FROM adoption_report WHERE contact_email = $1", [reporterEmail]);
      expect(rows).toEqual([{ status: "oczekuje" }]);
    } finally {
      await reader.context().close();
      await purgePractice(browser, database, practice.id);
    }
  });
});
