import { randomUUID } from "node:crypto";
import { z } from "zod";

// Every request gets an id, logged with its line and returned in X-Request-Id, so a visitor's
// report ("błąd o 12:03, identyfikator …") or a proxy's log leads to our line. A proxy's id is
// taken only behind a trusted proxy: otherwise the header is anybody's, and a client could plant
// ids that collide with other requests' or carry text into the log.

export const REQUEST_ID_HEADER = "x-request-id";

/** What proxies send: UUIDs, nginx's 32 hex digits, dotted or dashed forms; nothing that could break a line. */
const requestIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/);

/** The proxy's id when trusted and well-formed, otherwise a new UUID. */
export function requestIdOf(header: string | string[] | undefined, trustProxy: boolean): string {
  if (trustProxy) {
    const parsed = requestIdSchema.safeParse(header);
    if (parsed.success) return parsed.data;
  }
  return randomUUID();
}
