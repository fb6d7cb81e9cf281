import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { AdminPracticeForm } from "./pages/AdminPracticeForm";
import { expect, purgePractice, signIn, test } from "./support/admin";
import { SESSION_COOKIE, sessionToken } from "./support/sessions";

// A new practice takes its attachments in its own form: with JavaScript each choice of files is
// sent at once (inspected, kept as pending uploads), without it the files travel with the form;
// either way an answer with errors keeps them and the first save attaches them.

const upload = (file: string) => path.resolve("tests/fixtures/uploads", file);

/** The required fields but the title, the one left for last so the first save fails. */
async function fillRequired(form: AdminPracticeForm): Promise<void> {
  await form.field("Skrót").fill("Bezpłatne porady prawne w bibliotece gminnej.");
  await form.field("Kategoria główna").selectOption({ index: 1 });
  await form.field("Typ jednostki").selectOption({ label: "gmina miejska" });
  await form.field("Województwo").selectOption({ label: "podlaskie" });
  await form.field("Miejscowość").fill("Supraśl");
  await form.field("Jednostka wdrażająca").fill("Gminna Biblioteka Publiczna w Supraślu");
  await form.field("Kod pocztowy").fill("16-030");
  await form.field("Poczta").fill("Supraśl");
  await form.fillContact(0, { name: "Zofia Łęcka" });
}

const pendingList = (page: Page) => page.getByRole("heading", { name: /^Pliki do dołączenia/ });

test("the upload address wants the site's origin and a session, answers in Polish, and refuses what the form would", async ({ page, context, editor, request, baseURL, database }) => {
  await signIn(page, editor);
  const url = "/admin/praktyki/nowa/zalaczniki";
  const body = (...files: string[]) => {
    const form = new FormData();
    for (const file of files) form.append("pliki", new Blob([readFileSync(upload(file))]), file);
    return form;
  };
  const cookie = `${SESSION_COOKIE}=${await sessionToken(context)}`;
  // As the form's XMLHttpRequest asks (without it the admin's front sends a stranger to the sign-in page).
  const accept = "application/json";
  const foreign = await request.post(url, { headers: { accept, cookie, origin: "https://evil.example" }, multipart: body("valid.pdf") });
  expect(foreign.status()).toBe(403);
  const anonymous = await request.post(url, { headers: { accept, origin: baseURL! }, multipart: body("valid.pdf") });
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.text()).toContain("Zaloguj się");
  const empty = await request.post(url, { headers: { accept, cookie, origin: baseURL! }, multipart: new FormData() });
  expect(empty.status()).toBe(400);
  expect(await empty.json()).toEqual({ message: "Nie wybrano żadnego pliku." });
  const hostile = await request.post(url, { headers: { accept, cookie, origin: baseURL! }, multipart: body("program.pdf", "image.svg") });
  expect(hostile.status()).toBe(200);
  const answer = (await hostile.json()) as { outcomes: { ok: boolean }[]; pending: unknown[] };
  expect(answer.outcomes.map((outcome) => outcome.ok)).toEqual([false, false]);
  expect(answer.pending).toEqual([]);
  const { rows } = await database.query<{ n: number }>("SELECT count(*)::int AS n FROM pending_attachment WHERE editor_id = $1", [editor.id]);
  expect(rows[0]!.n).toBe(0);
});

