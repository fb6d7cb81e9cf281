import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import type { Browser, Page } from "@playwright/test";
import pg from "pg";
import { test as base, expect } from "./fixtures";
import { e2eDatabaseUrl as databaseUrl } from "./postgres-control";

// The admin's browser tests: accounts are made straight in the site's database (the embedded
// cluster `npm start` runs for the tests, found by its postmaster.pid), signed in through the
// sign-in page, and every console error fails the test.

export const E2E_PASSWORD = "szumiące brzozy nad jeziorem";

export type TestAccount = { id: number; email: string; name: string; password: string };


export async function createAccount(pool: pg.Pool, role: "redaktor" | "administrator" = "redaktor"): Promise<TestAccount> {
  const email = `e2e.${randomUUID().slice(0, 12)}@bdp.invalid`;
  const name = `${role === "administrator" ? "Administratorka" : "Redaktorka"} Testowa ${randomUUID().slice(0, 4)}`;
  const passwordHash = await hash(E2E_PASSWORD, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const { rows } = await pool.query<{ id: number }>(
    `INSERT INTO app_user (email, name, role, password_hash, updated_at) VALUES ($1, $2, $3, $4, now()) RETURNING id`,
    [email, name, role, passwordHash],
  );
  return { id: rows[0]!.id, email, name, password: E2E_PASSWORD };
}

export async function signIn(page: Page, account: TestAccount, path = "/admin"): Promise<void> {
  await page.goto(path);
  await expect(page).toHaveURL(/\/admin\/logowanie/);
  await page.getByLabel("Adres e-mail").fill(account.email);
  await page.getByLabel("Hasło").fill(account.password);
  await page.getByRole("button", { name: "Zaloguj się" }).click();
  await expect(page).not.toHaveURL(/\/admin\/logowanie/);
}

/** Puts a practice made by a test into the bin and deletes it for good, through the admin (which revalidates the public pages). */
export async function purgePractice(browser: Browser, pool: pg.Pool, practiceId: number): Promise<void> {
  const admin = await createAccount(pool, "administrator");
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, admin);
  const { rows } = await pool.query<{ deleted: boolean }>("SELECT deleted_at IS NOT NULL AS deleted FROM practice WHERE id = $1", [practiceId]);
  if (rows.length === 0) return context.close();
  if (!rows[0]!.deleted) {
    await page.goto(`/admin/praktyki/${practiceId}/usun`);
    await page.getByRole("button", { name: "Tak, przenieś do kosza" }).click();
    await expect(page).toHaveURL(/przeniesiono-do-kosza/);
  }
  await page.goto(`/admin/praktyki/${practiceId}/usun-na-stale`);
  await page.getByRole("button", { name: "Tak, usuń na stałe" }).click();
  await expect(page).toHaveURL(/usunieto-na-stale/);
  await context.close();
}

export const test = base.extend<{ editor: TestAccount; administrator: TestAccount; consoleErrors: string[] }, { database: pg.Pool }>({
  database: [
    async ({}, use) => {
      const pool = new pg.Pool({ connectionString: databaseUrl(), max: 2 });
      await use(pool);
      await pool.end();
    },
    { scope: "worker" },
  ],
  editor: async ({ database }, use) => use(await createAccount(database, "redaktor")),
  administrator: async ({ database }, use) => use(await createAccount(database, "administrator")),
  // Console errors and uncaught exceptions of the test's page: any fails the test.
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await use(errors);
      expect(errors, "console errors on the page").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** A draft with the required fields only, made through the form; returns its id. */
export async function createDraft(page: Page, title: string): Promise<number> {
  await page.goto("/admin/praktyki/nowa");
  const form = page.getByRole("form", { name: "Nowa praktyka" });
  await form.getByLabel("Tytuł", { exact: true }).fill(title);
  await form.getByLabel("Skrót", { exact: true }).fill("Krótki opis praktyki na potrzeby testu.");
  await form.getByLabel("Kategoria główna").selectOption({ index: 1 });
  await form.getByLabel("Typ jednostki").selectOption({ label: "gmina miejska" });
  await form.getByLabel("Województwo").selectOption({ label: "mazowieckie" });
  await form.getByLabel("Miejscowość", { exact: true }).fill("Płock");
  await form.getByLabel("Jednostka wdrażająca").fill("Urząd Miasta Płocka");
  await form.getByLabel("Kod pocztowy").fill("09-400");
  await form.getByLabel("Poczta", { exact: true }).fill("Płock");
  await form.getByLabel("Imię i nazwisko").fill("Ewa Testowa");
  await form.getByRole("button", { name: "Zapisz jako szkic" }).click();
  await expect(page).toHaveURL(/\/admin\/praktyki\/\d+\?zapisano=1/);
  return Number(/\/admin\/praktyki\/(\d+)/.exec(page.url())![1]);
}
