import { beforeAll, describe, expect, it } from "vitest";
import { parseSearchQueryStrict } from "../../src/features/open-data/query-schema";
import { runSearch } from "../../src/features/search/run-search";
import { promoteFrequentQuery } from "../../src/features/search/mutations";
import { searchParamsSchema } from "../../src/features/search/schema";
import { createTestPractice, createTestUser } from "../factories";
import { approvedAdoption } from "./adoption-fixtures";
import { resetDatabase } from "./reset";

// The sort "najczesciej-wdrazane" and the filter "wdrozone=tak". No kept count knows the filter
// (facet_total, frequent queries, the process cache by words): each search with it must show the
// facets of the adopted practices exactly, computed here from the practices themselves.

const search = (raw: Record<string, unknown>) => runSearch(searchParamsSchema.parse(raw));
const WORD = "ogrodoterapia";

type Made = { id: number; slug: string; voivodeship: string; adoptions: number; hasWord: boolean; year: number };
const made: Made[] = [];
let editor: { id: number; email: string };

async function practice(voivodeship: "SLASKIE" | "POMORSKIE" | "LUBUSKIE", adoptions: number, hasWord: boolean, year: number) {
  const created = await createTestPractice({
    voivodeship,
    enteredOn: new Date(`${year}-05-01T00:00:00Z`),
    summary: hasWord ? `Zajęcia: ${WORD} dla seniorów.` : "Zajęcia sportowe dla seniorów.",
  });
  for (let i = 0; i < adoptions; i++) await approvedAdoption(created.slug, editor);
  made.push({ id: created.id, slug: created.slug, voivodeship, adoptions, hasWord, year });
}

function expectedVoivodeships(list: Made[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of list) counts[item.voivodeship] = (counts[item.voivodeship] ?? 0) + 1;
  return counts;
}

beforeAll(async () => {
  await resetDatabase();
  editor = await createTestUser();
  await practice("SLASKIE", 0, true, 2012);
  await practice("SLASKIE", 2, true, 2013);
  await practice("POMORSKIE", 1, true, 2014);
  await practice("POMORSKIE", 0, false, 2015);
  await practice("LUBUSKIE", 3, false, 2016);
  await practice("LUBUSKIE", 1, true, 2017);
});

describe("adopted practices in search", () => {
  it("sorts by approved adoptions, most first, then newest", async () => {
    const outcome = await search({ sort: "najczesciej-wdrazane" });
    const expected = [...made].sort((a, b) => b.adoptions - a.adoptions || b.year - a.year).map((item) => item.id);
    expect(outcome.results.map((result) => result.id)).toEqual(expected);
  });

  it("filters to adopted practices with exact facets, with and without words and years", async () => {
    // Warm the unfiltered paths first: the cache and facet_total must not answer the filtered search.
    expect((await search({})).total).toBe(made.length);
    expect((await search({ q: WORD })).total).toBe(4);

    const adopted = made.filter((item) => item.adoptions > 0);
    const browsing = await search({ wdrozone: "tak" });
    expect(browsing.total).toBe(adopted.length);
    expect(browsing.facets.voivodeship).toEqual(expectedVoivodeships(adopted));
    expect(new Set(browsing.results.map((result) => result.id))).toEqual(new Set(adopted.map((item) => item.id)));

    const withWord = adopted.filter((item) => item.hasWord);
    const words = await search({ q: WORD, wdrozone: "tak" });
    expect(words.total).toBe(withWord.length);
    expect(words.facets.voivodeship).toEqual(expectedVoivodeships(withWord));

    const inYears = adopted.filter((item) => item.year >= 2014 && item.year <= 2016);
    const years = await search({ wdrozone: "tak", od: "2014", do: "2016" });
    expect(years.total).toBe(inYears.length);
    expect(years.facets.voivodeship).toEqual(expectedVoivodeships(inYears));

    // A facet click under the filter: the other facets still count under the filter.
    const clicked = await search({ wdrozone: "tak", wojewodztwo: "lubuskie" });
    expect(clicked.total).toBe(2);
    expect(clicked.facets.voivodeship).toEqual(expectedVoivodeships(adopted));
  });

  it("bypasses a frequent query's kept counts under the filter", async () => {
    const tsquery = (await search({ q: WORD })).attempts[0]!.tsquery!;
    await promoteFrequentQuery(tsquery);
    const withWord = made.filter((item) => item.hasWord);
    expect((await search({ q: WORD })).facets.voivodeship).toEqual(expectedVoivodeships(withWord));
    const adopted = withWord.filter((item) => item.adoptions > 0);
    expect((await search({ q: WORD, wdrozone: "tak" })).facets.voivodeship).toEqual(expectedVoivodeships(adopted));
  });

  it("follows a new approval at once (the cached counts expire with the index version)", async () => {
    const before = await search({ wdrozone: "tak" });
    const unadopted = made.find((item) => item.adoptions === 0 && item.hasWord)!;
    await approvedAdoption(unadopted.slug, editor);
    unadopted.adoptions = 1;
    const after = await search({ wdrozone: "tak" });
    expect(after.total).toBe(before.total + 1);
    expect(after.facets.voivodeship).toEqual(expectedVoivodeships(made.filter((item) => item.adoptions > 0)));
  });

  it("is read strictly by the API", () => {
    expect(parseSearchQueryStrict(new URLSearchParams("wdrozone=tak&sort=najczesciej-wdrazane"))).toMatchObject({
      success: true,
      data: { wdrozone: true, sort: "najczesciej-wdrazane" },
    });
    expect(parseSearchQueryStrict(new URLSearchParams("wdrozone=nie"))).toMatchObject({ success: false, invalid: [{ name: "wdrozone" }] });
    // /szukaj drops what it does not know.
    expect(searchParamsSchema.parse({ wdrozone: "nie" }).wdrozone).toBe(false);
  });
});
