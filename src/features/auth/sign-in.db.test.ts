import { beforeEach, describe, expect, it } from "vitest";
import { createTestUser, TEST_PASSWORD } from "../../../tests/factories";
import { resetDatabase } from "../../../tests/db/reset";
import { db } from "@/lib/db";
import { findLiveSession } from "./data";
import { deleteSession } from "./mutations";
import { hashPassword } from "./password";
import { sessionTokenHash } from "./session-token";
import { signIn } from "./sign-in";

const POLICY = { idleMs: 60 * 60_000, lifetimeMs: 12 * 3_600_000 };

function attempt(email: string, password: string, ip = "198.51.100.7") {
  return { email, password, ip, ...POLICY };
}

beforeEach(resetDatabase);

describe("signIn", () => {
  it("gives a new random session whose token is stored only as its hash", async () => {
    const user = await createTestUser();
    const first = await signIn(attempt(user.email, TEST_PASSWORD));
    const second = await signIn(attempt(user.email, TEST_PASSWORD));
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.token).not.toBe(second.token);
    const stored = await db.session.findMany({ select: { tokenHash: true } });
    expect(stored.map((row) => row.tokenHash).sort()).toEqual([sessionTokenHash(first.token), sessionTokenHash(second.token)].sort());
    expect(JSON.stringify(stored)).not.toContain(first.token);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).not.toBeNull();
  });

  it("answers a wrong password, an unknown e-mail and a deactivated account alike, and logs each", async () => {
    const user = await createTestUser();
    const inactive = await createTestUser({ active: false });
    expect(await signIn(attempt(user.email, "zupełnie inne hasło"))).toEqual({ ok: false, reason: "credentials" });
    expect(await signIn(attempt("nikt@gmina.example.pl", TEST_PASSWORD))).toEqual({ ok: false, reason: "credentials" });
    expect(await signIn(attempt(inactive.email, TEST_PASSWORD))).toEqual({ ok: false, reason: "credentials" });
    const events = await db.auditEvent.findMany({ orderBy: { id: "asc" } });
    expect(events.map((event) => [event.action, event.actorEmail, (event.details as { reason: string }).reason])).toEqual([
      ["LOGIN_FAILED", user.email, "wrong-password"],
      ["LOGIN_FAILED", "nikt@gmina.example.pl", "unknown-account"],
      ["LOGIN_FAILED", inactive.email, "inactive-account"],
    ]);
    expect(events.every((event) => /^[0-9a-f]{64}$/.test(event.ipHash ?? ""))).toBe(true);
    expect(events[0]!.ipHash).toBe(events[1]!.ipHash);
    expect(await db.session.count()).toBe(0);
  });

  it("closes an account for growing periods after five failures, even to the right password", async () => {
    const user = await createTestUser();
    const start = new Date("2026-11-23T10:00:00Z");
    for (let n = 0; n < 5; n += 1) await signIn(attempt(user.email, "złe hasło numer jeden"), start);
    const blocked = await signIn(attempt(user.email, TEST_PASSWORD), new Date(start.getTime() + 10_000));
    expect(blocked).toEqual({ ok: false, reason: "throttled", retryAfterMs: 20_000 });
    // After the wait the right password works, and success opens the account again.
    const later = new Date(start.getTime() + 31_000);
    expect((await signIn(attempt(user.email, TEST_PASSWORD), later)).ok).toBe(true);
    expect(await db.loginThrottle.count({ where: { key: { startsWith: "konto:" } } })).toBe(0);
  });

  it("doubles the wait with each further failure", async () => {
    const user = await createTestUser();
    let now = new Date("2026-11-23T10:00:00Z");
    for (let n = 0; n < 5; n += 1) await signIn(attempt(user.email, "złe hasło numer dwa"), now);
    now = new Date(now.getTime() + 31_000);
    await signIn(attempt(user.email, "złe hasło numer dwa"), now); // 6th failure: 60 s
    const result = await signIn(attempt(user.email, TEST_PASSWORD), new Date(now.getTime() + 1_000));
    expect(result).toEqual({ ok: false, reason: "throttled", retryAfterMs: 59_000 });
  });

  it("throttles one address trying many accounts", async () => {
    const now = new Date("2026-11-23T10:00:00Z");
    for (let n = 0; n < 30; n += 1) await signIn(attempt(`proba${n}@gmina.example.pl`, "cokolwiek długiego"), now);
    const user = await createTestUser();
    expect((await signIn(attempt(user.email, TEST_PASSWORD), now)).ok).toBe(false);
    expect((await signIn(attempt(user.email, TEST_PASSWORD, "203.0.113.9"), now)).ok).toBe(true);
  });

  it("lets only the policy's allowance of 20 parallel wrong attempts reach the password check", async () => {
    const user = await createTestUser();
    const now = new Date("2026-11-23T10:00:00Z");
    const results = await Promise.all(Array.from({ length: 20 }, () => signIn(attempt(user.email, "złe hasło wysłane naraz"), now)));
    expect(results.filter((result) => !result.ok && result.reason === "credentials")).toHaveLength(5);
    expect(results.filter((result) => !result.ok && result.reason === "throttled")).toHaveLength(15);
    // Only verified attempts are logged with the reason the verification found.
    const events = await db.auditEvent.findMany({ select: { details: true } });
    const reasons = events.map((event) => (event.details as { reason: string }).reason).sort();
    expect(reasons).toEqual([...Array(15).fill("throttled"), ...Array(5).fill("wrong-password")]);
    const rows = await db.loginThrottle.findMany({ orderBy: { key: "desc" } });
    expect(rows.map((row) => [row.key.split(":")[0], row.failures, row.blockedUntil?.getTime() ?? null])).toEqual([
      ["konto", 5, now.getTime() + 30_000],
      ["ip", 5, null],
    ]);
  });

  it("takes a successful attempt back from the address's count, so an office is never closed by signing in", async () => {
    const now = new Date("2026-11-23T10:00:00Z");
    for (let n = 0; n < 29; n += 1) await signIn(attempt(`pomylka${n}@gmina.example.pl`, "cokolwiek długiego"), now);
    const users = await Promise.all([createTestUser(), createTestUser()]);
    for (const user of users) expect((await signIn(attempt(user.email, TEST_PASSWORD), now)).ok).toBe(true);
    const address = await db.loginThrottle.findFirstOrThrow({ where: { key: { startsWith: "ip:" } } });
    expect([address.failures, address.blockedUntil]).toEqual([29, null]);
  });

  it("upgrades a weaker stored hash at sign-in", async () => {
    const user = await createTestUser();
    const { hash } = await import("@node-rs/argon2");
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hash(TEST_PASSWORD, { memoryCost: 4096, timeCost: 1 }) } });
    expect((await signIn(attempt(user.email, TEST_PASSWORD))).ok).toBe(true);
    const stored = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash;
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(stored).not.toBe(await hashPassword(TEST_PASSWORD));
  });
});

