import type { Metadata } from "next";
import type { CategoryListingParams } from "@/features/practice/schema";
import { BANK_FEED, categoryFeed } from "@/features/site/feed-links";
import { pageMetadata } from "@/features/site/page-metadata";
import { categoryListingHref } from "./components/CategoryListingView";
import { getCategoryBySlug } from "./data";

/**
 * Title, description, canonical address and feeds of a category page. No notFound() here (see
 * features/practice/metadata.ts).
 */
export async function categoryMetadata(slug: string, query: CategoryListingParams): Promise<Metadata> {
  const category = await getCategoryBySlug(slug);
  if (!category) return { title: "Nie znaleziono strony" };
  return pageMetadata({
    title: category.path.map((node) => node.name).join(" : "),
    description: category.description ?? undefined,
    path: categoryListingHref(category.slug, query.sort, query.strona),
    feeds: [categoryFeed(category), BANK_FEED],
  });
}
