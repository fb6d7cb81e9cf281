import "server-only";
import { unstable_cache } from "next/cache";
import { ALL_UNIT_TYPES, ALL_VOIVODESHIPS } from "@/features/practice/vocabulary";
import { countSearchFacets } from "@/features/search/facet-data";
import type { UnitType, Voivodeship } from "@/generated/prisma/enums";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { daysEndingOn } from "./days";

// Figures of /statystyki. They aggregate over every practice (up to 100,000), so they are cached:
// the catalogue's until editors save (tag `catalogue`); the visits' and rankings' for 10 minutes
// (finding the most viewed practices reads the whole practice table, ~100 ms at 100,000: too much
// to repeat every 5 s, as often as the footer's counter may change under traffic).

export type CategoryCount = { id: number; slug: string; name: string; parentId: number | null; count: number };

export type CatalogueStatistics = {
  /** Published practices. */
  total: number;
  /** Every category in menu order, subcategories after their parent; a practice counts once per category. */
  byCategory: CategoryCount[];
  byVoivodeship: { voivodeship: Voivodeship; count: number }[];
  byUnitType: { unitType: UnitType; count: number }[];
  /** Every year from the first to the last, with zeros in between. */
  byYear: { year: number; count: number }[];
};

/** Uncached; pages use getCatalogueStatistics (exported for the database tests). */
export async function readCatalogueStatistics(): Promise<CatalogueStatistics> {
  const [{ total, facets }, categories, years] = await Promise.all([
    // The search's facet counts with no filter are the published practices per voivodeship, unit
    // type and category (facet_total, kept by a trigger): nothing to count again here.
    countSearchFacets({ tsquery: null, voivodeships: [], unitTypes: [], categoryIds: [], bands: [] }),
    db.category.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, slug: true, name: true, parentId: true } }),
    db.$queryRaw<{ year: number; n: number }[]>`
      SELECT extract(year FROM entered_on)::int AS year, count(*)::int AS n
      FROM practice_search GROUP BY 1 ORDER BY 1`,
  ]);
  const withCounts = categories.map((category) => ({ ...category, count: facets.category[String(category.id)] ?? 0 }));
  const byCategory = withCounts
    .filter((category) => category.parentId === null)
    .flatMap((parent) => [parent, ...withCounts.filter((child) => child.parentId === parent.id)]);
  const yearCounts = new Map(years.map((row) => [row.year, row.n]));
  const first = years[0]?.year;
  const last = years.at(-1)?.year;
  const byYear = first === undefined || last === undefined ? [] : Array.from({ length: last - first + 1 }, (_, i) => ({ year: first + i, count: yearCounts.get(first + i) ?? 0 }));
  return {
    total,
    byCategory,
    byVoivodeship: ALL_VOIVODESHIPS.map((voivodeship) => ({ voivodeship, count: facets.voivodeship[voivodeship] ?? 0 })),
    byUnitType: ALL_UNIT_TYPES.map((unitType) => ({ unitType, count: facets.unitType[unitType] ?? 0 })),
    byYear,
  };
}

export const getCatalogueStatistics = unstable_cache(readCatalogueStatistics, ["catalogue-statistics"], {
  tags: [CACHE_TAGS.catalogue],
  revalidate: 3600,
});

export type DailyVisitsRow = { day: string; pageViews: number; uniqueVisitors: number };
export type RankedPractice = { slug: string; title: string; count: number };

export type VisitStatistics = {
  /** One row per Warsaw day of the period, oldest first, zeros for days without visits. */
  days: DailyVisitsRow[];
  mostViewed: RankedPractice[];
  /** By the downloads of all the practice's attachments. */
  mostDownloaded: RankedPractice[];
};

export const VISIT_DAYS = 90;
const RANKED = 10;

/** Uncached; pages use getVisitStatistics (exported for the database tests). */
export async function readVisitStatistics(today: string): Promise<VisitStatistics> {
  const days = daysEndingOn(today, VISIT_DAYS);
  const [visits, mostViewed, mostDownloaded] = await Promise.all([
    db.dailyVisits.findMany({ where: { day: { gte: new Date(`${days[0]}T00:00:00Z`), lte: new Date(`${today}T00:00:00Z`) } } }),
    db.practice.findMany({
      where: { status: "PUBLISHED", viewCount: { gt: 0 } },
      orderBy: [{ viewCount: "desc" }, { id: "asc" }],
      take: RANKED,
      select: { slug: true, title: true, viewCount: true },
    }),
    db.$queryRaw<RankedPractice[]>`
      SELECT practice.slug, practice.title, sum(attachment.download_count)::int AS count
      FROM attachment JOIN practice ON practice.id = attachment.practice_id
      WHERE practice.status = 'published'
      GROUP BY practice.id
      HAVING sum(attachment.download_count) > 0
      ORDER BY count DESC, practice.id
      LIMIT ${RANKED}`,
  ]);
  const byDay = new Map(visits.map((row) => [row.day.toISOString().slice(0, 10), row]));
  return {
    days: days.map((day) => ({ day, pageViews: byDay.get(day)?.pageViews ?? 0, uniqueVisitors: byDay.get(day)?.uniqueVisitors ?? 0 })),
    mostViewed: mostViewed.map((practice) => ({ slug: practice.slug, title: practice.title, count: practice.viewCount })),
    mostDownloaded,
  };
}

/** `today` is the Warsaw day ("YYYY-MM-DD") the 90 days end on; it is part of the cache key. */
export const getVisitStatistics = unstable_cache(readVisitStatistics, ["visit-statistics"], {
  tags: [CACHE_TAGS.visitStatistics],
  revalidate: 600,
});
