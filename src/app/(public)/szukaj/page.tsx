import type { Metadata } from "next";
import { getCategoryTree } from "@/features/category/data";
import { SearchView } from "@/features/search/components/SearchView";
import { relaxationsOf } from "@/features/search/relaxations";
import { runSearch } from "@/features/search/run-search";
import { searchParamsSchema, searchQueryString } from "@/features/search/schema";
import { SearchFollowBox } from "@/features/search-alerts/components/FollowBox";
import { searchFeed, voivodeshipFeed } from "@/features/site/feed-links";
import { pageMetadata } from "@/features/site/page-metadata";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const params = searchParamsSchema.parse(await searchParams);
  const query = searchQueryString(params);
  return {
    ...pageMetadata({
      title: params.q ? `Szukaj: ${params.q}` : "Wyszukiwanie praktyk",
      path: query ? `/szukaj?${query}` : "/szukaj",
      feeds: [searchFeed(searchQueryString(params, { strona: 1 })), ...params.wojewodztwo.map(voivodeshipFeed)],
    }),
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const params = searchParamsSchema.parse(await searchParams);
  const [outcome, tree] = await Promise.all([runSearch(params), getCategoryTree()]);
  const relaxations = outcome.total === 0 ? await relaxationsOf(outcome, tree) : [];
  return <SearchView outcome={outcome} tree={tree} relaxations={relaxations} follow={<SearchFollowBox params={params} />} />;
}
