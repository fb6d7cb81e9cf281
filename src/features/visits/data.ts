import "server-only";
import { unstable_cache } from "next/cache";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { db } from "@/lib/db";

export type VisitFigures = {
  /** The original site's figure plus every page view counted since. */
  totalVisits: number;
  uniqueVisitors: number;
  /** "YYYY-MM-DD"; kept as a string because cached values travel as JSON. */
  countingSince: string;
};

async function readVisitFigures(): Promise<VisitFigures> {
  const [baseline, sums] = await Promise.all([
    db.visitBaseline.findUnique({ where: { id: 1 } }),
    db.dailyVisits.aggregate({ _sum: { pageViews: true, uniqueVisitors: true } }),
  ]);
  return {
    totalVisits: (baseline?.legacyVisits ?? 0) + (sums._sum.pageViews ?? 0),
    uniqueVisitors: sums._sum.uniqueVisitors ?? 0,
    countingSince: (baseline?.countingSince ?? new Date()).toISOString().slice(0, 10),
  };
}

export const getVisitFigures = unstable_cache(readVisitFigures, ["visit-figures"], {
  tags: [CACHE_TAGS.visitFigures],
  revalidate: 60,
});

export const getPracticeViewCount = unstable_cache(
  async (slug: string): Promise<number> => {
    const practice = await db.practice.findUnique({ where: { slug }, select: { viewCount: true } });
    return practice?.viewCount ?? 0;
  },
  ["practice-view-count"],
  { tags: [CACHE_TAGS.visitFigures], revalidate: 60 },
);
