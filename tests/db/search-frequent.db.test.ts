import { beforeAll, describe, expect, it } from "vitest";
import { clearFacetCache } from "../../src/features/search/facet-cache";
import { promoteFrequentQuery, refreshSearchDocuments } from "../../src/features/search/mutations";
import { toTsquery, parseQuery } from "../../src/features/search/query";
import { runSearch } from "../../src/features/search/run-search";
import { searchParamsSchema } from "../../src/features/search/schema";
import { db } from "../../src/lib/db";
import { createTestPractice } from "../factories";
import { resetDatabase } from "./reset";

// Frequent queries: their counts are kept per year, facet combination and relevance tier by a
// trigger, and their pages are read tier by tier along the date index. Both must give exactly what
// counting and sorting every match gives, after every kind of write, with and without years.

const WORD = "ogrodnictwo";
const tsquery = toTsquery(parseQuery(WORD))!;
const search = (raw: Record<string, unknown>) => runSearch(searchParamsSchema.parse(raw));
const VOIVODESHIPS = ["SLASKIE", "POMORSKIE", "MAZOWIECKIE"] as const;

type KeptRow = { year: number; facet_key: number; category_key: string; tier: number; n: number };

/** What the kept counts must equal: every match counted now. */
async function recount() {
  return db.$queryRaw<KeptRow[]>`
    SELECT extract(year FROM entered_on)::int AS year, facet_key, array_to_string(category_ids, ',') AS category_key,
      search_tier(document, title_document, lead_document, q)::int AS tier, count(*)::int AS n
    FROM practice_search, to_tsquery('simple', ${tsquery}) q WHERE document @@ q GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`;
}

async function kept() {
  return db.$queryRaw<KeptRow[]>`
    SELECT c.year::int AS year, c.facet_key, c.category_key, c.tier::int AS tier, c.count AS n FROM search_frequent_combo c
    JOIN search_frequent_query f ON f.id = c.query_id WHERE f.source = ${tsquery} AND c.count > 0 ORDER BY 1, 2, 3, 4`;
}

