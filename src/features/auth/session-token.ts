// Session tokens: 256 random bits in the cookie, only their SHA-256 in the database.
export { newSecretToken as newSessionToken, secretTokenHash as sessionTokenHash } from "@/lib/secret-token";

export const SESSION_COOKIE = "__Host-bdp-sesja";

/**
 * `__Host-` makes the browser refuse the cookie unless it is Secure, has Path=/ and no Domain:
 * no subdomain or plain-HTTP page can set or overwrite it. Browsers treat http://localhost as a
 * secure context and accept it there (development and the browser tests); elsewhere the admin
 * needs HTTPS.
 */
export function sessionCookieOptions(maxAgeSeconds: number) {
  return { httpOnly: true, secure: true, sameSite: "lax", path: "/", maxAge: maxAgeSeconds } as const;
}