describe("findLiveSession", () => {
  it("ends sessions idle too long, past their lifetime, signed out, or of deactivated accounts", async () => {
    const user = await createTestUser();
    const start = new Date("2026-11-23T08:00:00Z");
    const result = await signIn(attempt(user.email, TEST_PASSWORD), start);
    if (!result.ok) throw new Error("sign-in failed");
    const hash = sessionTokenHash(result.token)!;
    const at = (ms: number) => ({ idleMs: POLICY.idleMs, now: new Date(start.getTime() + ms) });
    expect(await findLiveSession(hash, at(59 * 60_000))).not.toBeNull();
    expect(await findLiveSession(hash, at(61 * 60_000))).toBeNull();
    // Kept alive by use, it still ends at its absolute lifetime.
    await db.session.update({ where: { tokenHash: hash }, data: { lastSeenAt: new Date(start.getTime() + 11.9 * 3_600_000) } });
    expect(await findLiveSession(hash, at(11.95 * 3_600_000))).not.toBeNull();
    expect(await findLiveSession(hash, at(12 * 3_600_000))).toBeNull();
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await findLiveSession(hash, at(60_000))).toBeNull();
    await db.user.update({ where: { id: user.id }, data: { active: true } });
    await deleteSession(hash);
    expect(await findLiveSession(hash, at(60_000))).toBeNull();
  });
});