const YEARS = { od: "2011", do: "2014" };

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
  // 36 practices over the four tiers: the word in the title, in the summary only, in the body only,
  // in the metadata only (the implementing unit).
  for (let i = 0; i < 36; i++) {
    const where = i % 4;
    await createTestPractice({
      ...(where === 0 ? { title: `Miejskie ${WORD} numer ${i}` } : {}),
      summary: where === 1 ? `Warsztaty: ${WORD} dla seniorów (${i}).` : `Zajęcia dla seniorów (${i}).`,
      body: where === 2 ? `## Opis\n\nW programie ${WORD} na działkach (${i}).` : "## Opis\n\nZajęcia w parku.",
      ...(where === 3 ? { implementingUnit: `Zakład ${WORD} miejskiego nr ${i}` } : {}),
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
    const countedYears = await everything(YEARS);
    expect(counted.total).toBe(36);
    expect(counted.pages.flat()).toHaveLength(36);
    expect(countedYears.total).toBe(20);

    await promoteFrequentQuery(tsquery);
    expect(await kept()).toEqual(await recount());
    clearFacetCache();
    expect(await everything()).toEqual(counted);
    expect(await everything({ wojewodztwo: "slaskie" })).toEqual(countedFiltered);
    expect(await everything(YEARS)).toEqual(countedYears);
  });

  it("rank the title, then the summary, then the full presentation, then the metadata", async () => {
    const practices = await db.practice.findMany({ select: { id: true, title: true, summary: true, body: true } });
    const tierOf = new Map(
      practices.map((p) => [p.id, p.title.includes(WORD) ? 0 : p.summary.includes(WORD) ? 1 : p.body.includes(WORD) ? 2 : 3]),
    );
    const tiers = (await everything()).pages.flat().map((id) => tierOf.get(id)!);
    expect(tiers).toEqual([...tiers].sort());
    expect(new Set(tiers)).toEqual(new Set([0, 1, 2, 3]));
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

    await db.practice.update({ where: { id: inBody!.id }, data: { enteredOn: new Date(Date.UTC(2019, 5, 1)) } });
    await refreshSearchDocuments([inBody!.id]);
    expect(await kept()).toEqual(await recount());

    const viaKept = [await everything(), await everything(YEARS)];
    await db.$executeRaw`DELETE FROM search_frequent_query`;
    clearFacetCache();
    expect([await everything(), await everything(YEARS)]).toEqual(viaKept);
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

  it("keep each year's combinations as one text for the index version, and make them again after a change", async () => {
    await promoteFrequentQuery(tsquery);
    const currentYears = async () =>
      (await db.$queryRaw<{ year: number }[]>`
        SELECT t.year::int AS year FROM search_frequent_year_text t JOIN search_frequent_query f ON f.id = t.query_id, search_index_state s
        WHERE f.source = ${tsquery} AND t.version = s.version ORDER BY 1`).map((row) => row.year);
    clearFacetCache();
    const before = await everything(YEARS);
    await expect.poll(currentYears).toEqual([2011, 2012, 2013, 2014]);
    clearFacetCache();
    expect(await everything(YEARS)).toEqual(before);

    const added = await createTestPractice({ title: `Wczesne ${WORD}`, enteredOn: new Date(Date.UTC(2012, 1, 1)) });
    expect(await currentYears()).toEqual([]);
    clearFacetCache();
    const after = await everything(YEARS);
    expect(after.total).toBe(before.total + 1);
    expect(after.pages[0]).toContain(added.id);
    await expect.poll(currentYears).toEqual([2011, 2012, 2013, 2014]);
  });

  it("give up their place to a new one when all are taken, the one searched least recently first", async () => {
    await db.$executeRaw`DELETE FROM search_frequent_query`;
    // 200 kept queries (the bound), each last searched on another day; the oldest must go.
    await db.$executeRaw`
      INSERT INTO search_frequent_query (source, query, last_used_on)
      SELECT 'zapas' || n, to_tsquery('simple', 'zapas' || n), current_date - (n + 1)
      FROM generate_series(1, 200) AS n`;
    await promoteFrequentQuery(tsquery);
    const sources = await db.searchFrequentQuery.findMany({ select: { source: true } });
    expect(sources).toHaveLength(200);
    expect(sources.map((row) => row.source)).toContain(tsquery);
    expect(sources.map((row) => row.source)).not.toContain("zapas200");
    expect(await kept()).toEqual(await recount());

    // Every place taken by a query searched today: nothing is given up.
    await db.$executeRaw`UPDATE search_frequent_query SET last_used_on = current_date`;
    await db.$executeRaw`DELETE FROM search_frequent_query WHERE source = ${tsquery}`;
    await db.$executeRaw`INSERT INTO search_frequent_query (source, query) VALUES ('zapas200', to_tsquery('simple', 'zapas200'))`;
    await promoteFrequentQuery(tsquery);
    expect(await db.searchFrequentQuery.count({ where: { source: tsquery } })).toBe(0);
    await db.$executeRaw`DELETE FROM search_frequent_query`;
  });

  it("note the day they were last searched", async () => {
    await promoteFrequentQuery(tsquery);
    await db.$executeRaw`UPDATE search_frequent_query SET last_used_on = current_date - 3`;
    clearFacetCache();
    await search({ q: WORD });
    const lastUsed = async () =>
      (await db.$queryRaw<{ today: boolean }[]>`SELECT last_used_on = current_date AS today FROM search_frequent_query WHERE source = ${tsquery}`)[0]?.today;
    await expect.poll(lastUsed).toBe(true);
  });

  it("browsing without words, for all years or some, gives what counting every practice gives", async () => {
    clearFacetCache();
    const within = await search(YEARS);
    const practices = await db.practice.findMany({
      where: { status: "PUBLISHED", enteredOn: { gte: new Date(Date.UTC(2011, 0, 1)), lt: new Date(Date.UTC(2015, 0, 1)) } },
      select: { voivodeship: true },
    });
    expect(within.total).toBe(practices.length);
    const byVoivodeship: Record<string, number> = {};
    for (const { voivodeship } of practices) byVoivodeship[voivodeship] = (byVoivodeship[voivodeship] ?? 0) + 1;
    expect(within.facets.voivodeship).toEqual(byVoivodeship);
    expect((await search({ od: "2016" })).total).toBe(
      await db.practice.count({ where: { status: "PUBLISHED", enteredOn: { gte: new Date(Date.UTC(2016, 0, 1)) } } }),
    );
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
