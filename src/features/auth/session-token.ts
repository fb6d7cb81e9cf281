import { createHash, randomBytes } from "node:crypto";

// Session tokens: 256 random bits in the cookie, only their SHA-256 in the database.

export const SESSION_COOKIE = "__Host-bdp-sesja";

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Null for anything that is not a token we could have issued (no query is made for those). */
export function sessionTokenHash(token: string | undefined): string | null {
  if (!token || !TOKEN_PATTERN.test(token)) return null;
  return createHash("sha256").update(token).digest("hex");
}

/**
 * `__Host-` makes the browser refuse the cookie unless it is Secure, has Path=/ and no Domain:
 * no subdomain or plain-HTTP page can set or overwrite it. Browsers treat http://localhost as a
 * secure context and accept it there (development and the browser tests); elsewhere the admin
 * needs HTTPS.
 */
export function sessionCookieOptions(maxAgeSeconds: number) {
  return { httpOnly: true, secure: true, sameSite: "lax", path: "/", maxAge: maxAgeSeconds } as const;
}
