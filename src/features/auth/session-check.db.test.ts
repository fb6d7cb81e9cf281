import pg from "pg";
import { afterAll, beforeEach, describe, expect, inject, it } from "vitest";
import { createTestUser } from "../../../tests/factories";
import { resetDatabase } from "../../../tests/db/reset";
import { db } from "@/lib/db";
import { createSession } from "./mutations";
import { createLiveSessionCheck } from "./session-check";
import { sessionTokenHash } from "./session-token";

const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 1 });
const isLive = createLiveSessionCheck(pool, 60);

beforeEach(resetDatabase);
afterAll(() => pool.end());

describe("the HTTP front's session check", () => {
  it("agrees with the app: live sessions of active accounts only", async () => {
    const user = await createTestUser();
    const token = await createSession(user.id, 3_600_000);
    const hash = sessionTokenHash(token)!;
    expect(await isLive(hash)).toBe(true);
    expect(await isLive(sessionTokenHash("x".repeat(43))!)).toBe(false);
    await db.session.update({ where: { tokenHash: hash }, data: { lastSeenAt: new Date(Date.now() - 61 * 60_000) } });
    expect(await isLive(hash)).toBe(false);
    await db.session.update({ where: { tokenHash: hash }, data: { lastSeenAt: new Date(), expiresAt: new Date(Date.now() - 1000) } });
    expect(await isLive(hash)).toBe(false);
    await db.session.update({ where: { tokenHash: hash }, data: { expiresAt: new Date(Date.now() + 60_000) } });
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await isLive(hash)).toBe(false);
  });
});
