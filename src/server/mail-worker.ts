import { purgeOldMail } from "@/features/mail/outbox-store";
import { createSmtpTransport } from "@/features/mail/transport";
import { type HousekeepingTask, MailWorker } from "@/features/mail/worker";
import { purgeExpiredEmailTokens, purgeRateWindows } from "@/features/public-forms/purge";
import { purgeOldAlertLinks, purgeUnconfirmedAlerts } from "@/features/search-alerts/purge";
import { env, requireDatabaseUrl } from "@/lib/env";

// The site's mail worker, as the HTTP front starts it: SMTP from the environment, and the hourly
// housekeeping of short-lived rows (retention of mail, throttling windows, dead e-mail tokens,
// unconfirmed search alerts and old unsubscribe links).

export const SITE_HOUSEKEEPING: HousekeepingTask[] = [
  purgeOldMail,
  (client) => purgeRateWindows(client),
  (client) => purgeExpiredEmailTokens(client),
  purgeUnconfirmedAlerts,
  (client) => purgeOldAlertLinks(client),
];

export async function startMailWorker(log: (line: string) => void, onError: (error: unknown) => void): Promise<MailWorker> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) log("Mail is not sent (SMTP_URL is not set): messages wait in the outbox, readable at /admin/poczta.");
  return MailWorker.start({
    databaseUrl: requireDatabaseUrl(),
    transport: SMTP_URL ? createSmtpTransport(SMTP_URL, MAIL_FROM) : null,
    housekeeping: SITE_HOUSEKEEPING,
    onError,
  });
}
