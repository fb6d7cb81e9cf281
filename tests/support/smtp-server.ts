import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

// A real SMTP server for tests (the `smtp-server` package), in the test's own process, on
// loopback: it accepts every message, parses it with `mailparser`, and lets a test wait for the
// one it expects. The database tests start it directly; the browser tests run it in a process of
// its own (tests/e2e/support/mail-sink.ts) that also serves what arrived over HTTP.

export type ReceivedMail = {
  /** The SMTP envelope: who the message was really delivered to. */
  envelopeTo: string[];
  from: string;
  replyTo: string | null;
  subject: string;
  text: string;
  html: string | null;
  /** Header values by lower-case name, unfolded (the first of a repeated header). */
  headers: Record<string, string>;
  messageId: string | null;
  receivedAt: string;
};

export type TestSmtpServer = {
  port: number;
  url: string;
  received: ReceivedMail[];
  /** The first message (already arrived or arriving within the timeout) that matches. */
  waitFor(predicate: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  stop(): Promise<void>;
};

type Options = {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Recipients refused with "550 no such user", to test permanent failures. */
  refuseRecipient?: (address: string) => boolean;
  /** Milliseconds to hold each message before accepting it, to make concurrent senders overlap. */
  acceptDelayMs?: number;
};

export async function startTestSmtpServer(options: Options = {}): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    // No TLS on loopback: nodemailer would otherwise upgrade and reject the self-signed certificate.
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (options.refuseRecipient?.(address.address)) {
        const error = Object.assign(new Error("Nie ma takiego adresata"), { responseCode: 550 });
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (parsed) => {
          if (options.acceptDelayMs) await new Promise((resolve) => setTimeout(resolve, options.acceptDelayMs));
          received.push({
            envelopeTo: session.envelope.rcptTo.map((recipient) => recipient.address),
            from: parsed.from?.text ?? "",
            replyTo: parsed.replyTo?.text ?? null,
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : null,
            headers: headerValues(parsed.headerLines),
            messageId: parsed.messageId ?? null,
            receivedAt: new Date().toISOString(),
          });
          for (const wake of waiters) wake();
          callback();
        })
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;

  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    waitFor(predicate, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = received.find(predicate);
          if (!found) return false;
          cleanup();
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`No matching mail arrived within ${timeoutMs} ms (${received.length} arrived).`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function headerValues(lines: readonly { key: string; line: string }[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const { key, line } of lines) {
    headers[key] ??= line.slice(line.indexOf(":") + 1).replace(/\r?\n[ \t]+/g, " ").trim();
  }
  return headers;
}
