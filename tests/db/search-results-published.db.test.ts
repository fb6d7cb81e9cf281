import { beforeEach, describe, expect, it } from "vitest";
import { runSearch } from "../../src/features/search/run-search";
import { searchParamsSchema } from "../../src/features/search/schema";
import { db } from "../../src/lib/db";
import { createTestPractice } from "../factories";
import { resetDatabase } from "./reset";

// The index is written in the same code path as the practice; if they ever disagree (a write
// outside that path, a failed reindex), a result page still shows only published practices.

beforeEach(resetDatabase);

describe("search results", () => {
  it("never show a practice that is no longer published, even while the index still lists it", async () => {
    const kept = await createTestPractice({ title: "Hipoterapia dla dzieci w gminie Lubicz" });
    const withdrawn = await createTestPractice({ title: "Hipoterapia dla seniorów w gminie Santok" });
    // Behind the index's back: its row stays as it was.
    await db.practice.update({ where: { id: withdrawn.id }, data: { status: "UNPUBLISHED" } });
    const outcome = await runSearch(searchParamsSchema.parse({ q: "hipoterapia" }));
    expect(outcome.results.map((r) => r.id)).toEqual([kept.id]);
  });
});
