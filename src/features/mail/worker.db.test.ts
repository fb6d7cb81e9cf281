import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { SITE_HOUSEKEEPING } from "@/server/mail-worker";
import { db } from "@/lib/db";
import { requireDatabaseUrl } from "@/lib/env";
import { resetDatabase } from "../../../tests/db/reset";
import { type ReceivedMail, startTestSmtpServer, type TestSmtpServer } from "../../../tests/support/smtp-server";
import { composeMail } from "./compose";
import { enqueueMail } from "./mutations";
import { createSmtpTransport } from "./transport";
import { MailWorker, type MailWorkerOptions } from "./worker";

// The mail worker against the test database and a real SMTP server on loopback: what arrives, what
// happens while the server is down, two workers at once, giving up, and housekeeping.

const FROM = "Bank Dobrych Praktyk <bdp@bank.example.pl>";
const workers: MailWorker[] = [];
const servers: TestSmtpServer[] = [];
let workerErrors: unknown[] = [];

async function smtp(options?: Parameters<typeof startTestSmtpServer>[0]): Promise<TestSmtpServer> {
  const server = await startTestSmtpServer(options);
  servers.push(server);
  return server;
}

/** A worker that polls rarely (a minute) unless told otherwise: quick delivery must come from NOTIFY. */
async function worker(smtpUrl: string | null, options: Partial<MailWorkerOptions> = {}): Promise<MailWorker> {
  const started = await MailWorker.start({
    databaseUrl: requireDatabaseUrl(),
    transport: smtpUrl ? createSmtpTransport(smtpUrl, FROM) : null,
    housekeeping: [],
    onError: (error) => workerErrors.push(error),
    pollIntervalMs: 60_000,
    ...options,
  });
  workers.push(started);
  return started;
}

