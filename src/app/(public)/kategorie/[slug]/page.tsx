import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CategoryListingView } from "@/features/category/components/CategoryListingView";
import { getCategoryBySlug } from "@/features/category/data";
import { categoryMetadata } from "@/features/category/metadata";
import { CategoryFollowBox } from "@/features/search-alerts/components/FollowBox";
import { categoryListingParamsSchema } from "@/features/practice/schema";

// Later pages of a category, rendered per request. The first page of each order, which nearly
// every visitor sees, is served from the cached route `widok/[sort]` (src/server/category-view.ts).

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return categoryMetadata((await params).slug, categoryListingParamsSchema.parse(await searchParams));
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const category = await getCategoryBySlug((await params).slug);
  if (!category) notFound();
  const query = categoryListingParamsSchema.parse(await searchParams);
  return <CategoryListingView category={category} query={query} follow={<CategoryFollowBox slug={category.slug} />} />;
}
