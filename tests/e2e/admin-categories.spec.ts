import { randomUUID } from "node:crypto";
import { expect, signIn, test } from "./support/admin";
import { expectNoViolations } from "./support/axe";

test("an administrator adds, renames and deletes a category; the public site follows at once", async ({ page, administrator, browser }) => {
  const marker = randomUUID().slice(0, 6);
  await signIn(page, administrator, "/admin/kategorie");
  await expectNoViolations(page, "category tree");
  await page.getByRole("main").getByRole("link", { name: "Dodaj kategorię" }).click();
  await expectNoViolations(page, "new category form");
  await page.getByRole("button", { name: "Dodaj kategorię" }).click();
  await expect(page.getByRole("alert", { name: "Wystąpił problem" })).toContainText("Wpisz nazwę kategorii.");
  await expectNoViolations(page, "new category form with errors");
  await page.getByLabel("Nazwa").fill(`Transport ${marker}`);
  await page.getByRole("button", { name: "Dodaj kategorię" }).click();
  await expect(page).toHaveURL(/zapisano=1/);

  const visitor = await browser.newPage();
  await visitor.goto("/");
  await expect(visitor.getByRole("navigation", { name: "Kategorie praktyk" }).getByRole("link", { name: `Transport ${marker}` })).toBeVisible();

  await page.getByRole("link", { name: `Transport ${marker}`, exact: true }).click();
  await expectNoViolations(page, "category edit form");
  await page.getByLabel("Nazwa").fill(`Komunikacja ${marker}`);
  await page.getByRole("button", { name: "Zapisz kategorię" }).click();
  await expect(page).toHaveURL(/zapisano=1/);
  await visitor.goto(`/kategorie/transport-${marker}`);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(`Komunikacja ${marker}`);

  await page.getByRole("link", { name: `Komunikacja ${marker}`, exact: true }).click();
  await page.getByRole("button", { name: "Usuń kategorię" }).click();
  await expect(page).toHaveURL(/usunieto=1/);
  await visitor.goto("/");
  await expect(visitor.getByRole("navigation", { name: "Kategorie praktyk" }).getByRole("link", { name: `Komunikacja ${marker}` })).toHaveCount(0);
  await visitor.close();
});
