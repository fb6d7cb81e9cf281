import type { Metadata } from "next";
import { getCategoryBySlug } from "./data";

/** Title and description of a category page; no notFound() here (see features/practice/metadata.ts). */
export async function categoryMetadata(slug: string): Promise<Metadata> {
  const category = await getCategoryBySlug(slug);
  if (!category) return { title: "Nie znaleziono strony" };
  return { title: category.path.map((node) => node.name).join(" : "), description: category.description ?? undefined };
}
