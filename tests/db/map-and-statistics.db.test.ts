import { beforeAll, describe, expect, it } from "vitest";
import { readVoivodeshipCounts } from "../../src/features/map/data";
import { ALL_UNIT_TYPES, ALL_VOIVODESHIPS } from "../../src/features/practice/vocabulary";
import { runSearch } from "../../src/features/search/run-search";
import { searchParamsSchema } from "../../src/features/search/schema";
import { readCatalogueStatistics, readVisitStatistics, VISIT_DAYS } from "../../src/features/statistics/data";
import { db } from "../../src/lib/db";
import { createTestPractice } from "../factories";
import { categoryIdsOf, seedDemoCatalogue, whereOf } from "./search-fixtures";

// The map's and the statistics' figures against counts computed straight from Prisma, over the
// demo catalogue plus drafts and withdrawn practices that must never be counted.

const PUBLISHED = { status: "PUBLISHED" } as const;
const TODAY = "2026-11-23";

beforeAll(async () => {
  await seedDemoCatalogue();
  const [culture] = await categoryIdsOf(["kultura"]);
  // Not published: drafts and withdrawn practices count nowhere.
  await createTestPractice({ status: "DRAFT", voivodeship: "MAZOWIECKIE", categoryIds: [culture!] });
  await createTestPractice({ status: "UNPUBLISHED", voivodeship: "OPOLSKIE", unitType: "GMINA_MIEJSKA" });
  // A published one outside the demo's years and places.
  await createTestPractice({ voivodeship: "LUBUSKIE", unitType: "GMINA_WIEJSKA", enteredOn: new Date("2026-02-01T00:00:00Z"), categoryIds: [culture!] });
});

describe("map of practices", () => {
  const cases: Record<string, string | string[]>[] = [{}, { typ: "gmina-miejska" }, { kategoria: "pomoc-spoleczna" }, { kategoria: "uslugi-spoleczne", typ: ["powiat-grodzki", "gmina-wiejska"], ludnosc: "100-500-tys" }, { od: "2010", do: "2015" }];

  for (const raw of cases) {
    it(`counts each voivodeship like Prisma does, filters ${JSON.stringify(raw)}`, async () => {
      const params = searchParamsSchema.parse(raw);
      const counts = await readVoivodeshipCounts(params);
      const where = await whereOf(params, "voivodeship");
      const grouped = await db.practice.groupBy({ by: ["voivodeship"], where, _count: true });
      const expected = new Map(grouped.map((row) => [row.voivodeship, row._count]));
      expect(counts.map((row) => row.voivodeship)).toEqual(ALL_VOIVODESHIPS);
      for (const row of counts) expect(row.count, row.voivodeship).toBe(expected.get(row.voivodeship) ?? 0);
    });
  }

  it("ignores its own voivodeship filter: every region keeps its count", async () => {
    const all = await readVoivodeshipCounts(searchParamsSchema.parse({}));
    expect(await readVoivodeshipCounts(searchParamsSchema.parse({ wojewodztwo: "slaskie" }))).toEqual(all);
  });

  it("gives each region exactly what the search finds there, words included", async () => {
    const raw = { q: "bezrobotnych", typ: ["powiat-grodzki", "powiat"] };
    const params = searchParamsSchema.parse(raw);
    const counts = await readVoivodeshipCounts(params);
    expect(counts.some((row) => row.count > 0)).toBe(true);
    for (const row of counts) {
      const search = await runSearch(searchParamsSchema.parse({ ...raw, wojewodztwo: row.voivodeship.toLowerCase().replace(/_/g, "-") }));
      expect(row.count, row.voivodeship).toBe(search.total);
    }
  });
});

describe("statistics of the catalogue", () => {
  it("counts published practices per voivodeship, unit type and year", async () => {
    const stats = await readCatalogueStatistics();
    expect(stats.total).toBe(await db.practice.count({ where: PUBLISHED }));

    const byVoivodeship = await db.practice.groupBy({ by: ["voivodeship"], where: PUBLISHED, _count: true });
    for (const voivodeship of ALL_VOIVODESHIPS) {
      const expected = byVoivodeship.find((row) => row.voivodeship === voivodeship)?._count ?? 0;
      expect(stats.byVoivodeship.find((row) => row.voivodeship === voivodeship)?.count, voivodeship).toBe(expected);
    }
    const byUnitType = await db.practice.groupBy({ by: ["unitType"], where: PUBLISHED, _count: true });
    for (const unitType of ALL_UNIT_TYPES) {
      const expected = byUnitType.find((row) => row.unitType === unitType)?._count ?? 0;
      expect(stats.byUnitType.find((row) => row.unitType === unitType)?.count, unitType).toBe(expected);
    }

    const dates = await db.practice.findMany({ where: PUBLISHED, select: { enteredOn: true } });
    const years = new Map<number, number>();
    for (const { enteredOn } of dates) years.set(enteredOn.getUTCFullYear(), (years.get(enteredOn.getUTCFullYear()) ?? 0) + 1);
    const first = Math.min(...years.keys());
    const last = Math.max(...years.keys());
    expect(stats.byYear.map((row) => row.year)).toEqual(Array.from({ length: last - first + 1 }, (_, i) => first + i));
    for (const row of stats.byYear) expect(row.count, String(row.year)).toBe(years.get(row.year) ?? 0);
  });

  it("counts a category's practices with its subcategories', each practice once", async () => {
    const stats = await readCatalogueStatistics();
    const categories = await db.category.findMany();
    expect(stats.byCategory).toHaveLength(categories.length);
    for (const category of stats.byCategory) {
      const subtree = [category.id, ...categories.filter((c) => c.parentId === category.id).map((c) => c.id)];
      const expected = await db.practice.count({ where: { ...PUBLISHED, categories: { some: { categoryId: { in: subtree } } } } });
      expect(category.count, category.slug).toBe(expected);
    }
    // Menu order: a subcategory follows its parent or a sibling.
    stats.byCategory.forEach((category, index) => {
      if (category.parentId === null) return;
      const previous = stats.byCategory[index - 1]!;
      expect([previous.id, previous.parentId]).toContain(category.parentId);
    });
  });
});

