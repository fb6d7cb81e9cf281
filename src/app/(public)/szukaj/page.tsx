import type { Metadata } from "next";
import { getCategoryTree } from "@/features/category/data";
import { SearchView } from "@/features/search/components/SearchView";
import { runSearch } from "@/features/search/run-search";
import { searchParamsSchema } from "@/features/search/schema";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = searchParamsSchema.parse(await searchParams);
  return { title: q ? `Szukaj: ${q}` : "Wyszukiwanie praktyk", robots: { index: false, follow: true } };
}

export default async function SearchPage({ searchParams }: Props) {
  const params = searchParamsSchema.parse(await searchParams);
  const [outcome, tree] = await Promise.all([runSearch(params), getCategoryTree()]);
  return <SearchView outcome={outcome} tree={tree} />;
}
