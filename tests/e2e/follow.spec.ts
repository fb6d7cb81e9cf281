import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { MIN_FILL_MS } from "./pages/ReachForms";
import { expectNoViolations } from "./support/axe";
import { expect, test } from "./support/admin";
import { lastMailTo, linksIn } from "./support/mailbox";

// "Obserwuj": the Atom feed of any search, and its e-mail alert from subscribing to one-click
// unsubscribing, without JavaScript; the digest comes from the site's own job (every 2 s in
// playwright.config.ts), made due through the database.

const SEARCH = "/szukaj?q=bezrobotnych&wojewodztwo=slaskie";
const FEED = "/kanaly/szukaj.xml?q=bezrobotnych&wojewodztwo=slaskie";
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" || name === "link" });

const follow = (page: Page) => page.getByRole("region", { name: "Obserwuj" });

async function resultTitles(page: Page): Promise<string[]> {
  return (await page.locator("main ol > li h3").allTextContents()).map((title) => title.trim());
}

test.describe("Following a search without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("subscribe, confirm, get a digest with one-click unsubscribe headers, and unsubscribe", async ({ page, request, database }) => {
    const email = `obserwator.${randomUUID().slice(0, 8)}@gmina-test.example.pl`;
    await page.goto(SEARCH);
    const box = follow(page);
    await expect(box.getByRole("link", { name: "Kanał Atom tej listy" })).toHaveAttribute("href", FEED);
    const firstResult = page.locator("main ol > li h3 a").first();
    const practicePath = new URL((await firstResult.getAttribute("href"))!, "http://x").pathname;
    const practiceTitle = (await firstResult.textContent())!.trim();
    // The search is a cached page: its alert's form is one link away, with a fresh stamp.
    await box.getByRole("link", { name: "Powiadomienia e-mail o tej liście" }).click();
    await expect(page).toHaveURL(/\/obserwuj\?q=bezrobotnych&wojewodztwo=slaskie$/);
    const form = page.getByRole("main");

    // Nothing typed: the error summary names the field.
    await page.waitForTimeout(MIN_FILL_MS);
    await form.getByRole("button", { name: "Zamów powiadomienia" }).click();
    await expect(page.getByRole("alert").getByRole("link", { name: "Wpisz adres e-mail: wyślemy na niego link potwierdzający." })).toBeVisible();

    await page.waitForTimeout(MIN_FILL_MS);
    await form.getByLabel("Adres e-mail").fill(email);
    await form.getByRole("radio", { name: "Codziennie" }).check();
    await form.getByRole("button", { name: "Zamów powiadomienia" }).click();
    await expect(page).toHaveURL(/\/obserwuj\/wyslano$/);
    await expect(page.getByRole("heading", { level: 1, name: "Sprawdź skrzynkę e-mail" })).toBeVisible();

    const confirmation = await lastMailTo(email);
    expect(confirmation.subject).toBe("Potwierdź powiadomienia o praktykach: „bezrobotnych”, województwo śląskie");
    const confirmUrl = linksIn(confirmation).find((link) => link.includes("/obserwuj/potwierdz/"))!;
    // Opening the link confirms nothing: only the button does.
    await page.goto(confirmUrl);
    const stored = () => database.query<{ status: string; query: string }>("SELECT status::text, query FROM search_alert WHERE email = $1", [email]);
    expect((await stored()).rows).toEqual([{ status: "niepotwierdzona", query: "q=bezrobotnych&wojewodztwo=slaskie" }]);
    await page.getByRole("button", { name: "Potwierdzam powiadomienia" }).click();
    await expect(page.getByText("Powiadomienia są włączone")).toBeVisible();
    expect((await stored()).rows[0]!.status).toBe("aktywna");

    // A day later, one of the search's practices has changed.
    await database.query("UPDATE search_alert SET last_digest_at = now() - interval '2 days' WHERE email = $1", [email]);
    await database.query("UPDATE practice SET updated_at = now() - interval '1 hour' WHERE slug = $1", [practicePath.split("/").at(-1)]);
    const digest = await lastMailTo(email, { timeoutMs: 30_000, predicate: (mail) => mail.subject.includes("zaktualizowan") });
    expect(digest.text).toContain(practiceTitle);
    expect(linksIn(digest)).toContainEqual(expect.stringMatching(new RegExp(`${practicePath}$`)));
    expect(linksIn(digest)).toContainEqual(expect.stringMatching(/\/szukaj\?q=bezrobotnych&wojewodztwo=slaskie$/));
    const unsubscribeUrl = /^<(https?:\/\/[^>]+\/obserwuj\/wypisz\/[A-Za-z0-9_-]{43})>$/.exec(digest.headers["list-unsubscribe"] ?? "")?.[1];
    expect(unsubscribeUrl, "List-Unsubscribe").toBeDefined();
    expect(digest.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect(linksIn(digest)).toContain(unsubscribeUrl);

    // Opening the link shows a button and changes nothing; a mail program's one-click POST unsubscribes.
    await page.goto(unsubscribeUrl!);
    await expect(page.getByRole("button", { name: "Wypisz mnie" })).toBeVisible();
    expect((await stored()).rows).toHaveLength(1);
    const oneClick = await request.post(unsubscribeUrl!, { form: { "List-Unsubscribe": "One-Click" }, maxRedirects: 0 });
    expect(oneClick.status()).toBe(200);
    expect((await stored()).rows).toEqual([]);
    await page.reload();
    await expect(page.getByText("Tego powiadomienia już nie ma")).toBeVisible();
  });

  test("a category page links its feed and the e-mail alert of the category", async ({ page }) => {
    await page.goto("/kategorie/pomoc-spoleczna");
    const box = follow(page);
    await expect(box.getByRole("link", { name: "Kanał Atom tej listy" })).toHaveAttribute("href", "/kanaly/kategorie/pomoc-spoleczna.xml");
    await box.getByRole("link", { name: "Powiadomienia e-mail o tej liście" }).click();
    await expect(page).toHaveURL(/\/obserwuj\?kategoria=pomoc-spoleczna$/);
    await expect(page.getByText("kategoria „Pomoc społeczna”")).toBeVisible();
    await expect(page.getByRole("button", { name: "Zamów powiadomienia" })).toBeVisible();
  });
});

