// Where the browser tests' SMTP server listens, and its HTTP mailbox: beside E2E_PORT, so two
// checkouts' test runs on one machine keep their mail apart (3100 → 2525 and 2526).
const sitePort = Number(process.env.E2E_PORT ?? 3100);

export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2525 + 2 * (sitePort - 3100));
export const E2E_MAILBOX_PORT = E2E_SMTP_PORT + 1;
export const E2E_MAILBOX_URL = `http://127.0.0.1:${E2E_MAILBOX_PORT}`;