describe("statistics of visits", () => {
  beforeAll(async () => {
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    await db.dailyVisits.createMany({
      data: [
        { day: day("2026-08-25"), pageViews: 9999, uniqueVisitors: 999 }, // 91 days back: outside the period
        { day: day("2026-08-26"), pageViews: 10, uniqueVisitors: 4 },
        { day: day("2026-11-01"), pageViews: 250, uniqueVisitors: 90 },
        { day: day(TODAY), pageViews: 31, uniqueVisitors: 12 },
        { day: day("2026-11-24"), pageViews: 5, uniqueVisitors: 5 }, // tomorrow: outside
      ],
    });
    const practices = await db.practice.findMany({ where: PUBLISHED, orderBy: { id: "asc" }, take: 14, select: { id: true } });
    for (const [index, { id }] of practices.entries()) await db.practice.update({ where: { id }, data: { viewCount: 100 + index * 7 } });
    // A draft with more views than any published practice must not appear.
    await db.practice.updateMany({ where: { status: "DRAFT" }, data: { viewCount: 1_000_000 } });
    const attachments = await db.attachment.findMany({ orderBy: { id: "asc" } });
    for (const [index, { id }] of attachments.entries()) await db.attachment.update({ where: { id }, data: { downloadCount: (index * 5) % 17 } });
  });

  it("lists the 90 days up to today with their totals, zeros for days without visits", async () => {
    const stats = await readVisitStatistics(TODAY);
    expect(stats.days).toHaveLength(VISIT_DAYS);
    expect(stats.days[0]!.day).toBe("2026-08-26");
    expect(stats.days.at(-1)!.day).toBe(TODAY);
    const inPeriod = await db.dailyVisits.aggregate({
      where: { day: { gte: new Date("2026-08-26T00:00:00Z"), lte: new Date(`${TODAY}T00:00:00Z`) } },
      _sum: { pageViews: true, uniqueVisitors: true },
    });
    expect(stats.days.reduce((sum, row) => sum + row.pageViews, 0)).toBe(inPeriod._sum.pageViews);
    expect(stats.days.reduce((sum, row) => sum + row.uniqueVisitors, 0)).toBe(inPeriod._sum.uniqueVisitors);
    expect(stats.days.find((row) => row.day === "2026-11-01")).toEqual({ day: "2026-11-01", pageViews: 250, uniqueVisitors: 90 });
    expect(stats.days.find((row) => row.day === "2026-11-02")).toEqual({ day: "2026-11-02", pageViews: 0, uniqueVisitors: 0 });
  });

  it("ranks the most viewed published practices", async () => {
    const stats = await readVisitStatistics(TODAY);
    const expected = await db.practice.findMany({
      where: { ...PUBLISHED, viewCount: { gt: 0 } },
      orderBy: [{ viewCount: "desc" }, { id: "asc" }],
      take: 10,
      select: { slug: true, viewCount: true },
    });
    expect(stats.mostViewed.map((row) => [row.slug, row.count])).toEqual(expected.map((row) => [row.slug, row.viewCount]));
  });

  it("ranks practices by the downloads of their attachments", async () => {
    const stats = await readVisitStatistics(TODAY);
    const sums = await db.attachment.groupBy({ by: ["practiceId"], where: { practice: PUBLISHED }, _sum: { downloadCount: true } });
    const practices = new Map((await db.practice.findMany({ select: { id: true, slug: true } })).map((p) => [p.id, p.slug]));
    const expected = sums
      .map((row) => ({ id: row.practiceId, slug: practices.get(row.practiceId)!, count: row._sum.downloadCount ?? 0 }))
      .filter((row) => row.count > 0)
      .sort((a, b) => b.count - a.count || a.id - b.id)
      .slice(0, 10);
    expect(expected.length).toBeGreaterThan(0);
    expect(stats.mostDownloaded.map((row) => [row.slug, row.count])).toEqual(expected.map((row) => [row.slug, row.count]));
  });
});
