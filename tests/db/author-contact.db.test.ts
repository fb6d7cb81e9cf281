import { beforeAll, describe, expect, it } from "vitest";
import { getContactablePractice } from "../../src/features/author-contact/data";
import { relayContactMessage } from "../../src/features/author-contact/mutations";
import { CONTACT_RATE, contactMessageSchema } from "../../src/features/author-contact/schema";
import { issueFormStamp } from "../../src/features/public-forms/guard";
import { screenPublicPost } from "../../src/features/public-forms/screen";
import { db } from "../../src/lib/db";
import { createTestPractice } from "../factories";
import { resetDatabase } from "./reset";

// "Napisz do autora": the reader's message goes to the contact person's address with Reply-To
// the reader, a copy to the reader, nothing else stored; the address never leaves the server.

const HIDDEN = "ukryta.koordynatorka@gmina-test.example.pl";
const XSS = `<script>alert("x")</script><img src=x onerror=alert(1)>`;

const message = (overrides: Record<string, string> = {}) =>
  contactMessageSchema.parse({ imie: "Jan Kowalski", email: "jan.kowalski@czytelnik.example.pl", wiadomosc: "Jak długo trwało przygotowanie programu?", adresat: "0", ...overrides });

beforeAll(resetDatabase);

describe("relaying a message to an author", () => {
  it("mails the contact (Reply-To the reader) and the reader a copy, escaping what was typed", async () => {
    const practice = await createTestPractice({
      contacts: [
        { name: "Ewa Nowak", role: "dyrektorka", phone: null, email: HIDDEN, emailPublic: false },
        { name: "Bez Adresu", role: null, phone: "32 000 00 00", email: null },
      ],
    });
    const contactable = await getContactablePractice(practice.slug);
    // Only the contact with an address, and never the address itself.
    expect(contactable?.recipients).toEqual([{ id: expect.any(Number), name: "Ewa Nowak", role: "dyrektorka" }]);
    expect(JSON.stringify(contactable)).not.toContain(HIDDEN);

    const contactId = String(contactable!.recipients[0]!.id);
    const result = await relayContactMessage(practice.slug, message({ adresat: contactId, imie: `Jan ${XSS}`, wiadomosc: `Pytanie ${XSS}\nDruga linia` }));
    expect(result).toEqual({ ok: true });

    const mails = await db.outboxMail.findMany({ orderBy: { id: "asc" } });
    expect(mails.map((mail) => [mail.kind, mail.recipient, mail.replyTo])).toEqual([
      ["contact-author", HIDDEN, "jan.kowalski@czytelnik.example.pl"],
      ["contact-author-copy", "jan.kowalski@czytelnik.example.pl", null],
    ]);
    for (const mail of mails) {
      expect(mail.html).not.toContain("<script>");
      expect(mail.html).not.toContain("<img");
      expect(mail.html).toContain("&lt;script&gt;");
      expect(mail.text).toContain("> Druga linia");
      expect(mail.subject).not.toMatch(/[\r\n]/);
    }
    // The copy tells the reader who got it, not where.
    expect(mails[1]!.text + mails[1]!.html).not.toContain(HIDDEN);
    expect(mails[1]!.text).toContain("Ewa Nowak");
  });

  it("relays only to a contact of that practice", async () => {
    const practice = await createTestPractice();
    const other = await createTestPractice();
    const foreign = await db.contactPerson.findFirstOrThrow({ where: { practiceId: other.id } });
    const before = await db.outboxMail.count();
    expect(await relayContactMessage(practice.slug, message({ adresat: String(foreign.id) }))).toEqual({ ok: false, reason: "no-recipient" });
    expect(await db.outboxMail.count()).toBe(before);
  });

  it("offers no form for a practice whose contacts have no address", async () => {
    const practice = await createTestPractice({ contacts: [{ name: "Tylko Telefon", role: null, phone: "32 1", email: null }] });
    expect(await getContactablePractice(practice.slug)).toBeNull();
  });
});

describe("screening the public forms", () => {
  const old = () => issueFormStamp(Date.now() - 10_000);
  const screen = async (overrides: Partial<Parameters<typeof screenPublicPost>[0]> = {}) =>
    screenPublicPost({ form: "contact-author", honeypot: "", stamp: await old(), ip: "203.0.113.7", email: "a@b.example.pl", rule: CONTACT_RATE, ...overrides });

  it("refuses a filled honeypot, a forged stamp and a post sent too fast, in Polish", async () => {
    expect(await screen({ honeypot: "http://spam.example", ip: "203.0.113.1" })).toMatch(/Nie udało się wysłać/);
    expect(await screen({ stamp: "1700000000000.sfałszowany", ip: "203.0.113.1" })).toMatch(/Nie udało się wysłać/);
    expect(await screen({ stamp: await issueFormStamp(), ip: "203.0.113.1" })).toMatch(/zbyt szybko/);
  });

  it("throttles per client address and per sender's address", async () => {
    for (let i = 0; i < CONTACT_RATE.limit; i++) expect(await screen({ ip: "198.51.100.9", email: `czytelnik${i}@example.pl` })).toBeNull();
    expect(await screen({ ip: "198.51.100.9", email: "inny@example.pl" })).toMatch(/zbyt wiele formularzy/);

    for (let i = 0; i < CONTACT_RATE.limit; i++) expect(await screen({ ip: `192.0.2.${i + 1}`, email: "Ten.Sam@Example.pl" })).toBeNull();
    expect(await screen({ ip: "192.0.2.200", email: "ten.sam@example.pl " })).toMatch(/zbyt wiele formularzy/);
    // Another form keeps its own count.
    expect(await screen({ form: "adoption-report", ip: "198.51.100.9", email: "x@example.pl" })).toBeNull();
  });
});
