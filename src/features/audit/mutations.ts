import { createHmac, randomBytes } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import type { AuditAction } from "@/generated/prisma/enums";
import { db } from "@/lib/db";

// The audit log is append-only: this module only inserts (triggers refuse UPDATE, DELETE and TRUNCATE).

export type AuditEntry = {
  action: AuditAction;
  actor?: { id: number; email: string } | null;
  /** For failed sign-ins: the e-mail typed. */
  actorEmail?: string;
  practiceId?: number | null;
  subject?: string;
  details?: Prisma.InputJsonValue;
  /** The client's address; stored only as a keyed hash. */
  ip?: string | null;
};

/** Who made a change and from where; demo content made by the seed has nobody. */
export type ChangedBy = Pick<AuditEntry, "actor" | "ip">;

/** The database client or a transaction of it: an event is written with the change it records. */
export type AuditWriter = { auditEvent: Pick<typeof db.auditEvent, "create"> };

const secretKeys = new Map<string, Promise<Buffer>>();

async function loadSecret(name: string): Promise<Buffer> {
  // Made at first use and kept in the database, so every app instance computes alike.
  await db.appSecret.createMany({ data: [{ name, value: randomBytes(32) }], skipDuplicates: true });
  const secret = await db.appSecret.findUniqueOrThrow({ where: { name } });
  return Buffer.from(secret.value);
}

/** A per-installation key ("audit-ip-key", "public-form-key"), loaded once per process. */
export function appSecretKey(name: string): Promise<Buffer> {
  let key = secretKeys.get(name);
  if (!key) {
    key = loadSecret(name).catch((error: unknown) => {
      secretKeys.delete(name);
      throw error;
    });
    secretKeys.set(name, key);
  }
  return key;
}

/** HMAC-SHA-256 of an address: equal addresses give equal hashes, and without the key none can be reversed. */
export async function hashClientAddress(ip: string): Promise<string> {
  return createHmac("sha256", await appSecretKey("audit-ip-key")).update(ip).digest("hex");
}

/** Writes the event; returns its id. */
export async function recordAudit(entry: AuditEntry, writer: AuditWriter = db): Promise<bigint> {
  const event = await writer.auditEvent.create({
    data: {
      action: entry.action,
      actorId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? entry.actorEmail?.slice(0, 254) ?? null,
      practiceId: entry.practiceId ?? null,
      subject: (entry.subject ?? "").slice(0, 500),
      details: entry.details,
      ipHash: entry.ip ? await hashClientAddress(entry.ip) : null,
    },
    select: { id: true },
  });
  return event.id;
}

/** For tests that empty the database: the keys are made again at next use. */
export function forgetIpKey(): void {
  secretKeys.clear();
}
