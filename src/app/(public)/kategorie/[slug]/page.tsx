import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getCategoryBySlug } from "@/features/category/data";
import { categoryMetadata } from "@/features/search/category-metadata";
import { CategorySearchView } from "@/features/search/components/CategorySearchView";
import { searchParamsSchema } from "@/features/search/schema";
import { CategoryFollowBox } from "@/features/search-alerts/components/FollowBox";

// A category narrowed by words or filters, or a later page, rendered per request. The first page
// of each order, which nearly every visitor sees, is served from the cached route `widok/[sort]`
// (src/server/category-view.ts).

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return categoryMetadata((await params).slug, searchParamsSchema.parse(await searchParams));
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const category = await getCategoryBySlug((await params).slug);
  if (!category) notFound();
  const query = searchParamsSchema.parse(await searchParams);
  return <CategorySearchView category={category} params={query} follow={<CategoryFollowBox slug={category.slug} params={query} />} />;
}
