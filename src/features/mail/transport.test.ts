import { describe, expect, it } from "vitest";
import { isPermanentFailure, messageIdOf, senderDomain } from "./transport";

describe("mail transport", () => {
  it("gives every outbox row one stable Message-ID in the sender's domain", () => {
    const mail = { id: 42, createdAt: new Date("2026-12-03T10:00:00Z") };
    const domain = senderDomain("Bank Dobrych Praktyk <bdp@bank.example.pl>");
    expect(domain).toBe("bank.example.pl");
    expect(messageIdOf(mail, domain)).toBe(messageIdOf({ ...mail }, domain));
    expect(messageIdOf(mail, domain)).toMatch(/^<bdp-outbox-42\.[0-9a-z]+@bank\.example\.pl>$/);
    expect(senderDomain("bez-domeny")).toBe("localhost");
  });

  it("treats only a 5xx refusal of the recipient or message as permanent", () => {
    expect(isPermanentFailure({ code: "EENVELOPE", responseCode: 550 })).toBe(true);
    expect(isPermanentFailure({ code: "EMESSAGE", responseCode: 554 })).toBe(true);
    expect(isPermanentFailure({ code: "EENVELOPE", responseCode: 451 })).toBe(false);
    expect(isPermanentFailure({ code: "EAUTH", responseCode: 535 })).toBe(false);
    expect(isPermanentFailure({ code: "ECONNECTION" })).toBe(false);
    expect(isPermanentFailure(new Error("x"))).toBe(false);
  });
});
