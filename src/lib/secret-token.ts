import { createHash, randomBytes } from "node:crypto";

// Secrets handed to people (session cookies, e-mail confirmation links, private status links):
// 256 random bits, only their SHA-256 stored, so a copy of the database opens nothing.

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newSecretToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Null for anything that is not a token we could have issued (no query is made for those). */
export function secretTokenHash(token: string | undefined | null): string | null {
  if (!token || !TOKEN_PATTERN.test(token)) return null;
  return createHash("sha256").update(token).digest("hex");
}
