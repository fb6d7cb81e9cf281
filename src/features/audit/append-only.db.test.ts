import { beforeEach, describe, expect, it } from "vitest";
import { resetDatabase } from "../../../tests/db/reset";
import { db } from "@/lib/db";
import { recordAudit } from "./mutations";

beforeEach(resetDatabase);

describe("the audit log", () => {
  it("refuses to change, delete or truncate an event", async () => {
    await recordAudit({ action: "LOGIN_FAILED", actorEmail: "ktos@gmina.pl", ip: "192.0.2.1" });
    await expect(db.auditEvent.updateMany({ data: { subject: "zmieniono" } })).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`UPDATE audit_event SET actor_email = 'x'`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM audit_event`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`TRUNCATE audit_event`).rejects.toThrow(/append-only/);
    // Through the accounts it names, too.
    await expect(db.$executeRaw`TRUNCATE app_user CASCADE`).rejects.toThrow(/append-only/);
    expect(await db.auditEvent.count()).toBe(1);
  });

  it("stores addresses only as keyed hashes", async () => {
    await recordAudit({ action: "LOGIN_FAILED", actorEmail: "ktos@gmina.pl", ip: "192.0.2.1" });
    const [event] = await db.auditEvent.findMany();
    expect(event!.ipHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(event, (_key, value) => (typeof value === "bigint" ? String(value) : value))).not.toContain("192.0.2.1");
  });
});
