import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getCategoryBySlug } from "@/features/category/data";
import { categoryMetadata } from "@/features/search/category-metadata";
import { CategorySearchView } from "@/features/search/components/CategorySearchView";
import { cachedCategorySortSchema, searchParamsSchema } from "@/features/search/schema";
import { CategoryFollowBox } from "@/features/search-alerts/components/FollowBox";

// The first page of a category in one order, with no words or filters: rendered once and kept
// like the home page (saves and the visit counter revalidate it). Reached only through the HTTP
// front, which rewrites /kategorie/<slug>[?sort=…] here and refuses this address from outside
// (src/server/category-view.ts).

type Props = { params: Promise<{ slug: string; sort: string }> };

export const revalidate = 3600;
export function generateStaticParams(): { slug: string; sort: string }[] {
  return [];
}

async function firstPageOf({ params }: Props) {
  const { slug, sort } = await params;
  const parsedSort = cachedCategorySortSchema.safeParse(sort);
  return { slug, params: searchParamsSchema.parse({ sort: parsedSort.success ? parsedSort.data : undefined }), valid: parsedSort.success };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { slug, params } = await firstPageOf(props);
  return categoryMetadata(slug, params);
}

export default async function CategoryFirstPage(props: Props) {
  const { slug, params, valid } = await firstPageOf(props);
  const category = await getCategoryBySlug(slug);
  if (!category || !valid) notFound();
  return <CategorySearchView category={category} params={params} follow={<CategoryFollowBox slug={category.slug} params={params} />} />;
}
