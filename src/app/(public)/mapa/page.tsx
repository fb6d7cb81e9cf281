import type { Metadata } from "next";
import { pageMetadata } from "@/features/site/page-metadata";
import { CataloguePage } from "@/features/category/components/CataloguePage";
import { getCategoryTree } from "@/features/category/data";
import { MapView } from "@/features/map/components/MapView";
import { getVoivodeshipCounts, hasMapFilters } from "@/features/map/data";
import { searchParamsSchema } from "@/features/search/schema";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const filtered = hasMapFilters(searchParamsSchema.parse(await searchParams));
  return {
    ...pageMetadata({
      title: "Mapa praktyk",
      description: "Liczba dobrych praktyk samorządów w każdym województwie, z filtrami kategorii i typu jednostki.",
      path: "/mapa",
    }),
    robots: filtered ? { index: false, follow: true } : undefined,
  };
}

// The search's parameters (features/search/schema.ts) filter the map; the unfiltered counts are cached.
export default async function MapPage({ searchParams }: Props) {
  const params = searchParamsSchema.parse(await searchParams);
  const [counts, tree] = await Promise.all([getVoivodeshipCounts(params), getCategoryTree()]);
  return (
    <CataloguePage>
      <MapView params={params} counts={counts} tree={tree} hasFilters={hasMapFilters(params)} />
    </CataloguePage>
  );
}
