import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CategoryListingView } from "@/features/category/components/CategoryListingView";
import { getCategoryBySlug } from "@/features/category/data";
import { categoryListingParamsSchema } from "@/features/practice/schema";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function categoryOrNotFound(params: Props["params"]) {
  const category = await getCategoryBySlug((await params).slug);
  if (!category) notFound();
  return category;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // No notFound() here: see features/practice/metadata.ts.
  const category = await getCategoryBySlug((await params).slug);
  if (!category) return { title: "Nie znaleziono strony" };
  return { title: category.path.map((node) => node.name).join(" : "), description: category.description ?? undefined };
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const category = await categoryOrNotFound(params);
  const query = categoryListingParamsSchema.parse(await searchParams);
  return <CategoryListingView category={category} query={query} />;
}
