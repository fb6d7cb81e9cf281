// User agents of the browser tests. The site counts page views only from real browsers, so the
// tests' browsers identify as a desktop Chrome (Playwright's default says "HeadlessChrome").

/** A desktop Chrome as visitors have it: its page views count. */
export const BROWSER_USER_AGENT =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";

/** Google's crawler: served the same pages, never counted. */
export const GOOGLEBOT_USER_AGENT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

/** The tests' own crawler, which explores the demo data without adding to the visit figures. */
export const TEST_CRAWLER_USER_AGENT = "Mozilla/5.0 (compatible; bdp-e2e-crawler/1.0)";
