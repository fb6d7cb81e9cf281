import { getCategoryTree } from "@/features/category/data";
import { relaxationsOf } from "@/features/search/relaxations";
import { runSearch } from "@/features/search/run-search";
import type { SearchParams } from "@/features/search/schema";
import { SearchFollowBox } from "@/features/search-alerts/components/FollowBox";
import { SearchView } from "./SearchView";

/** The whole of a /szukaj page, from its parsed parameters. */
export async function SearchPage({ params }: { params: SearchParams }) {
  const [outcome, tree] = await Promise.all([runSearch(params), getCategoryTree()]);
  const relaxations = outcome.total === 0 ? await relaxationsOf(outcome, tree) : [];
  return <SearchView outcome={outcome} tree={tree} relaxations={relaxations} follow={<SearchFollowBox params={params} />} />;
}