test.describe("with JavaScript", () => {
  test("files are sent while the form is filled in, survive an error and are attached by the first save", async ({ page, editor, browser, database }) => {
    const title = `Porady prawne ${randomUUID().slice(0, 6)}`;
    let practiceId: number | undefined;
    try {
      await signIn(page, editor, "/admin/praktyki/nowa");
      const form = new AdminPracticeForm(page);
      const sent = page.waitForResponse((response) => response.url().endsWith("/admin/praktyki/nowa/zalaczniki") && response.status() === 200);
      await form.field("Dodaj pliki").setInputFiles([upload("valid.pdf"), upload("program.pdf")]);
      await sent;
      const status = form.form.getByRole("status").filter({ hasText: "Nie wszystkie pliki zostały przyjęte." });
      await expect(status.getByText("Przyjęto plik „valid.pdf” (dokument PDF). Zostanie dołączony po zapisaniu praktyki.")).toBeVisible();
      await expect(status.getByText(/„program\.pdf” nie jest dokumentem PDF/)).toBeVisible();
      await expect(pendingList(page)).toHaveText("Pliki do dołączenia (1)");
      await expect(form.field("Dodaj pliki")).toHaveValue("");

      await form.field("Dodaj pliki").setInputFiles(upload("valid.docx"));
      await expect(pendingList(page)).toHaveText("Pliki do dołączenia (2)");
      await form.form.getByRole("button", { name: "Usuń plik valid.docx" }).click();
      await expect(pendingList(page)).toHaveText("Pliki do dołączenia (1)");

      await fillRequired(form);
      await form.save("Zapisz jako szkic");
      await expect(form.errorSummary).toBeFocused();
      await expect(form.errorSummary.getByRole("link", { name: "Wpisz tytuł praktyki." })).toBeVisible();
      await expect(pendingList(page)).toHaveText("Pliki do dołączenia (1)");

      await form.field("Tytuł").fill(title);
      await form.save("Zapisz jako szkic");
      await expect(page).toHaveURL(/\/admin\/praktyki\/\d+\?zapisano=1/);
      practiceId = Number(/\/admin\/praktyki\/(\d+)/.exec(page.url())![1]);
      await expect(page.getByRole("heading", { name: "Załączniki (1)" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Pobierz valid.pdf" })).toBeVisible();
      const { rows } = await database.query<{ n: number }>("SELECT count(*)::int AS n FROM pending_attachment WHERE editor_id = $1", [editor.id]);
      // The removed file waits for the daily clean-up; the attached one left the pending list.
      expect(rows[0]!.n).toBe(1);
    } finally {
      if (practiceId) await purgePractice(browser, database, practiceId);
    }
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("files travel with the form, are kept through errors and the preview, and are attached by the save", async ({ page, editor, browser, database }) => {
    const title = `Porady bez skryptów ${randomUUID().slice(0, 6)}`;
    let practiceId: number | undefined;
    try {
      await signIn(page, editor, "/admin/praktyki/nowa");
      const form = new AdminPracticeForm(page);
      // (Without JavaScript an answer with errors drops contact rows left empty.)
      await form.fillContact(0, { name: "Zofia Łęcka" });
      await form.field("Pełna prezentacja").fill("## Dyżury\n\n- wtorki\n- czwartki");
      await form.field("Dodaj pliki").setInputFiles([upload("valid.odt"), upload("valid.pdf"), upload("program.pdf")]);
      await form.save("Zapisz jako szkic");
      await expect(form.errorSummary).toBeVisible();
      await expect(page.getByText("Przyjęto plik „valid.odt” (dokument OpenDocument (ODT)). Zostanie dołączony po zapisaniu praktyki.")).toBeVisible();
      await expect(page.getByText(/„program\.pdf” nie jest dokumentem PDF/)).toBeVisible();
      await expect(pendingList(page)).toHaveText("Pliki do dołączenia (2)");

      await form.form.getByRole("button", { name: "Usuń plik valid.pdf" }).click();
      await expect(pendingList(page)).toHaveText("Pliki do dołączenia (1)");
      await form.form.getByRole("button", { name: "Podgląd" }).click();
      const preview = page.getByRole("region", { name: "Podgląd pełnej prezentacji" });
      await expect(preview.getByRole("heading", { name: "Dyżury" })).toBeVisible();
      await expect(preview.getByRole("listitem")).toHaveText(["wtorki", "czwartki"]);
      await expect(pendingList(page)).toHaveText("Pliki do dołączenia (1)");

      await fillRequired(form);
      await form.field("Tytuł").fill(title);
      await form.save("Zapisz jako szkic");
      await expect(page).toHaveURL(/\/admin\/praktyki\/\d+\?zapisano=1/);
      practiceId = Number(/\/admin\/praktyki\/(\d+)/.exec(page.url())![1]);
      await expect(page.getByRole("heading", { name: "Załączniki (1)" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Pobierz valid.odt" })).toBeVisible();
    } finally {
      if (practiceId) await purgePractice(browser, database, practiceId);
    }
  });
});
