import { notFound } from "next/navigation";
import { practiceSlugSchema } from "./schema";

/**
 * The practice a `/praktyki/[slug]/…` page is about, read by `load`: a malformed slug, an unknown
 * one and one `load` refuses (a draft, a practice without a contact…) all give the 404 page.
 */
export async function practiceOfSlugParam<T>(params: Promise<{ slug: string }>, load: (slug: string) => Promise<T | null>): Promise<T> {
  const slug = practiceSlugSchema.safeParse((await params).slug);
  const practice = slug.success ? await load(slug.data) : null;
  if (!practice) notFound();
  return practice;
}