test("the Atom feed of a search is valid Atom with the page's results, in its order", async ({ page, request }) => {
  const response = await request.get(FEED);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const text = await response.text();
  expect(XMLValidator.validate(text)).toBe(true);
  const feed = xml.parse(text).feed;
  expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
  for (const element of ["id", "title", "updated", "author"]) expect(feed[element], `<${element}>`).toBeDefined();
  expect(feed.link.find((link: Record<string, string>) => link["@_rel"] === "self")["@_href"]).toMatch(/\/kanaly\/szukaj\.xml\?q=bezrobotnych&wojewodztwo=slaskie$/);
  const entries: Record<string, unknown>[] = feed.entry ?? [];
  for (const entry of entries) for (const element of ["id", "title", "updated", "author", "summary"]) expect(entry[element], `entry <${element}>`).toBeDefined();

  await page.goto(SEARCH);
  const titles = await resultTitles(page);
  expect(titles.length).toBeGreaterThan(0);
  const total = Number((await page.getByRole("heading", { level: 2, name: /Znaleziono/ }).textContent())!.match(/\d+/)![0]);
  expect(entries).toHaveLength(Math.min(total, 50));
  expect(entries.slice(0, titles.length).map((entry) => String((entry.title as Record<string, string>)["#text"] ?? entry.title))).toEqual(titles);
});

test.describe("Accessibility of the Obserwuj pages", () => {
  for (const width of [390, 1366]) {
    test(`axe finds nothing at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const path of [SEARCH, "/kategorie/pomoc-spoleczna", "/obserwuj?kategoria=pomoc-spoleczna", "/obserwuj/wyslano", `/obserwuj/potwierdz/${"a".repeat(43)}`, `/obserwuj/wypisanie/${"a".repeat(43)}`, "/obserwuj/wypisano"]) {
        await page.goto(path);
        await expectNoViolations(page, `${path} at ${width} px`);
      }
      // The form with its error summary.
      await page.goto("/obserwuj?q=bezrobotnych");
      await page.getByRole("button", { name: "Zamów powiadomienia" }).click();
      await expect(page.getByRole("alert").filter({ hasText: "Wystąpił problem" })).toBeFocused();
      await expectNoViolations(page, `the form's errors at ${width} px`);
    });
  }
});
