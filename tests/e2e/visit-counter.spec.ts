import type { Browser, Page } from "@playwright/test";
import { PracticePage } from "./pages/PracticePage";
import { SitePage } from "./pages/SitePage";
import { practiceWithAttachments } from "./support/catalogue";
import { expect, test } from "./support/fixtures";
import { BYTOM_SPA } from "./support/reference-practices";
import { BROWSER_USER_AGENT, GOOGLEBOT_USER_AGENT } from "./support/user-agents";

// The counter: every page a browser receives counts, in the footer's total and, for a practice's
// three views, in its "Wyświetlenia"; both figures are at most 10 s behind. Crawlers, HEAD requests,
// errors and downloads do not count.
//
// The figures are read as Googlebot, which gets the same cached pages as visitors but is never
// counted, so reading them does not change them. Only these tests open BYTOM_SPA, so its figure
// changes only when they count a view.

const PRACTICE_URL = `/praktyki/${BYTOM_SPA.slug}`;

type Figures = { practiceViews: number; totalVisits: number };

/** Reads the practice's and the site's figures the way a visitor sees them, without being counted. */
class UncountedReader {
  private constructor(private readonly practice: PracticePage) {}

  static async open(browser: Browser): Promise<UncountedReader> {
    const context = await browser.newContext({ userAgent: GOOGLEBOT_USER_AGENT, javaScriptEnabled: false });
    return new UncountedReader(new PracticePage(await context.newPage()));
  }

  async figures(): Promise<Figures> {
    await this.practice.page.goto(PRACTICE_URL);
    return { practiceViews: await this.practice.viewCount(), totalVisits: await this.practice.totalVisits() };
  }

  async totalVisitsOn(url: string): Promise<number> {
    await this.practice.page.goto(url);
    return this.practice.totalVisits();
  }

  close(): Promise<void> {
    return this.practice.page.context().close();
  }
}

/** Counted views reach the pages at the latest one refresh interval (5 s) after they were saved. */
const FIGURES_DELAY_MS = 6_000;

/**
 * The figures once every view counted so far shows. A page's response ends only after its view is
 * saved, so after the earlier tests' pages loaded, one refresh interval is enough.
 */
async function settledFigures(page: Page, reader: UncountedReader): Promise<Figures> {
  await page.waitForTimeout(FIGURES_DELAY_MS);
  return reader.figures();
}

/** Opens the practice in `page`, a counted view, and waits until the figures include it. */
async function visitAndWaitUntilCounted(page: Page, reader: UncountedReader, before: Figures): Promise<Figures> {
  const response = await page.goto(PRACTICE_URL);
  expect(response?.status()).toBe(200);
  await expect(new PracticePage(page).heading).toHaveText(BYTOM_SPA.title);
  await expect
    .poll(async () => (await reader.figures()).practiceViews, {
      message: "the practice's Wyświetlenia include the visit within 10 s",
      timeout: 12_000,
      intervals: [500],
    })
    .toBe(before.practiceViews + 1);
  return reader.figures();
}

test.describe("Visit counter", () => {
  let reader: UncountedReader;
  test.beforeEach(async ({ browser }) => {
    reader = await UncountedReader.open(browser);
  });
  test.afterEach(async () => {
    await reader.close();
  });

  test("a practice page view shows in its Wyświetlenia and in the footer total within 10 seconds", async ({ page }) => {
    const before = await settledFigures(page, reader);
    const startedAt = Date.now();
    const after = await visitAndWaitUntilCounted(page, reader, before);
    expect(Date.now() - startedAt, "time until the new figures appeared (ms)").toBeLessThanOrEqual(10_000);

    expect(after.practiceViews).toBe(before.practiceViews + 1);
    expect(after.totalVisits).toBe(before.totalVisits + 1);
    // Other pages carry the new total too.
    await expect.poll(() => reader.totalVisitsOn("/o-banku"), { timeout: 12_000, intervals: [500] }).toBe(after.totalVisits);
    await expect.poll(() => reader.totalVisitsOn("/"), { timeout: 12_000, intervals: [500] }).toBe(after.totalVisits);
  });

  test("crawlers, HEAD requests, prefetches, errors, downloads and open data are not counted", async ({ page, request, catalogue }) => {
    // A counted view first, whose appearance shows that the figures are up to date.
    const settled = await visitAndWaitUntilCounted(page, reader, await settledFigures(page, reader));

    const asGooglebot = { headers: { "user-agent": GOOGLEBOT_USER_AGENT } };
    const uncounted = [
      request.get(PRACTICE_URL, asGooglebot),
      request.get(`${PRACTICE_URL}/prezentacja`, asGooglebot),
      request.get("/", asGooglebot),
      request.get(PRACTICE_URL, { headers: { "user-agent": "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)" } }),
      request.get(PRACTICE_URL, { headers: { "user-agent": "curl/8.5.0" } }),
      request.get(PRACTICE_URL, { headers: { "user-agent": BROWSER_USER_AGENT.replace("Chrome/", "HeadlessChrome/") } }),
      request.head(PRACTICE_URL),
      request.head("/"),
      request.get(PRACTICE_URL, { headers: { "sec-purpose": "prefetch" } }),
      request.get("/praktyki/nie-ma-takiej-praktyki"),
      request.get(practiceWithAttachments(catalogue).attachments[0]!.href),
      // Open data, fetched by a browser: data, not pages.
      request.get("/api/praktyki?q=bezrobotnych", { headers: { accept: "text/html" } }),
      request.get("/api/kategorie"),
      request.get("/szukaj.csv?wojewodztwo=slaskie", { headers: { accept: "text/html" } }),
      request.get("/kanaly/praktyki.xml", { headers: { accept: "text/html" } }),
      request.get("/kanaly/kategorie/pomoc-spoleczna.xml"),
      request.get("/sitemap.xml"),
      request.get("/sitemaps/praktyki-1.xml"),
      request.get("/robots.txt"),
      request.get("/publikacje/1"),
    ];
    for (const response of await Promise.all(uncounted)) expect(response.status()).toBeLessThan(500);

    // Had any of them counted, the figures would have changed by now.
    await page.waitForTimeout(FIGURES_DELAY_MS + 1_000);
    expect(await reader.figures()).toEqual(settled);
  });

  test("the footer shows the visit figures and the time the page took to generate", async ({ page }) => {
    for (const url of ["/", "/o-banku", `/kategorie/pomoc-spoleczna`, PRACTICE_URL, "/mapa?typ=powiat", "/statystyki", "/publikacje"]) {
      await page.goto(url);
      const site = new SitePage(page);
      await expect(site.visitCounter).toContainText(/^\d[\d\s]* gości odwiedziło nas od 1 kwietnia 2008 r\./);
      await expect(site.visitCounter).toContainText(/\d[\d\s]* unikaln(a wizyta|e wizyty|ych wizyt)$/);
      await expect(site.renderTime).toHaveText(/^Wygenerowano w \d+,\d{2} s$/);
    }
  });
});
