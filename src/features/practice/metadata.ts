import type { Metadata } from "next";
import { findPublishedPractice } from "./data";

const VIEW_TITLES = { skrot: "", prezentacja: "Pełna prezentacja: ", zalaczniki: "Załączniki: " } as const;

// Metadata never calls notFound(): thrown there, Next sends its bare error shell instead of our
// server-rendered 404 page. The page itself calls notFound() and renders the real one.
export async function practiceMetadata(rawSlug: string, view: keyof typeof VIEW_TITLES): Promise<Metadata> {
  const practice = await findPublishedPractice(rawSlug);
  if (!practice) return { title: "Nie znaleziono strony" };
  return {
    title: `${VIEW_TITLES[view]}${practice.title}`,
    description: practice.summary.split(/\n\s*\n/)[0]?.slice(0, 300),
  };
}
