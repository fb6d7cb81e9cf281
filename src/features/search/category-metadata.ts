import type { Metadata } from "next";
import { getCategoryBySlug } from "@/features/category/data";
import { BANK_FEED, categoryFeed } from "@/features/site/feed-links";
import { pageMetadata } from "@/features/site/page-metadata";
import type { SearchParams } from "./schema";
import { categoryScope, isNarrowedCategoryListing, scopeHref } from "./scope";

/**
 * Title, description, canonical address and feeds of a category page. Narrowed by words or
 * filters it is a search like /szukaj: not for indexing. No notFound() here (see
 * features/practice/metadata.ts).
 */
export async function categoryMetadata(slug: string, params: SearchParams): Promise<Metadata> {
  const category = await getCategoryBySlug(slug);
  if (!category) return { title: "Nie znaleziono strony" };
  return {
    ...pageMetadata({
      title: category.path.map((node) => node.name).join(" : "),
      description: category.description ?? undefined,
      path: scopeHref(categoryScope(category.slug), params),
      feeds: [categoryFeed(category), BANK_FEED],
    }),
    ...(isNarrowedCategoryListing(params) ? { robots: { index: false, follow: true } } : {}),
  };
}
