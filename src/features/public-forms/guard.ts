import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { appSecretKey } from "@/features/audit/mutations";

// Cheap defences of the public forms against scripts, before any throttling or database work:
// - a honeypot field, hidden from people (and from assistive technology), that bots fill in;
// - a minimum fill time: the form carries a signed stamp of when it was served, and a post that
//   comes back sooner than a person could type is refused (with everything typed given back).

export { HONEYPOT_FIELD, STAMP_FIELD } from "./fields";

const sign = async (issuedAt: string) =>
  createHmac("sha256", await appSecretKey("public-form-key")).update(issuedAt).digest("base64url");

/** The stamp to put in a hidden field of a form being served now. */
export async function issueFormStamp(now = Date.now()): Promise<string> {
  const issuedAt = String(now);
  return `${issuedAt}.${await sign(issuedAt)}`;
}

export type GuardVerdict = "ok" | "bot" | "too-fast" | "expired";

/**
 * "bot": the honeypot was filled or the stamp was forged; "too-fast": sent within `minSeconds`;
 * "expired": the stamp is older than `maxHours` (the page was left open: serve a fresh one).
 */
export async function checkFormGuard(
  fields: { honeypot: string; stamp: string },
  { minSeconds = 3, maxHours = 24, now = Date.now() } = {},
): Promise<GuardVerdict> {
  if (fields.honeypot.trim() !== "") return "bot";
  const [issuedAt, signature] = fields.stamp.split(".");
  if (!issuedAt || !signature || !/^\d{13}$/.test(issuedAt)) return "bot";
  const expected = Buffer.from(await sign(issuedAt));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return "bot";
  const age = now - Number(issuedAt);
  if (age < minSeconds * 1000) return "too-fast";
  if (age > maxHours * 3600 * 1000) return "expired";
  return "ok";
}
