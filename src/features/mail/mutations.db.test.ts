import pg from "pg";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { requireDatabaseUrl } from "@/lib/env";
import { resetDatabase } from "../../../tests/db/reset";
import { enqueueMail, resendMail } from "./mutations";
import { WAKE_CHANNEL } from "./worker";

const mail = { kind: "test", to: "sekretariat@powiat.pl", subject: "Próba", text: "Treść", html: "<p>Treść</p>" };

/** Every notification on the worker's channel while `act` runs and shortly after. */
async function notificationsDuring(act: () => Promise<unknown>): Promise<number> {
  const client = new pg.Client({ connectionString: requireDatabaseUrl() });
  await client.connect();
  let count = 0;
  client.on("notification", (message) => {
    if (message.channel === WAKE_CHANNEL) count += 1;
  });
  await client.query(`LISTEN ${WAKE_CHANNEL}`);
  try {
    await act();
    await new Promise((resolve) => setTimeout(resolve, 200));
    return count;
  } finally {
    await client.end();
  }
}

beforeEach(() => resetDatabase());
afterAll(() => resetDatabase());

describe("the outbox", () => {
  it("wakes the worker when mail is committed, not when it is rolled back, and not for the worker's own updates", async () => {
    expect(await notificationsDuring(() => enqueueMail(db, mail))).toBe(1);
    const rolledBack = notificationsDuring(() =>
      db.$transaction(async (tx) => {
        await enqueueMail(tx, mail);
        throw new Error("wycofane");
      }).catch(() => {}),
    );
    expect(await rolledBack).toBe(0);
    expect(await notificationsDuring(() => db.$executeRaw`UPDATE outbox_mail SET attempts = 1, next_attempt_at = now() + interval '1 minute'`)).toBe(0);
    expect(await notificationsDuring(() => db.$executeRaw`UPDATE outbox_mail SET status = 'wyslana', sent_at = now()`)).toBe(0);
  });

  it("sends a failed mail again, due now, and wakes the worker; nothing else is sent again", async () => {
    const failed = await enqueueMail(db, mail);
    const sent = await enqueueMail(db, mail);
    const erased = await enqueueMail(db, { ...mail, kind: "contact-author" });
    await db.$executeRaw`UPDATE outbox_mail SET status = 'nieudana', attempts = 8, last_error = '421 busy', next_attempt_at = now() - interval '1 day' WHERE id IN (${failed}, ${erased})`;
    await db.$executeRaw`UPDATE outbox_mail SET text = '', html = '' WHERE id = ${erased}`;
    await db.$executeRaw`UPDATE outbox_mail SET status = 'wyslana' WHERE id = ${sent}`;

    expect(await notificationsDuring(async () => expect(await resendMail(failed)).toBe(true))).toBe(1);
    const [row] = await db.$queryRaw<[{ status: string; attempts: number; last_error: string | null; due: boolean }]>`
      SELECT status::text, attempts, last_error, next_attempt_at <= now() AS due FROM outbox_mail WHERE id = ${failed}`;
    expect(row).toEqual({ status: "oczekuje", attempts: 0, last_error: null, due: true });
    expect(await resendMail(failed)).toBe(false);
    expect(await resendMail(sent)).toBe(false);
    expect(await resendMail(erased)).toBe(false);
  });

  it("refuses a mail that is not one (no recipient address, no subject)", async () => {
    await expect(enqueueMail(db, { ...mail, to: "nie-adres" })).rejects.toThrow();
    await expect(enqueueMail(db, { ...mail, subject: "" })).rejects.toThrow();
    expect(await db.outboxMail.count()).toBe(0);
  });
});
