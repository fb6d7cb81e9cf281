import type { Metadata } from "next";
import { paths } from "@/features/open-data/paths";
import { pageMetadata } from "@/features/site/page-metadata";
import { findPublishedPractice } from "./data";

const VIEW_TITLES = { skrot: "", prezentacja: "Pełna prezentacja: ", zalaczniki: "Załączniki: " } as const;
const VIEW_PATHS = { skrot: paths.practice, prezentacja: paths.presentation, zalaczniki: paths.attachments } as const;

// Metadata never calls notFound(): thrown there, Next sends its bare error shell instead of our
// server-rendered 404 page. The page itself calls notFound() and renders the real one.
export async function practiceMetadata(rawSlug: string, view: keyof typeof VIEW_TITLES): Promise<Metadata> {
  const practice = await findPublishedPractice(rawSlug);
  if (!practice) return { title: "Nie znaleziono strony" };
  return pageMetadata({
    title: `${VIEW_TITLES[view]}${practice.title}`,
    description: practice.summary.split(/\n\s*\n/)[0]?.slice(0, 300),
    path: VIEW_PATHS[view](practice.slug),
    type: "article",
  });
}
