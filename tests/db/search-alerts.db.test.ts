import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as unsubscribePost } from "../../src/app/(public)/obserwuj/wypisz/[token]/route";
import { getConfirmationState, isUnsubscribeLinkLive } from "../../src/features/search-alerts/data";
import { sendDueDigests } from "../../src/features/search-alerts/digest";
import { confirmAlert, createAlert } from "../../src/features/search-alerts/mutations";
import { purgeUnconfirmedAlerts } from "../../src/features/search-alerts/purge";
import { alertQuery } from "../../src/features/search-alerts/schema";
import { searchParamsSchema } from "../../src/features/search/schema";
import { db } from "../../src/lib/db";
import { requireDatabaseUrl } from "../../src/lib/env";
import { createTestPractice } from "../factories";
import { resetDatabase } from "./reset";

// Search alerts against the test database: double opt-in, single-use and expiring confirmation,
// the digest's window, two digest runs at once, one-click unsubscribe and the purge.

const WORD = "ogrodoterapia";
const QUERY = alertQuery(searchParamsSchema.parse({ q: WORD, wojewodztwo: "slaskie" }));
const DAY = 24 * 3600_000;
let client: pg.Client;

const outbox = (kind: string) => db.outboxMail.findMany({ where: { kind }, orderBy: { id: "asc" } });
const tokenOf = (text: string, path: string) => new RegExp(`${path}/([A-Za-z0-9_-]{43})`).exec(text)?.[1] ?? "";

async function subscribe(email: string, query = QUERY): Promise<{ id: number; token: string }> {
  const { id } = await createAlert({ email, query, frequency: "DAILY" });
  const mail = (await outbox("search-alert-confirm")).findLast((row) => row.recipient === email)!;
  return { id, token: tokenOf(mail.text, "/obserwuj/potwierdz") };
}

/** An active alert whose last digest was `daysAgo` days ago (so a daily one is due). */
async function activeAlert(email: string, daysAgo = 2, query = QUERY): Promise<number> {
  const { id, token } = await subscribe(email, query);
  expect(await confirmAlert(token)).toEqual({ ok: true });
  await db.searchAlert.update({ where: { id }, data: { lastDigestAt: new Date(Date.now() - daysAgo * DAY) } });
  return id;
}

async function practiceChanged(summary: string, hoursAgo: number, voivodeship: "SLASKIE" | "LUBUSKIE" = "SLASKIE") {
  const practice = await createTestPractice({ summary, voivodeship });
  await db.$executeRaw`UPDATE practice SET updated_at = ${new Date(Date.now() - hoursAgo * 3600_000)} WHERE id = ${practice.id}`;
  return practice;
}

beforeAll(async () => {
  client = new pg.Client({ connectionString: requireDatabaseUrl() });
  await client.connect();
});
afterAll(() => client.end());
beforeEach(() => resetDatabase());

