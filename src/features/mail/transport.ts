import nodemailer from "nodemailer";
import type { DueMail } from "./outbox-store";

// Delivery of one outbox row through SMTP (nodemailer), and how its failures are told apart.

export type MailTransport = { send(mail: DueMail): Promise<void>; close(): void };

// nodemailer's defaults wait up to 2 minutes for a connection and 10 for a reply, all while the
// worker holds the row's lock: a mail server that hangs must fail the attempt sooner.
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

export function createSmtpTransport(smtpUrl: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport({ url: smtpUrl, ...TIMEOUTS });
  const domain = senderDomain(from);
  return {
    async send(mail) {
      await transporter.sendMail({
        from,
        to: mail.recipient,
        replyTo: mail.replyTo ?? undefined,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: mail.headers,
        messageId: messageIdOf(mail, domain),
      });
    },
    close: () => transporter.close(),
  };
}

/**
 * One Message-ID per outbox row, the same on every attempt: should a mail ever go out twice (see
 * docs/decisions/010), mail clients and servers that deduplicate by Message-ID show it once. The
 * creation time keeps ids of a recreated database's rows from repeating earlier ones.
 */
export function messageIdOf(mail: Pick<DueMail, "id" | "createdAt">, domain: string): string {
  return `<bdp-outbox-${mail.id}.${mail.createdAt.getTime().toString(36)}@${domain}>`;
}

export function senderDomain(from: string): string {
  return /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1] ?? "localhost";
}

/**
 * The server refused this recipient or this message for good (a 5xx reply to RCPT TO or DATA):
 * retrying cannot help. Anything else (connection refused, timeouts, 4xx, a failed login, which
 * an operator can fix) is worth retrying.
 */
export function isPermanentFailure(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, responseCode } = error as { code?: unknown; responseCode?: unknown };
  return (code === "EENVELOPE" || code === "EMESSAGE") && typeof responseCode === "number" && responseCode >= 500 && responseCode < 600;
}
