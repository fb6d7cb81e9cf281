import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { categoryListingHref, CategoryListingView } from "@/features/category/components/CategoryListingView";
import { getCategoryBySlug } from "@/features/category/data";
import { categoryListingParamsSchema } from "@/features/practice/schema";
import { BANK_FEED, categoryFeed } from "@/features/site/feed-links";
import { pageMetadata } from "@/features/site/page-metadata";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function categoryOrNotFound(params: Props["params"]) {
  const category = await getCategoryBySlug((await params).slug);
  if (!category) notFound();
  return category;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  // No notFound() here: see features/practice/metadata.ts.
  const category = await getCategoryBySlug((await params).slug);
  if (!category) return { title: "Nie znaleziono strony" };
  const query = categoryListingParamsSchema.parse(await searchParams);
  return pageMetadata({
    title: category.path.map((node) => node.name).join(" : "),
    description: category.description ?? undefined,
    path: categoryListingHref(category.slug, query.sort, query.strona),
    feeds: [categoryFeed(category), BANK_FEED],
  });
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const category = await categoryOrNotFound(params);
  const query = categoryListingParamsSchema.parse(await searchParams);
  return <CategoryListingView category={category} query={query} />;
}
