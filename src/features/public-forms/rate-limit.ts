import "server-only";
import { createHash } from "node:crypto";
import { hashClientAddress } from "@/features/audit/mutations";
import { db } from "@/lib/db";

// Throttling of the public forms (submissions, messages to authors, adoption reports), kept in
// PostgreSQL so that every instance of the site counts alike. Fixed windows: a key may be used
// `limit` times per `windowSeconds`; one atomic upsert per key, so parallel requests cannot slip
// past the limit. Windows that ended long ago are deleted by purge.ts (the mail worker's housekeeping).

export type RateRule = { limit: number; windowSeconds: number };

/** The keys of one request: its client address (keyed hash) and, if given, the e-mail typed. */
export async function rateKeys(form: string, ip: string, email?: string): Promise<string[]> {
  const keys = [`${form}:ip:${await hashClientAddress(ip || "nieznany")}`];
  if (email) keys.push(`${form}:email:${createHash("sha256").update(email.trim().toLowerCase()).digest("hex")}`);
  return keys;
}

/**
 * Counts one use of every key and says whether all were still within the limit. A refused use is
 * counted too: hammering a closed form keeps it closed until the window ends.
 */
export async function consumeRate(keys: string[], rule: RateRule): Promise<boolean> {
  let allowed = true;
  for (const key of keys) {
    const rows = await db.$queryRaw<{ hits: number }[]>`
      INSERT INTO rate_limit (key, window_start, hits) VALUES (${key}, now(), 1)
      ON CONFLICT (key) DO UPDATE SET
        hits = CASE WHEN rate_limit.window_start < now() - make_interval(secs => ${rule.windowSeconds}) THEN 1 ELSE rate_limit.hits + 1 END,
        window_start = CASE WHEN rate_limit.window_start < now() - make_interval(secs => ${rule.windowSeconds}) THEN now() ELSE rate_limit.window_start END
      RETURNING hits`;
    if ((rows[0]?.hits ?? 0) > rule.limit) allowed = false;
  }
  return allowed;
}
