import { test as base } from "@playwright/test";
import { type Catalogue, crawlCatalogue } from "./catalogue";

/** The tests' `test`: Playwright's, plus what the crawler found in the demo data, crawled once per worker (every page cold: minutes on a loaded machine). */
export const test = base.extend<object, { catalogue: Catalogue }>({
  catalogue: [async ({ browser }, use) => use(await crawlCatalogue(browser)), { scope: "worker", timeout: 300_000 }],
});

export { expect } from "@playwright/test";
