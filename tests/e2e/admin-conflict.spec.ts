import { randomUUID } from "node:crypto";
import { AdminPracticeForm } from "./pages/AdminPracticeForm";
import { createAccount, createDraft, expect, purgePractice, signIn, test } from "./support/admin";

test("when two editors edit one practice, the second save is refused with a clear message and keeps what was typed", async ({ page, browser, editor, database }) => {
  const other = await createAccount(database);
  const id = await (async () => {
    await signIn(page, editor);
    return createDraft(page, `Konflikt ${randomUUID().slice(0, 6)}`);
  })();
  const secondContext = await browser.newContext();
  const second = await secondContext.newPage();
  try {
    await page.goto(`/admin/praktyki/${id}`);
    await signIn(second, other, `/admin/praktyki/${id}`);
    const first = new AdminPracticeForm(page);
    const late = new AdminPracticeForm(second);
    await first.field("Skrót").fill("Zmiana pierwszej redaktorki.");
    await late.field("Miejscowość").fill("Zmiana drugiej redaktorki");
    await first.save("Zapisz zmiany");
    await expect(page).toHaveURL(/zapisano=1/);

    await late.save("Zapisz zmiany");
    const notice = second.getByRole("alert").filter({ hasText: "Nie zapisano: ktoś inny zmienił tę praktykę" });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(editor.name);
    await expect(notice).toContainText("Zmienione pola: Skrót.");
    await expect(late.field("Miejscowość")).toHaveValue("Zmiana drugiej redaktorki");
    const { rows } = await database.query("SELECT summary, locality, version FROM practice WHERE id = $1", [id]);
    expect(rows[0]).toEqual({ summary: "Zmiana pierwszej redaktorki.", locality: "Płock", version: 2 });
  } finally {
    await secondContext.close();
    await purgePractice(browser, database, id);
  }
});

test("restoring a version whose address another practice has now says so, and changes nothing", async ({ page, browser, editor, database }) => {
  const title = `Adres zajęty ${randomUUID().slice(0, 6)}`;
  const ids: number[] = [];
  try {
    await signIn(page, editor);
    ids.push(await createDraft(page, title));
    const form = new AdminPracticeForm(page);
    const slug = await form.field("Adres strony").inputValue();
    await form.field("Adres strony").fill(`${slug}-drugi`);
    await form.save("Zapisz zmiany");
    await expect(page).toHaveURL(/zapisano=1/);
    // The first address is free again: a new practice of the same title takes it.
    ids.push(await createDraft(page, title));

    await page.goto(`/admin/praktyki/${ids[0]}/historia`);
    await page.getByRole("table", { name: "Wersje praktyki" }).getByRole("button", { name: "Przywróć wersję 1" }).click();
    await expect(page).toHaveURL(`/admin/praktyki/${ids[0]}?nie-przywrocono=1`);
    await expect(page.getByRole("status").filter({ hasText: "Nie przywrócono wersji 1: jej adres strony ma teraz inna praktyka" })).toBeVisible();
    const { rows } = await database.query("SELECT slug, version FROM practice WHERE id = $1", [ids[0]]);
    expect(rows[0]).toEqual({ slug: `${slug}-drugi`, version: 2 });
  } finally {
    for (const id of ids) await purgePractice(browser, database, id);
  }
});
