import { beforeAll, describe, expect, it } from "vitest";
import { clearFacetCache } from "../../src/features/search/facet-cache";
import { promoteFrequentQuery, refreshSearchDocuments } from "../../src/features/search/mutations";
import { toTsquery, parseQuery } from "../../src/features/search/query";
import { runSearch } from "../../src/features/search/run-search";
import { searchParamsSchema } from "../../src/features/search/schema";
import { db } from "../../src/lib/db";
import { createTestPractice } from "../factories";
import { resetDatabase } from "./reset";

// Frequent queries: their counts are kept per facet combination and relevance tier by a trigger,
// and their pages are read tier by tier along the date index. Both must give exactly what counting
// and sorting every match gives, after every kind of write.

const WORD = "ogrodnictwo";
const tsquery = toTsquery(parseQuery(WORD))!;
const search = (raw: Record<string, unknown>) => runSearch(searchParamsSchema.parse(raw));
const VOIVODESHIPS = ["SLASKIE", "POMORSKIE", "MAZOWIECKIE"] as const;

/** What the kept counts must equal: every match counted now. */
async function recount() {
  return db.$queryRaw<{ facet_key: number; category_key: string; tier: number; n: number }[]>`
    SELECT facet_key, array_to_string(category_ids, ',') AS category_key, search_tier(title_document, lead_document, q)::int AS tier, count(*)::int AS n
    FROM practice_search, to_tsquery('simple', ${tsquery}) q WHERE document @@ q GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
}

async function kept() {
  return db.$queryRaw<{ facet_key: number; category_key: string; tier: number; n: number }[]>`
    SELECT c.facet_key, c.category_key, c.tier::int AS tier, c.count AS n FROM search_frequent_combo c
    JOIN search_frequent_query f ON f.id = c.query_id WHERE f.source = ${tsquery} AND c.count > 0 ORDER BY 1, 2, 3`;
}

/** Every page of the search, as ids, with its total and facets. */
async function everything(extra: Record<string, unknown> = {}) {
  const pages: number[][] = [];
  let outcome = await search({ q: WORD, ...extra });
  const { total, facets } = outcome;
  for (let page = 1; page <= outcome.pageCount; page++) {
    outcome = await search({ q: WORD, ...extra, strona: String(page) });
    pages.push(outcome.results.map((result) => result.id));
  }
  return { total, facets, pages };
}

beforeAll(async () => {
  await resetDatabase();
  // 36 practices over three tiers: the word in the title, in the summary only, in the body only.
  for (let i = 0; i < 36; i++) {
    const where = i % 3;
    await createTestPractice({
      ...(where === 0 ? { title: `Miejskie ${WORD} numer ${i}` } : {}),
      summary: where === 1 ? `Warsztaty: ${WORD} dla seniorów (${i}).` : `Zajęcia dla seniorów (${i}).`,
      body: where === 2 ? `## Opis\n\nW programie ${WORD} na działkach (${i}).` : "## Opis\n\nZajęcia w parku.",
      voivodeship: VOIVODESHIPS[i % 3],
      enteredOn: new Date(Date.UTC(2010 + (i % 7), i % 12, 1 + (i % 27))),
    });
  }
  await createTestPractice({ summary: "Zupełnie inna praktyka." });
});

describe("frequent queries", () => {
  it("give the same counts and pages as counting and sorting every match", async () => {
    clearFacetCache();
    const counted = await everything();
    const countedFiltered = await everything({ wojewodztwo: "slaskie" });
    expect(counted.total).toBe(36);
    expect(counted.pages.flat()).toHaveLength(36);

    await promoteFrequentQuery(tsquery);
    expect(await kept()).toEqual(await recount());
    clearFacetCache();
    expect(await everything()).toEqual(counted);
    expect(await everything({ wojewodztwo: "slaskie" })).toEqual(countedFiltered);
  });

  it("stay exact through publication, edits that move a practice between tiers, and unpublication", async () => {
    const added = await createTestPractice({ title: `Szkolne ${WORD}`, voivodeship: "POMORSKIE" });
    expect(await kept()).toEqual(await recount());

    const [inBody] = await db.practice.findMany({ where: { body: { contains: WORD } }, take: 1, select: { id: true } });
    await db.practice.update({ where: { id: inBody!.id }, data: { title: `Przeniesione ${WORD}`, voivodeship: "OPOLSKIE" } });
    await refreshSearchDocuments([inBody!.id]);
    expect(await kept()).toEqual(await recount());

    await db.practice.update({ where: { id: added.id }, data: { status: "UNPUBLISHED" } });
    await refreshSearchDocuments([added.id]);
    expect(await kept()).toEqual(await recount());

    const viaKept = await everything();
    await db.$executeRaw`DELETE FROM search_frequent_query`;
    clearFacetCache();
    expect(await everything()).toEqual(viaKept);
  });

  it("are promoted once, and a second promotion changes nothing", async () => {
    await promoteFrequentQuery(tsquery);
    await promoteFrequentQuery(tsquery);
    expect(await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM search_frequent_query`).toEqual([{ n: 1 }]);
    expect(await kept()).toEqual(await recount());
  });

  it("keep their combinations as one text for the index version, and make it again after a change", async () => {
    const isCurrent = async () =>
      (await db.$queryRaw<{ current: boolean }[]>`
        SELECT f.combos_version = s.version AS current FROM search_frequent_query f, search_index_state s WHERE f.source = ${tsquery}`)[0]?.current === true;
    clearFacetCache();
    const before = await everything();
    await expect.poll(isCurrent).toBe(true);
    clearFacetCache();
    expect(await everything()).toEqual(before);

    const added = await createTestPractice({ title: `Ostatnie ${WORD}` });
    expect(await isCurrent()).toBe(false);
    clearFacetCache();
    const after = await everything();
    expect(after.total).toBe(before.total + 1);
    expect(after.pages[0]).toContain(added.id);
    await expect.poll(isCurrent).toBe(true);
  });

  it("browsing without words reads facet_total's kept text while the index is unchanged, and recounts after a change", async () => {
    const isCurrent = async () =>
      (await db.$queryRaw<{ current: boolean }[]>`SELECT t.version = s.version AS current FROM facet_total_text t, search_index_state s`)[0]?.current === true;
    clearFacetCache();
    const before = await search({});
    await expect.poll(isCurrent).toBe(true);
    clearFacetCache();
    const again = await search({});
    expect([again.total, again.facets]).toEqual([before.total, before.facets]);

    await createTestPractice({ voivodeship: "LUBUSKIE" });
    expect(await isCurrent()).toBe(false);
    clearFacetCache();
    const after = await search({});
    expect(after.total).toBe(before.total + 1);
    expect(after.facets.voivodeship.LUBUSKIE).toBe((before.facets.voivodeship.LUBUSKIE ?? 0) + 1);
    await expect.poll(isCurrent).toBe(true);
  });
});
