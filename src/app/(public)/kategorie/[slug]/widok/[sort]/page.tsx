import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CategoryListingView } from "@/features/category/components/CategoryListingView";
import { getCategoryBySlug } from "@/features/category/data";
import { categoryMetadata } from "@/features/category/metadata";
import { CategoryFollowBox } from "@/features/search-alerts/components/FollowBox";
import { categorySortSchema } from "@/features/practice/schema";

// The first page of a category in one order, rendered once and kept like the home page (saves and
// the visit counter revalidate it). Reached only through the HTTP front, which rewrites
// /kategorie/<slug>[?sort=…] here and refuses this address from outside (src/server/category-view.ts).

type Props = { params: Promise<{ slug: string; sort: string }> };

export const revalidate = 3600;
export function generateStaticParams(): { slug: string; sort: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, sort } = await params;
  const parsedSort = categorySortSchema.safeParse(sort);
  return categoryMetadata(slug, { sort: parsedSort.success ? parsedSort.data : "najnowsze", strona: 1 });
}

export default async function CategoryFirstPage({ params }: Props) {
  const { slug, sort } = await params;
  const parsedSort = categorySortSchema.safeParse(sort);
  const category = await getCategoryBySlug(slug);
  if (!category || !parsedSort.success) notFound();
  return <CategoryListingView category={category} query={{ sort: parsedSort.data, strona: 1 }} follow={<CategoryFollowBox slug={category.slug} />} />;
}
