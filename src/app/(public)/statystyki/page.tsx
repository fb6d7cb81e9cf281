import type { Metadata } from "next";
import { getCachedAdoptionStatistics } from "@/features/adoptions/data";
import { pageMetadata } from "@/features/site/page-metadata";
import { CataloguePage } from "@/features/category/components/CataloguePage";
import { getCatalogueStatistics, getVisitStatistics } from "@/features/statistics/data";
import { StatisticsView } from "@/features/statistics/components/StatisticsView";
import { warsawDay } from "@/features/visits/warsaw-day";
import { atFirstRequest } from "@/lib/first-request";

export const metadata: Metadata = pageMetadata({
  title: "Statystyki",
  description: "Praktyki według kategorii, województw, typów jednostek i lat oraz odwiedziny serwisu.",
  path: "/statystyki",
});

// Rendered once and kept (ISR); the figures are cached by tag: editors' saves and new visits
// revalidate them (see features/statistics/data.ts).
export const revalidate = 600;

async function StatisticsPage() {
  const [catalogue, visits, adoptions] = await Promise.all([
    getCatalogueStatistics(),
    getVisitStatistics(warsawDay(new Date())),
    getCachedAdoptionStatistics(),
  ]);
  return (
    <CataloguePage>
      <StatisticsView catalogue={catalogue} visits={visits} adoptions={adoptions} />
    </CataloguePage>
  );
}

export default atFirstRequest(StatisticsPage);