describe("subscribing", () => {
  it("stores an unconfirmed alert with its confirmation mail, and the POST activates it", async () => {
    const { id, token } = await subscribe("ala@gmina.example.pl");
    const stored = await db.searchAlert.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ email: "ala@gmina.example.pl", query: QUERY, frequency: "DAILY", status: "UNCONFIRMED", confirmedAt: null });
    // Only the hash of the link's token is kept.
    expect(stored.confirmTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(token);
    const [mail] = await outbox("search-alert-confirm");
    expect(mail!.subject).toBe("Potwierdź powiadomienia o praktykach: „ogrodoterapia”, województwo śląskie");

    // Opening the link changes nothing.
    expect(await getConfirmationState(token)).toBe("valid");
    expect((await db.searchAlert.findUniqueOrThrow({ where: { id } })).status).toBe("UNCONFIRMED");

    expect(await confirmAlert(token)).toEqual({ ok: true });
    const active = await db.searchAlert.findUniqueOrThrow({ where: { id } });
    expect(active.status).toBe("ACTIVE");
    expect(active.confirmedAt).not.toBeNull();
    expect(active.lastDigestAt).toEqual(active.confirmedAt);
  });

  it("uses a confirmation token once, even when two posts race", async () => {
    const { token } = await subscribe("bartek@gmina.example.pl");
    const results = await Promise.all([confirmAlert(token), confirmAlert(token)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await confirmAlert(token)).toEqual({ ok: false, reason: "used" });
    expect(await getConfirmationState(token)).toBe("used");
    expect(await confirmAlert("x".repeat(43))).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses an expired token", async () => {
    const { id, token } = await subscribe("celina@gmina.example.pl");
    await db.searchAlert.update({ where: { id }, data: { confirmExpiresAt: new Date(Date.now() - 1000) } });
    expect(await getConfirmationState(token)).toBe("expired");
    expect(await confirmAlert(token)).toEqual({ ok: false, reason: "expired" });
    expect((await db.searchAlert.findUniqueOrThrow({ where: { id } })).status).toBe("UNCONFIRMED");
  });

  it("replaces an older alert of the same address and search when a new one is confirmed", async () => {
    await activeAlert("dorota@gmina.example.pl");
    const newer = await activeAlert("dorota@gmina.example.pl");
    expect((await db.searchAlert.findMany({ select: { id: true } })).map((row) => row.id)).toEqual([newer]);
  });

  it("purges unconfirmed alerts whose link expired, and nothing else", async () => {
    const expired = await subscribe("ewa@gmina.example.pl");
    const fresh = await subscribe("franek@gmina.example.pl");
    const active = await activeAlert("gosia@gmina.example.pl");
    await db.searchAlert.updateMany({ where: { id: { in: [expired.id, active] } }, data: { confirmExpiresAt: new Date(Date.now() - 1000) } });
    expect(await purgeUnconfirmedAlerts(client)).toBe(1);
    expect((await db.searchAlert.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((row) => row.id)).toEqual([fresh.id, active]);
  });
});

describe("digests", () => {
  it("list only the search's published practices changed since the last digest", async () => {
    const inWindow = await practiceChanged(`Warsztaty: ${WORD} dla seniorów.`, 20);
    await practiceChanged(`Zajęcia: ${WORD} w ogrodzie.`, 3 * 24); // before the last digest
    await practiceChanged(`Projekt: ${WORD} przy szpitalu.`, 20, "LUBUSKIE"); // another voivodeship
    await practiceChanged("Zajęcia sportowe dla seniorów.", 20); // other words
    const draft = await practiceChanged(`Szkic: ${WORD} w parku.`, 20);
    await db.practice.update({ where: { id: draft.id }, data: { status: "DRAFT" } });
    await db.$executeRaw`UPDATE practice SET updated_at = now() - interval '20 hours' WHERE id = ${draft.id}`;
    const id = await activeAlert("hania@gmina.example.pl");

    expect(await sendDueDigests()).toEqual({ sent: 1, empty: 0 });
    const [mail] = await outbox("search-alert-digest");
    expect(mail!.recipient).toBe("hania@gmina.example.pl");
    expect(mail!.text).toContain(inWindow.title);
    expect(mail!.text.match(/\/praktyki\//g)).toHaveLength(1);
    expect(mail!.text).toContain(`/szukaj?${QUERY}`);
    const unsubscribeUrl = /<(.+)>/.exec((mail!.headers as Record<string, string>)["List-Unsubscribe"]!)![1]!;
    expect(unsubscribeUrl).toMatch(/\/obserwuj\/wypisz\/[A-Za-z0-9_-]{43}$/);
    expect(mail!.headers).toMatchObject({ "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
    expect(mail!.text).toContain(unsubscribeUrl);

    // The window moved on: nothing is due until the next day.
    const after = await db.searchAlert.findUniqueOrThrow({ where: { id } });
    expect(after.lastDigestAt!.getTime()).toBeGreaterThan(Date.now() - 5 * 60_000);
    expect(await sendDueDigests()).toEqual({ sent: 0, empty: 0 });
  });

  it("send nothing when nothing changed, and move the window on", async () => {
    await practiceChanged(`Warsztaty: ${WORD} dla seniorów.`, 3 * 24);
    const id = await activeAlert("irek@gmina.example.pl");
    expect(await sendDueDigests()).toEqual({ sent: 0, empty: 1 });
    expect(await outbox("search-alert-digest")).toEqual([]);
    expect((await db.searchAlert.findUniqueOrThrow({ where: { id } })).lastDigestAt!.getTime()).toBeGreaterThan(Date.now() - 5 * 60_000);
  });

  it("wait for the period of a weekly alert", async () => {
    await practiceChanged(`Warsztaty: ${WORD} dla seniorów.`, 20);
    const id = await activeAlert("jola@gmina.example.pl", 2);
    await db.searchAlert.update({ where: { id }, data: { frequency: "WEEKLY" } });
    expect(await sendDueDigests()).toEqual({ sent: 0, empty: 0 });
    await db.searchAlert.update({ where: { id }, data: { lastDigestAt: new Date(Date.now() - 8 * DAY) } });
    expect(await sendDueDigests()).toEqual({ sent: 1, empty: 0 });
  });

  it("go out once when two runs race", async () => {
    await practiceChanged(`Warsztaty: ${WORD} dla seniorów.`, 20);
    const emails = ["k1@gmina.example.pl", "k2@gmina.example.pl", "k3@gmina.example.pl"];
    for (const email of emails) await activeAlert(email);
    const runs = await Promise.all([sendDueDigests(), sendDueDigests()]);
    expect(runs.reduce((sum, run) => sum + run.sent, 0)).toBe(3);
    const mails = await outbox("search-alert-digest");
    expect(mails.map((mail) => mail.recipient).sort()).toEqual(emails);
  });

  it("never go to unconfirmed alerts", async () => {
    await practiceChanged(`Warsztaty: ${WORD} dla seniorów.`, 20);
    const { id } = await subscribe("lena@gmina.example.pl");
    await db.searchAlert.update({ where: { id }, data: { lastDigestAt: new Date(Date.now() - 2 * DAY) } });
    expect(await sendDueDigests()).toEqual({ sent: 0, empty: 0 });
  });
});

describe("unsubscribing", () => {
  async function digestUnsubscribeToken(email: string): Promise<{ id: number; token: string }> {
    await practiceChanged(`Warsztaty: ${WORD} dla seniorów.`, 20);
    const id = await activeAlert(email);
    await sendDueDigests();
    const mail = (await outbox("search-alert-digest")).find((row) => row.recipient === email)!;
    return { id, token: tokenOf(mail.text, "/obserwuj/wypisz") };
  }

  const post = (token: string, body: string) =>
    unsubscribePost(
      new Request(`http://localhost/obserwuj/wypisz/${token}`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body }),
      { params: Promise.resolve({ token }) },
    );

  it("deletes the alert and its links on a one-click POST, with no confirmation", async () => {
    const { id, token } = await digestUnsubscribeToken("marta@gmina.example.pl");
    expect(await isUnsubscribeLinkLive(token)).toBe(true);
    const response = await post(token, "List-Unsubscribe=One-Click");
    expect(response.status).toBe(200);
    expect(await db.searchAlert.findUnique({ where: { id } })).toBeNull();
    expect(await db.searchAlertLink.count()).toBe(0);
    expect(await isUnsubscribeLinkLive(token)).toBe(false);
    // A mail program's retry is still answered with success.
    expect((await post(token, "List-Unsubscribe=One-Click")).status).toBe(200);
  });

  it("sends the page's button on to a page saying so", async () => {
    const { id, token } = await digestUnsubscribeToken("natalia@gmina.example.pl");
    const response = await post(token, "");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/obserwuj/wypisano");
    expect(await db.searchAlert.findUnique({ where: { id } })).toBeNull();
  });
});
