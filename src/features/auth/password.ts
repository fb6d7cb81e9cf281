import { type Algorithm, hash, verify } from "@node-rs/argon2";

// Argon2id with OWASP's recommended parameters (Password Storage Cheat Sheet: m = 19 MiB, t = 2,
// p = 1). Hashes are PHC strings carrying their own parameters, so raising them later only makes
// new and re-verified passwords use the new ones (see needsRehash).
const ARGON2ID = 2 as Algorithm;
export const ARGON2_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize("NFC"), ARGON2_OPTIONS);
}

/** False for a wrong password and for a malformed hash alike. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password.normalize("NFC"));
  } catch {
    return false;
  }
}

const PHC_PARAMETERS = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/;

/** True when a stored hash is weaker than today's parameters (rehashed at the next sign-in). */
export function needsRehash(passwordHash: string): boolean {
  const match = PHC_PARAMETERS.exec(passwordHash);
  if (!match) return true;
  const [memory, time, parallelism] = match.slice(1).map(Number) as [number, number, number];
  return (
    memory < ARGON2_OPTIONS.memoryCost || time < ARGON2_OPTIONS.timeCost || parallelism < ARGON2_OPTIONS.parallelism
  );
}

let dummy: Promise<string> | undefined;

/**
 * A hash nobody knows the password of. A sign-in to an unknown or deactivated account verifies
 * against it, so that it takes as long as one with a wrong password and the timing tells nothing.
 */
export function dummyPasswordHash(): Promise<string> {
  dummy ??= hashPassword(crypto.randomUUID());
  return dummy;
}
