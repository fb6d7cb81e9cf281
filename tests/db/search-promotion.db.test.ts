import { beforeAll, describe, expect, it } from "vitest";
import { clearFacetCache } from "../../src/features/search/facet-cache";
import { refreshSearchDocuments } from "../../src/features/search/mutations";
import { parseQuery, toTsquery } from "../../src/features/search/query";
import { runSearch } from "../../src/features/search/run-search";
import { searchParamsSchema } from "../../src/features/search/schema";
import { db } from "../../src/lib/db";
import { createTestCategory } from "../factories";
import { resetDatabase } from "./reset";

// A word found in 500 practices or more has its counts kept (search_frequent_query), but only
// from its second count by this process: a query typed once never takes one of the few places.
// Browsing by years reads one kept text a year, made at the index version it was read at.

const WORD = "pszczelarstwo";
const MATCHES = 2_100;
const tsquery = toTsquery(parseQuery(WORD))!;
const search = (raw: Record<string, unknown>) => runSearch(searchParamsSchema.parse(raw));
const kept = async () => (await db.searchFrequentQuery.count({ where: { source: tsquery } })) === 1;

beforeAll(async () => {
  await resetDatabase();
  const category = await createTestCategory();
  const created = await db.practice.createManyAndReturn({
    data: Array.from({ length: MATCHES }, (_, i) => ({
      slug: `pasieka-miejska-${i}`,
      title: `Pasieka miejska nr ${i}`,
      summary: `Miejskie ${WORD} na dachach budynków (${i}).`,
      body: "## Opis\n\nUle na dachach urzędu.",
      status: "PUBLISHED" as const,
      enteredOn: new Date(Date.UTC(2010 + (i % 10), i % 12, 1)),
      revisedOn: new Date(Date.UTC(2020, 0, 1)),
      unitType: "GMINA_MIEJSKA" as const,
      locality: "Kielce",
      voivodeship: "SWIETOKRZYSKIE" as const,
      postalCode: "25-001",
      postOffice: "Kielce",
      implementingUnit: "Urząd Miasta Kielce",
      primaryCategoryId: category.id,
    })),
    select: { id: true },
  });
  await db.practiceCategory.createMany({ data: created.map(({ id }) => ({ practiceId: id, categoryId: category.id })) });
  await refreshSearchDocuments(created.map(({ id }) => id));
});

describe("frequent query promotion", () => {
  it("keeps a query's counts from its second count, not its first", async () => {
    clearFacetCache();
    expect((await search({ q: WORD })).total).toBe(MATCHES);
    // The answer of the first count does not wait for a promotion; none is started either.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await kept()).toBe(false);

    clearFacetCache();
    expect((await search({ q: WORD })).total).toBe(MATCHES);
    await expect.poll(kept).toBe(true);

    clearFacetCache();
    const viaKept = await search({ q: WORD, od: "2012", do: "2014" });
    expect(viaKept.total).toBe(MATCHES * 0.3);
  });
});

describe("browsing by years", () => {
  const currentYears = async () =>
    (await db.$queryRaw<{ year: number }[]>`
      SELECT t.year::int AS year FROM facet_total_year_text t, search_index_state s WHERE t.version = s.version ORDER BY 1`).map((row) => row.year);

  it("keeps each year's text for the index version, and makes it again after a change", async () => {
    clearFacetCache();
    const before = await search({ od: "2013", do: "2015" });
    expect(before.total).toBe(MATCHES * 0.3);
    await expect.poll(currentYears).toEqual([2013, 2014, 2015]);
    clearFacetCache();
    expect((await search({ od: "2013", do: "2015" })).total).toBe(before.total);

    const [one] = await db.practice.findMany({ where: { enteredOn: { lt: new Date(Date.UTC(2011, 0, 1)) } }, take: 1, select: { id: true } });
    await db.practice.update({ where: { id: one!.id }, data: { enteredOn: new Date(Date.UTC(2014, 5, 1)) } });
    await refreshSearchDocuments([one!.id]);
    expect(await currentYears()).toEqual([]);
    clearFacetCache();
    expect((await search({ od: "2013", do: "2015" })).total).toBe(before.total + 1);
    await expect.poll(currentYears).toEqual([2013, 2014, 2015]);
  });
});
