import { beforeAll, describe, expect, it } from "vitest";
import { runSearch } from "../../src/features/search/run-search";
import { refreshSearchDocuments } from "../../src/features/search/mutations";
import { searchParamsSchema } from "../../src/features/search/schema";
import { db } from "../../src/lib/db";
import { createTestPractice } from "../factories";
import { resetDatabase } from "./reset";

// Facet counts are cached per text query and search index version (features/search/facet-cache.ts).
// Every write to the index must make the cached counts unusable at once: a search after a
// publication, an unpublication or an edit shows the database's figures, not the cached ones.

const search = (raw: Record<string, unknown>) => runSearch(searchParamsSchema.parse(raw));
const indexVersion = async () => (await db.searchIndexState.findUniqueOrThrow({ where: { id: 1 } })).version;
const WORD = "kynoterapia";

beforeAll(resetDatabase);

describe("cached facet counts", () => {
  it("follow every change of the index", async () => {
    const first = await createTestPractice({ summary: `Zajęcia z psami: ${WORD} dla dzieci.`, voivodeship: "SLASKIE" });
    const before = await search({ q: WORD });
    expect(before.total).toBe(1);
    expect(before.facets.voivodeship).toEqual({ SLASKIE: 1 });
    const browsing = (await search({})).total;

    const versionBefore = await indexVersion();
    const second = await createTestPractice({ summary: `Program „${WORD}” w szkołach.`, voivodeship: "POMORSKIE" });
    expect(await indexVersion()).toBeGreaterThan(versionBefore);
    const afterPublication = await search({ q: WORD });
    expect(afterPublication.total).toBe(2);
    expect(afterPublication.facets.voivodeship).toEqual({ SLASKIE: 1, POMORSKIE: 1 });
    expect((await search({})).total).toBe(browsing + 1);

    // A facet click reuses the cached combinations and still applies the filter exactly.
    const filtered = await search({ q: WORD, wojewodztwo: "pomorskie" });
    expect(filtered.total).toBe(1);
    expect(filtered.results.map((result) => result.id)).toEqual([second.id]);
    expect(filtered.facets.voivodeship).toEqual({ SLASKIE: 1, POMORSKIE: 1 });

    await db.practice.update({ where: { id: second.id }, data: { status: "UNPUBLISHED" } });
    await refreshSearchDocuments([second.id]);
    const afterUnpublication = await search({ q: WORD });
    expect(afterUnpublication.total).toBe(1);
    expect(afterUnpublication.results.map((result) => result.id)).toEqual([first.id]);
    expect((await search({})).total).toBe(browsing);

    await db.practice.update({ where: { id: first.id }, data: { voivodeship: "MAZOWIECKIE" } });
    await refreshSearchDocuments([first.id]);
    expect((await search({ q: WORD })).facets.voivodeship).toEqual({ MAZOWIECKIE: 1 });
  });
});
