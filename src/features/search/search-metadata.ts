import type { Metadata } from "next";
import { searchFeed, voivodeshipFeed } from "@/features/site/feed-links";
import { pageMetadata } from "@/features/site/page-metadata";
import { searchQueryString, type SearchParams } from "./schema";

/** Title, canonical address and feeds of a /szukaj page; searches are not for indexing. */
export function searchMetadata(params: SearchParams): Metadata {
  const query = searchQueryString(params);
  return {
    ...pageMetadata({
      title: params.q ? `Szukaj: ${params.q}` : "Wyszukiwanie praktyk",
      path: query ? `/szukaj?${query}` : "/szukaj",
      feeds: [searchFeed(searchQueryString(params, { strona: 1 })), ...params.wojewodztwo.map(voivodeshipFeed)],
    }),
    robots: { index: false, follow: true },
  };
}
