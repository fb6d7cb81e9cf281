import { beforeAll, describe, expect, it } from "vitest";
import type { CategoryNode } from "../../src/features/category/data";
import { relaxationsOf } from "../../src/features/search/relaxations";
import { runSearch } from "../../src/features/search/run-search";
import { searchParamsSchema, type SearchParams } from "../../src/features/search/schema";
import { db } from "../../src/lib/db";
import { allResultSlugs, seedDemoCatalogue, whereOf } from "./search-fixtures";

// A search that finds nothing lists each of its conditions with the number of practices the same
// search finds without it. Each number must be what its link's page then shows, and what Prisma
// counts for those filters (over the practices the words alone find).

type Raw = Record<string, string | string[]>;

/** Practices the words alone find (through the same correction and fallbacks), as a Prisma condition. */
async function wordIds(q: string): Promise<number[] | undefined> {
  if (!q) return undefined;
  const slugs = await allResultSlugs(searchParamsSchema.parse({ q }));
  return (await db.practice.findMany({ where: { slug: { in: slugs } }, select: { id: true } })).map((p) => p.id);
}

async function prismaCount(params: SearchParams): Promise<number> {
  return db.practice.count({ where: await whereOf(params, undefined, await wordIds(params.q)) });
}

const paramsOf = (href: string) => searchParamsSchema.parse(Object.fromEntries(
  [...new URL(href, "http://localhost").searchParams.keys()].map((key) => {
    const values = new URL(href, "http://localhost").searchParams.getAll(key);
    return [key, values.length > 1 ? values : values[0]!];
  }),
));

/** The categories as the page's tree (getCategoryTree needs Next's cache); only names and slugs matter here. */
async function getCategoryTree(): Promise<CategoryNode[]> {
  const categories = await db.category.findMany({ select: { id: true, slug: true, name: true, description: true } });
  return categories.map((category) => ({ ...category, practiceCount: 0, children: [] }));
}

beforeAll(seedDemoCatalogue);

describe("relaxations of a search that finds nothing", () => {
  const CASES: { raw: Raw; labels: string[] }[] = [
    {
      raw: { wojewodztwo: "opolskie", typ: "powiat-grodzki", ludnosc: "ponad-500-tys" },
      labels: ["Bez filtra „województwo opolskie”", "Bez filtra „powiat grodzki”", "Bez filtra „liczba mieszkańców ponad 500 tys.”"],
    },
    {
      raw: { q: "bezrobotnych", wojewodztwo: "opolskie", kategoria: "kultura" },
      labels: ["Bez filtra „województwo opolskie”", "Bez filtra „kategoria Kultura”", "Bez słów „bezrobotnych”"],
    },
    {
      raw: { q: "rewitalizacji", typ: "gmina-wiejska", od: "2019", do: "2020" },
      labels: ["Bez filtra „gmina wiejska”", "Bez filtra „wprowadzone od 2019 r. do 2020 r.”", "Bez słów „rewitalizacji”"],
    },
    {
      raw: { q: "bezrobotnyh", wojewodztwo: "podlaskie" },
      labels: ["Bez filtra „województwo podlaskie”", "Bez słów „bezrobotnyh”"],
    },
  ];

  it.each(CASES)("are exact for %j", async ({ raw, labels }) => {
    const outcome = await runSearch(searchParamsSchema.parse(raw));
    expect(outcome.total).toBe(0);
    const relaxations = await relaxationsOf(outcome, await getCategoryTree());
    expect(relaxations.map((r) => r.label)).toEqual(labels);
    for (const relaxation of relaxations) {
      const without = paramsOf(relaxation.href);
      const page = await runSearch(without);
      expect(relaxation.count, `${relaxation.label}: what its page shows`).toBe(page.total);
      expect(relaxation.count, `${relaxation.label}: what Prisma counts`).toBe(await prismaCount(without));
    }
    expect(relaxations.some((r) => r.count > 0)).toBe(true);
  });

  it("follows the search's spelling correction", async () => {
    const outcome = await runSearch(searchParamsSchema.parse({ q: "bezrobotnyh", wojewodztwo: "podlaskie" }));
    const [voivodeship] = await relaxationsOf(outcome, await getCategoryTree());
    const corrected = await runSearch(searchParamsSchema.parse({ q: "bezrobotnyh" }));
    expect(corrected.corrected).toBe(true);
    expect(voivodeship!.count).toBe(corrected.total);
  });

  it("stays bounded whatever the URL holds: eight facet values, the years, the words", async () => {
    const raw = { q: "qzxqzx", wojewodztwo: ["slaskie", "opolskie", "lubuskie", "podlaskie", "pomorskie", "lodzkie"], typ: ["powiat", "inna", "zwiazek-jst"], od: "2030" };
    const outcome = await runSearch(searchParamsSchema.parse(raw));
    const relaxations = await relaxationsOf(outcome, await getCategoryTree());
    expect(relaxations).toHaveLength(10);
    expect(relaxations.at(-2)?.label).toBe("Bez filtra „wprowadzone od 2030 r.”");
    expect(relaxations.at(-1)?.label).toBe("Bez słów „qzxqzx”");
  });
});