function enqueue(overrides: { to?: string; kind?: string; subject?: string } = {}) {
  const composed = composeMail({
    subject: overrides.subject ?? "Zgłoszenie „Zażółć gęślą jaźń” – przyjęte",
    paragraphs: ["Dzień dobry,", "dziękujemy za zgłoszenie praktyki. Redakcja Banku zajmie się nim wkrótce."],
    action: { label: "Zobacz swoje zgłoszenie", url: "http://localhost:3000/zgloszenie/abc" },
    footer: "Otrzymujesz tę wiadomość, bo zgłosiłeś praktykę.",
  });
  return enqueueMail(db, {
    kind: overrides.kind ?? "submission-status",
    to: overrides.to ?? "urzad@gmina-zolkiewka.pl",
    replyTo: "redakcja@bank.example.pl",
    ...composed,
    headers: { "List-Unsubscribe": "<http://localhost:3000/wypisz/abc>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  });
}

async function row(id: number) {
  return db.outboxMail.findUniqueOrThrow({ where: { id } });
}

/** Waits, in real time, for the database to show what the worker did. */
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const sentTo = (server: TestSmtpServer, messageId: string | null) => server.received.filter((mail: ReceivedMail) => mail.messageId === messageId);

beforeEach(async () => {
  await resetDatabase();
  workerErrors = [];
});

afterEach(async () => {
  await Promise.all(workers.splice(0).map((started) => started.stop()));
  await Promise.all(servers.splice(0).map((server) => server.stop()));
});

afterAll(async () => {
  await resetDatabase();
});

describe("the mail worker", () => {
  it("sends a mail as stored, Polish text, HTML part, List-Unsubscribe and Reply-To intact, woken by NOTIFY", async () => {
    const server = await smtp();
    await worker(server.url);
    const enqueuedAt = Date.now();
    const id = await enqueue();
    const mail = await server.waitFor((arrived) => arrived.envelopeTo.includes("urzad@gmina-zolkiewka.pl"), 5_000);
    // The worker polls once a minute here: an arrival this soon came from the notification.
    expect(Date.now() - enqueuedAt).toBeLessThan(3_000);
    expect(mail.subject).toBe("Zgłoszenie „Zażółć gęślą jaźń” – przyjęte");
    expect(mail.text).toContain("dziękujemy za zgłoszenie praktyki");
    expect(mail.text).toContain("Zobacz swoje zgłoszenie:\nhttp://localhost:3000/zgloszenie/abc");
    expect(mail.html).toContain('<a href="http://localhost:3000/zgloszenie/abc">Zobacz swoje zgłoszenie</a>');
    expect(mail.from).toBe('"Bank Dobrych Praktyk" <bdp@bank.example.pl>');
    expect(mail.replyTo).toBe("redakcja@bank.example.pl");
    expect(mail.headers["list-unsubscribe"]).toBe("<http://localhost:3000/wypisz/abc>");
    expect(mail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect(mail.messageId).toMatch(new RegExp(`^<bdp-outbox-${id}\\.[0-9a-z]+@bank\\.example\\.pl>$`));
    const stored = await until(() => row(id), (value) => value.status === "SENT");
    expect(stored).toMatchObject({ attempts: 1, lastError: null });
    expect(stored.sentAt).toBeInstanceOf(Date);
    expect(workerErrors).toEqual([]);
  });

  it("keeps mail while the server is down, backs off, and sends it once when the server is back", async () => {
    const probe = await startTestSmtpServer();
    const { port, url } = probe;
    await probe.stop();
    await worker(url, { pollIntervalMs: 100, retryDelays: [1, 1, 1, 1, 1] });
    const id = await enqueue();
    const failed = await until(() => row(id), (value) => value.attempts >= 1);
    expect(failed.status).toBe("PENDING");
    expect(failed.lastError).toMatch(/ECONNREFUSED|connect/i);
    const [{ wait }] = await db.$queryRaw<[{ wait: number }]>`SELECT extract(epoch FROM next_attempt_at - now())::float AS wait FROM outbox_mail WHERE id = ${id}`;
    expect(wait).toBeGreaterThan(0.3);
    expect(wait).toBeLessThanOrEqual(1);

    const server = await smtp({ port });
    const mail = await server.waitFor(() => true, 10_000);
    const sent = await until(() => row(id), (value) => value.status === "SENT");
    expect(sent.attempts).toBeGreaterThanOrEqual(2);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(sentTo(server, mail.messageId)).toHaveLength(1);
    expect(workerErrors).toEqual([]);
  });

  it("sends each mail exactly once with two workers running at the same time", async () => {
    const server = await smtp({ acceptDelayMs: 40 });
    await Promise.all([worker(server.url), worker(server.url)]);
    const ids = await db.$transaction(async (tx) => {
      const made: number[] = [];
      for (let index = 0; index < 16; index += 1) {
        made.push(
          await enqueueMail(tx, { kind: "test", to: `adresat${index}@gmina.pl`, subject: `Wiadomość ${index}`, text: "Treść", html: "<p>Treść</p>" }),
        );
      }
      return made;
    });
    await until(() => db.outboxMail.count({ where: { status: "SENT" } }), (count) => count === ids.length);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(server.received).toHaveLength(ids.length);
    expect(new Set(server.received.map((mail) => mail.messageId)).size).toBe(ids.length);
    const rows = await db.outboxMail.findMany({ select: { attempts: true } });
    expect(rows.every((value) => value.attempts === 1)).toBe(true);
    expect(workerErrors).toEqual([]);
  });

  it("gives up after the last attempt, and at once when the server refuses the recipient for good", async () => {
    const server = await smtp({ refuseRecipient: (address) => address.startsWith("nieznany@") });
    await worker(server.url, { pollIntervalMs: 100, retryDelays: [0.2, 0.2] });
    const refused = await enqueue({ to: "nieznany@gmina.pl" });
    expect(await until(() => row(refused), (value) => value.status === "FAILED")).toMatchObject({ attempts: 1, lastError: expect.stringMatching(/550/) });

    const probe = await startTestSmtpServer();
    await probe.stop();
    await worker(probe.url, { pollIntervalMs: 100, retryDelays: [0.2, 0.2] });
    await workers[0]!.stop();
    const unreachable = await enqueue({ to: "gdzies@gmina.pl" });
    const gaveUp = await until(() => row(unreachable), (value) => value.status === "FAILED");
    expect(gaveUp.attempts).toBe(3);
    expect(gaveUp.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(workerErrors).toEqual([]);
  });

  it("sends nothing without SMTP: mail waits in the outbox", async () => {
    await worker(null, { pollIntervalMs: 100 });
    const id = await enqueue();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await row(id)).toMatchObject({ status: "PENDING", attempts: 0 });
  });
});

describe("housekeeping", () => {
  it("deletes old sent mail, erases readers' messages to authors after a week, forgets old rate windows and dead tokens", async () => {
    const old = await enqueue({ subject: "Stara" });
    const recent = await enqueue({ subject: "Świeża" });
    const pending = await enqueue({ subject: "Czeka od dawna" });
    const contactOld = await enqueue({ kind: "contact-author", subject: "Pytanie o praktykę" });
    const contactRecent = await enqueue({ kind: "contact-author", subject: "Inne pytanie" });
    await db.$executeRaw`UPDATE outbox_mail SET status = 'wyslana', sent_at = now() - interval '31 days' WHERE id = ${old}`;
    await db.$executeRaw`UPDATE outbox_mail SET status = 'wyslana', sent_at = now() - interval '29 days' WHERE id = ${recent}`;
    await db.$executeRaw`UPDATE outbox_mail SET created_at = now() - interval '90 days' WHERE id = ${pending}`;
    await db.$executeRaw`UPDATE outbox_mail SET status = 'wyslana', sent_at = now() - interval '8 days' WHERE id = ${contactOld}`;
    await db.$executeRaw`UPDATE outbox_mail SET status = 'wyslana', sent_at = now() - interval '6 days' WHERE id = ${contactRecent}`;
    await db.$executeRaw`INSERT INTO rate_limit (key, window_start, hits) VALUES ('stare', now() - interval '3 days', 1), ('nowe', now(), 1)`;
    await db.$executeRaw`INSERT INTO email_token (token_hash, purpose, subject_id, expires_at) VALUES
      (${"a".repeat(64)}, 'potwierdzenie-zgloszenia', 1, now() - interval '8 days'),
      (${"b".repeat(64)}, 'potwierdzenie-zgloszenia', 2, now() - interval '6 days'),
      (${"c".repeat(64)}, 'potwierdzenie-wdrozenia', 3, now() + interval '1 day')`;

    const started = await worker(null, { housekeeping: SITE_HOUSEKEEPING });
    await started.houseKeep();

    const left = await db.outboxMail.findMany({ orderBy: { id: "asc" }, select: { id: true, text: true, html: true, replyTo: true } });
    expect(left.map((mail) => mail.id)).toEqual([recent, pending, contactOld, contactRecent]);
    expect(left.find((mail) => mail.id === contactOld)).toMatchObject({ text: "", html: "", replyTo: null });
    expect(left.find((mail) => mail.id === contactRecent)?.text).toContain("dziękujemy");
    expect((await db.rateLimit.findMany()).map((window) => window.key)).toEqual(["nowe"]);
    expect((await db.emailToken.findMany({ orderBy: { subjectId: "asc" } })).map((token) => token.subjectId)).toEqual([2, 3]);
    expect(workerErrors).toEqual([]);
  });
});
