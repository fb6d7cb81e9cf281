import { timingSafeEqual } from "node:crypto";
import { env } from "./env";

// The private route handlers the HTTP front calls (src/server): they need the token the front
// generated at start, and answer 404 to everybody else.

export function authorisedInternalCall(request: Request): boolean {
  const token = env().BDP_INTERNAL_TOKEN;
  const header = request.headers.get("authorization");
  if (!token || !header?.startsWith("Bearer ")) return false;
  const given = Buffer.from(header.slice("Bearer ".length));
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
