import { defineConfig } from "@playwright/test";
import { BROWSER_USER_AGENT } from "./tests/e2e/support/user-agents";

// `npm run test:cluster` (tests/cluster): two instances behind nginx, started by the spec's own
// fixture (it kills and restarts them), so no webServer here. Chromium only signs editors in.
export default defineConfig({
  testDir: "tests/cluster",
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: "list",
  timeout: 120_000,
  // A first render of an admin page on a loaded two-core machine takes seconds.
  expect: { timeout: 15_000 },
  use: {
    userAgent: BROWSER_USER_AGENT,
    locale: "pl-PL",
    timezoneId: "Europe/Warsaw",
    launchOptions: { executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] },
  },
});
