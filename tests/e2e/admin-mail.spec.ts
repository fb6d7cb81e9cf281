import { randomUUID } from "node:crypto";
import type pg from "pg";
import { expect, signIn, test } from "./support/admin";
import { expectNoViolations } from "./support/axe";
import { lastMailTo, linksIn, mailTo } from "./support/mailbox";

// The outbox end to end: mail written to outbox_mail is sent by the site's worker to the test SMTP
// server (playwright.config.ts), and administrators read every message at /admin/poczta.

type TestMail = { recipient: string; subject: string; status?: "oczekuje" | "nieudana" };

async function putInOutbox(database: pg.Pool, mail: TestMail): Promise<number> {
  const { rows } = await database.query<{ id: number }>(
    `INSERT INTO outbox_mail (kind, recipient, reply_to, subject, text, html, headers, status, attempts, last_error)
     VALUES ('e2e-test', $1, 'czytelnik@example.pl', $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      mail.recipient,
      mail.subject,
      "Dzień dobry,\nto wiadomość próbna z Banku Dobrych Praktyk.\n\nZobacz praktykę:\nhttp://localhost/praktyki/przyklad\n",
      `<!doctype html><html lang="pl"><body><h1>Nagłówek części HTML</h1><script>window.zlo = 1</script></body></html>`,
      JSON.stringify({ "List-Unsubscribe": "<http://localhost/wypisz/e2e>" }),
      mail.status ?? "oczekuje",
      mail.status === "nieudana" ? 8 : 0,
      mail.status === "nieudana" ? "421 Serwer przeciążony" : null,
    ],
  );
  return rows[0]!.id;
}

test.describe("Outgoing mail", () => {
  test("the site sends the outbox to the SMTP server and an administrator reads it at /admin/poczta", async ({ page, administrator, database }) => {
    const marker = randomUUID().slice(0, 8);
    const recipient = `urzad.${marker}@gmina-e2e.pl`;
    const subject = `Zgłoszenie „Żółta ścieżka” ${marker} – przyjęte`;
    const id = await putInOutbox(database, { recipient, subject });
    try {
      const arrived = await lastMailTo(recipient);
      expect(arrived.subject).toBe(subject);
      expect(arrived.text).toContain("wiadomość próbna z Banku Dobrych Praktyk");
      expect(arrived.replyTo).toBe("czytelnik@example.pl");
      expect(arrived.headers["list-unsubscribe"]).toBe("<http://localhost/wypisz/e2e>");
      expect(linksIn(arrived)).toEqual(["http://localhost/praktyki/przyklad"]);

      await signIn(page, administrator, "/admin/poczta");
      await page.getByRole("navigation", { name: "Panel redakcji" }).getByRole("link", { name: "Poczta" }).click();
      await expect(page).toHaveURL("/admin/poczta");
      await expect(page.getByRole("heading", { name: "Poczta wychodząca", level: 1 })).toBeVisible();
      await expectNoViolations(page, "/admin/poczta");
      const row = page.getByRole("row").filter({ hasText: recipient });
      await expect(row).toContainText("wysłana");
      await page.getByLabel("Stan").selectOption({ label: "wysłana" });
      await page.getByLabel("Rodzaj").selectOption("e2e-test");
      await page.getByRole("button", { name: "Pokaż" }).click();
      await expect(page).toHaveURL(/stan=wyslana&rodzaj=e2e-test/);
      await expectNoViolations(page, "/admin/poczta filtered");
      await page.getByRole("link", { name: subject }).click();

      await expect(page).toHaveURL(`/admin/poczta/${id}`);
      await expect(page.getByRole("heading", { name: subject, level: 1 })).toBeVisible();
      await expect(page.getByText("to wiadomość próbna z Banku Dobrych Praktyk.")).toBeVisible();
      await expect(page.getByText("<http://localhost/wypisz/e2e>")).toBeVisible();
      // The HTML part is its source, never a page: no heading of it, no script run.
      await expect(page.getByRole("heading", { name: "Nagłówek części HTML" })).toHaveCount(0);
      expect(await page.evaluate(() => (window as unknown as { zlo?: number }).zlo)).toBeUndefined();
      await page.getByText("Część HTML (źródło").click();
      await expect(page.getByText("<h1>Nagłówek części HTML</h1>", { exact: false })).toBeVisible();
      await expectNoViolations(page, "a message of the outbox");
    } finally {
      await database.query(`DELETE FROM outbox_mail WHERE id = $1`, [id]);
    }
  });

  test("a failed mail is sent again on request, once", async ({ page, administrator, database }) => {
    const marker = randomUUID().slice(0, 8);
    const recipient = `sekretariat.${marker}@powiat-e2e.pl`;
    const subject = `Nieudana wiadomość ${marker}`;
    const id = await putInOutbox(database, { recipient, subject, status: "nieudana" });
    try {
      await signIn(page, administrator, `/admin/poczta/${id}`);
      await expect(page.getByText("421 Serwer przeciążony")).toBeVisible();
      await expectNoViolations(page, "a failed message");
      expect(await mailTo(recipient)).toHaveLength(0);
      await page.getByRole("button", { name: "Wyślij ponownie" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Wiadomość czeka na ponowne wysłanie." })).toBeVisible();
      await lastMailTo(recipient);
      await expect(async () => {
        await page.reload();
        await expect(page.getByText("wysłana", { exact: true })).toBeVisible({ timeout: 1_000 });
      }).toPass({ timeout: 15_000 });
      await expect(page.getByRole("button", { name: "Wyślij ponownie" })).toHaveCount(0);
      expect(await mailTo(recipient)).toHaveLength(1);
    } finally {
      await database.query(`DELETE FROM outbox_mail WHERE id = $1`, [id]);
    }
  });

  test("editors have no link to the outbox and get the 403 page", async ({ page, editor, consoleErrors }) => {
    await signIn(page, editor);
    await expect(page.getByRole("navigation", { name: "Panel redakcji" }).getByRole("link", { name: "Poczta" })).toHaveCount(0);
    const response = await page.goto("/admin/poczta");
    expect(response?.status()).toBe(403);
    consoleErrors.length = 0;
  });
});
