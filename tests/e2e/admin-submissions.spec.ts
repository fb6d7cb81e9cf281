import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, purgePractice, signIn, test } from "./support/admin";
import { expectNoViolations } from "./support/axe";
import { createSubmission, deleteSubmissions, type TestSubmission } from "./support/submissions";

// The editors' review of submissions (/admin/zgloszenia): the queue and its filters, returning one
// for changes, accepting another into a draft practice, what anonymous visitors cannot reach.

const PDF = path.resolve("tests/fixtures/uploads/valid.pdf");

async function queueRow(page: Page, submission: TestSubmission) {
  return page.getByRole("row").filter({ has: page.getByRole("link", { name: new RegExp(`nr ${submission.id}\\b`) }) });
}

test.describe("Review of submissions", () => {
  test("an editor filters the queue, returns one for changes, accepts another and opens its draft", async ({ page, editor, database, browser }) => {
    test.setTimeout(120_000);
    const old = await createSubmission(database, { voivodeship: "OPOLSKIE", daysWaiting: 40, locality: "Nysa" });
    const recent = await createSubmission(database, {
      voivodeship: "OPOLSKIE", daysWaiting: 10, locality: "Brzeg",
      attachment: { fileName: "sprawozdanie.pdf", mimeType: "application/pdf", bytes: await readFile(PDF) },
    });
    const elsewhere = await createSubmission(database, { voivodeship: "LUBUSKIE", daysWaiting: 1, locality: "Żary" });
    let practiceId: number | null = null;
    try {
      await signIn(page, editor);
      await expect(page.getByRole("navigation", { name: "Panel redakcji" }).getByRole("link", { name: /^Zgłoszenia \(\d+ now(e|ych)\)$/ })).toBeVisible();
      await page.getByRole("navigation", { name: "Panel redakcji" }).getByRole("link", { name: /^Zgłoszenia/ }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Zgłoszenia praktyk" })).toBeVisible();

      const filters = page.getByRole("search", { name: "Filtruj zgłoszenia" });
      await filters.getByLabel("Województwo").selectOption({ label: "opolskie" });
      await filters.getByRole("button", { name: "Pokaż" }).click();
      await expect(page).toHaveURL(/wojewodztwo=opolskie/);
      await expect(await queueRow(page, old)).toBeVisible();
      await expect(await queueRow(page, recent)).toBeVisible();
      await expect(await queueRow(page, elsewhere)).toHaveCount(0);
      // The longest waiting first.
      const links = await page.getByRole("table").getByRole("link").allTextContents();
      expect(links.findIndex((text) => text.includes(`nr ${old.id}`))).toBeLessThan(links.findIndex((text) => text.includes(`nr ${recent.id}`)));
      await expect((await queueRow(page, old)).getByText("40 dni")).toBeVisible();

      await filters.getByLabel("Czeka").selectOption({ label: "ponad 30 dni" });
      await filters.getByRole("button", { name: "Pokaż" }).click();
      await expect(await queueRow(page, old)).toBeVisible();
      await expect(await queueRow(page, recent)).toHaveCount(0);

      // Return the old one for changes: the message is required.
      await page.getByRole("link", { name: new RegExp(`nr ${old.id}\\b`) }).click();
      await expect(page.getByRole("heading", { level: 1 })).toContainText(old.title);
      await expect(page.getByText(old.email)).toBeVisible();
      const returnForm = page.getByRole("form", { name: "Zwróć do poprawy" });
      await returnForm.getByRole("button", { name: "Zwróć do poprawy" }).click();
      await expect(page.getByRole("alert", { name: "Nie wykonano" })).toContainText("Napisz, co zgłaszający ma poprawić.");
      await returnForm.getByLabel("Co trzeba poprawić").fill("Proszę podać koszt całkowity i źródła finansowania.");
      await returnForm.getByRole("button", { name: "Zwróć do poprawy" }).click();
      await expect(page).toHaveURL(/wykonano=do-poprawy/);
      await expect(page.getByRole("status")).toContainText("Zwrócono zgłoszenie do poprawy");
      const history = page.getByRole("region", { name: "Przebieg" });
      await expect(history).toContainText("Proszę podać koszt całkowity i źródła finansowania.");
      await expect(history).toContainText(`redakcja: ${editor.name}`);
      await expect(page.getByRole("form", { name: "Przyjmij" })).toHaveCount(0);
      const { rows: mails } = await database.query<{ subject: string; text: string }>("SELECT subject, text FROM outbox_mail WHERE recipient = $1", [old.email]);
      expect(mails).toHaveLength(1);
      expect(mails[0]!.subject).toContain(`Zgłoszenie nr ${old.id}: do poprawy`);
      expect(mails[0]!.text).toContain("> Proszę podać koszt całkowity i źródła finansowania.");

      // Take the recent one for review, download its file, accept it.
      await page.goto("/admin/zgloszenia?wojewodztwo=opolskie");
      await page.getByRole("link", { name: new RegExp(`nr ${recent.id}\\b`) }).click();
      const download = await page.request.get(`/admin/zgloszenia/${recent.id}/zalaczniki/${recent.attachmentId}`);
      expect(download.status()).toBe(200);
      expect(download.headers()["content-type"]).toBe("application/pdf");
      expect(Buffer.compare(await download.body(), await readFile(PDF))).toBe(0);
      await page.getByRole("form", { name: "Przyjmij do oceny" }).getByRole("button").click();
      await expect(page).toHaveURL(/wykonano=do-oceny/);
      await expect(page.getByRole("status")).toContainText("Przyjęto zgłoszenie do oceny");
      await page.getByRole("form", { name: "Przyjmij", exact: true }).getByRole("button", { name: "Przyjmij" }).click();
      await expect(page).toHaveURL(/wykonano=przyjmij/);
      await page.getByRole("link", { name: recent.title }).click();

      await expect(page).toHaveURL(/\/admin\/praktyki\/\d+$/);
      practiceId = Number(/\/admin\/praktyki\/(\d+)/.exec(page.url())![1]);
      await expect(page.getByRole("link", { name: `zgłoszenia nr ${recent.id}` })).toBeVisible();
      const form = page.getByRole("form", { name: "Edycja praktyki" });
      await expect(form.getByLabel("Tytuł", { exact: true })).toHaveValue(recent.title);
      await expect(form.getByLabel("Miejscowość", { exact: true })).toHaveValue("Brzeg");
      await expect(form.getByLabel("Skrót", { exact: true })).toHaveValue(/^Miasto Brzeg prowadzi klub/);
      await expect(form.getByLabel("Kod pocztowy")).toHaveValue("45-001");
      await expect(form.getByLabel("Imię i nazwisko")).toHaveValue("Halina Nowicka");
      await expect(page.getByRole("link", { name: "Pobierz sprawozdanie.pdf" })).toBeVisible();
    } finally {
      if (practiceId) await purgePractice(browser, database, practiceId);
      await deleteSubmissions(database, [old.id, recent.id, elsewhere.id]);
    }
  });

  test("nothing of a submission is reachable without a session", async ({ request, database }) => {
    const submission = await createSubmission(database, {
      voivodeship: "PODLASKIE", daysWaiting: 3, locality: "Łomża",
      attachment: { fileName: "plan.pdf", mimeType: "application/pdf", bytes: await readFile(PDF) },
    });
    try {
      for (const url of ["/admin/zgloszenia", `/admin/zgloszenia/${submission.id}`, `/admin/zgloszenia/${submission.id}/zalaczniki/${submission.attachmentId}`]) {
        for (const headers of [{}, { rsc: "1" }] as Record<string, string>[]) {
          const response = await request.get(url, { headers, maxRedirects: 0 });
          expect([303, 401], url).toContain(response.status());
          const body = await response.text();
          expect(body, url).not.toContain(submission.email);
          expect(body, url).not.toContain(submission.title);
        }
      }
    } finally {
      await deleteSubmissions(database, [submission.id]);
    }
  });

  test("axe finds nothing on the queue and a submission's page, at 390 and 1366 px", async ({ page, editor, database }) => {
    test.setTimeout(120_000);
    const submission = await createSubmission(database, {
      voivodeship: "POMORSKIE", daysWaiting: 8, locality: "Gdynia",
      attachment: { fileName: "plakat.pdf", mimeType: "application/pdf", bytes: await readFile(PDF) },
    });
    try {
      await signIn(page, editor);
      for (const width of [390, 1366]) {
        await page.setViewportSize({ width, height: 900 });
        for (const url of ["/admin/zgloszenia", "/admin/zgloszenia?stan=wszystkie&wiek=ponad-7-dni", `/admin/zgloszenia/${submission.id}`]) {
          await page.goto(url);
          await expectNoViolations(page, `${url} at ${width} px`, { bestPractice: true });
          expect(await page.evaluate(() => document.documentElement.scrollWidth), `${url} at ${width} px scrolls sideways`).toBeLessThanOrEqual(width);
        }
        await page.getByRole("form", { name: "Odrzuć" }).getByRole("button", { name: "Odrzuć" }).click();
        await expect(page.getByRole("alert", { name: "Nie wykonano" })).toBeVisible();
        await expectNoViolations(page, `submission page with an error at ${width} px`, { bestPractice: true });
      }
    } finally {
      await deleteSubmissions(database, [submission.id]);
    }
  });
});

test.describe("Review of submissions without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a refused step keeps the message typed, a valid one goes through", async ({ page, editor, database }) => {
    const submission = await createSubmission(database, { voivodeship: "LUBELSKIE", daysWaiting: 2, locality: "Zamość" });
    try {
      await signIn(page, editor);
      await page.goto(`/admin/zgloszenia/${submission.id}`);
      const reject = page.getByRole("form", { name: "Odrzuć" });
      await reject.getByRole("button", { name: "Odrzuć" }).click();
      await expect(page.getByRole("alert", { name: "Nie wykonano" })).toContainText("Napisz, dlaczego zgłoszenie zostało odrzucone.");
      await page.getByRole("form", { name: "Odrzuć" }).getByLabel("Powód odrzucenia").fill("Praktyka jest już w banku.");
      await page.getByRole("form", { name: "Odrzuć" }).getByRole("button", { name: "Odrzuć" }).click();
      await expect(page).toHaveURL(/wykonano=odrzuc/);
      await expect(page.getByRole("region", { name: "Przebieg" })).toContainText("Praktyka jest już w banku.");
      await expect(page.getByRole("region", { name: "Decyzja redakcji" })).toHaveCount(0);
    } finally {
      await deleteSubmissions(database, [submission.id]);
    }
  });
});
