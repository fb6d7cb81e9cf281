import { paths } from "@/features/open-data/paths";
import { VOIVODESHIPS } from "@/features/practice/vocabulary";
import type { Voivodeship } from "@/generated/prisma/enums";
import type { FeedLink } from "./page-metadata";

// The Atom feeds pages announce in their <head> (features/open-data/feeds.ts serves them).

export const BANK_FEED: FeedLink = { url: paths.feed, title: "Bank Dobrych Praktyk: nowe i zaktualizowane praktyki" };

export function categoryFeed(category: { slug: string; name: string }): FeedLink {
  return { url: paths.categoryFeed(category.slug), title: `Nowe praktyki w kategorii „${category.name}”` };
}

export function voivodeshipFeed(voivodeship: Voivodeship): FeedLink {
  return { url: paths.voivodeshipFeed(voivodeship), title: `Nowe praktyki: województwo ${VOIVODESHIPS[voivodeship].label}` };
}

export function searchFeed(query: string): FeedLink {
  return { url: paths.searchFeed(query), title: "Praktyki tego wyszukiwania" };
}
