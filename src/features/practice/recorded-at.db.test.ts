import { beforeEach, describe, expect, it } from "vitest";
import { createTestPractice } from "../../../tests/factories";
import { resetDatabase } from "../../../tests/db/reset";
import { db } from "@/lib/db";

beforeEach(resetDatabase);

describe("createPractice with recordedAt (imported and demo records)", () => {
  it("keeps the record's own times as its creation, last change and version 1, instead of the import's", async () => {
    const recordedAt = { created: new Date("2011-05-10T08:15:00Z"), changed: new Date("2013-09-02T12:40:00Z") };
    const { id } = await createTestPractice({ recordedAt });
    const practice = await db.practice.findUniqueOrThrow({ where: { id }, select: { createdAt: true, updatedAt: true, versions: { select: { createdAt: true } } } });
    expect(practice).toEqual({ createdAt: recordedAt.created, updatedAt: recordedAt.changed, versions: [{ createdAt: recordedAt.changed }] });
  });

  it("dates a record made now (the tests', a new import's) now", async () => {
    const before = Date.now();
    const { id } = await createTestPractice();
    const practice = await db.practice.findUniqueOrThrow({ where: { id }, select: { updatedAt: true } });
    expect(practice.updatedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });
});
