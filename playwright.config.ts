import { defineConfig, devices } from "@playwright/test";
import { E2E_MAILBOX_URL, E2E_SMTP_PORT } from "./tests/e2e/support/mail-ports";
import { BROWSER_USER_AGENT } from "./tests/e2e/support/user-agents";

// Browser tests of the production site: `npm start` builds it when needed and serves it on its own
// embedded database (.data/e2e-postgres), seeded with the demo data on first start, and sends its
// mail to a test SMTP server whose mailbox the specs read (tests/e2e/support/mailbox.ts). The mail
// server is the first webServer entry: Playwright starts the entries in order, each once its URL
// answers, and all of them before globalSetup, so the site never starts without it.

// E2E_PORT lets two checkouts on one machine run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://localhost:${PORT}`;

// Debian's Chromium (Playwright's own download is out of reach here), headless.
const CHROMIUM = {
  ...devices["Desktop Chrome"],
  userAgent: BROWSER_USER_AGENT,
  launchOptions: {
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  },
};

export default defineConfig({
  testDir: "tests/e2e",
  // The visit-counter tests compare site-wide figures: one worker keeps other tests' page views
  // out of their measurements (and the server shares the machine's two cores anyway).
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: "list",
  timeout: 60_000,
  use: {
    baseURL: BASE_URL,
    // Not Playwright's "HeadlessChrome", which the visit counter rightly ignores.
    userAgent: BROWSER_USER_AGENT,
    locale: "pl-PL",
    timezoneId: "Europe/Warsaw",
    trace: "retain-on-failure",
  },
  // Screenshot comparisons (screens.spec.ts): pictures in the repository, a tolerance for font
  // hinting and anti-aliasing, never for a moved block.
  snapshotPathTemplate: "{testDir}/__screens__/{arg}{ext}",
  expect: { timeout: 10_000, toHaveScreenshot: { maxDiffPixelRatio: 0.01, animations: "disabled", caret: "hide" } },
  projects: [
    // First, on the data as seeded: the screenshots show the demo catalogue before any test edits it.
    { name: "screens", testMatch: /screens\.spec\.ts/, use: CHROMIUM },
    { name: "chromium", testIgnore: /screens\.spec\.ts/, dependencies: ["screens"], use: CHROMIUM },
  ],
  webServer: [
    {
      command: "node --import tsx tests/e2e/support/mail-sink.ts",
      url: `${E2E_MAILBOX_URL}/health`,
      timeout: 30_000,
      reuseExistingServer: !process.env.CI,
      stdout: "pipe",
      stderr: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    },
    {
      command: "npm start",
      url: `${BASE_URL}/o-banku`,
      env: {
        PORT: String(PORT),
        EMBEDDED_PG_DIR: ".data/e2e-postgres",
        ATTACHMENTS_DIR: ".data/e2e-attachments",
        NEXT_TELEMETRY_DISABLED: "1",
        SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
        // The search alerts' digest job runs every 2 s, so follow.spec.ts sees a due digest go out.
        ALERT_DIGEST_INTERVAL_SECONDS: "2",
        // Warnings and errors only: a line per request (thousands in the suite) would bury them in
        // the test output. The request line itself is tested in src/server/request-observer.test.ts.
        LOG_LEVEL: "warn",
      },
      // The first start initialises the database and runs `next build`.
      timeout: 300_000,
      reuseExistingServer: !process.env.CI,
      stdout: "pipe",
      stderr: "pipe",
      // Let `npm start` stop its embedded PostgreSQL cleanly instead of being killed.
      gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    },
  ],
});
