import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SearchPage } from "@/features/search/components/SearchPage";
import { searchMetadata } from "@/features/search/search-metadata";
import { paramsOfSearchViewKey } from "@/features/search/search-view-key";

// A search, rendered once per canonical set of parameters and kept like the home page (saves and
// the visit counter revalidate it). Reached only through the HTTP front, which rewrites
// /szukaj?… here and refuses this address from outside (src/server/search-view.ts); the cache
// handler bounds how many of these entries are kept (src/server/next-cache-handler.mjs).

type Props = { params: Promise<{ zapytanie: string }> };

export const revalidate = 3600;
export function generateStaticParams(): { zapytanie: string }[] {
  return [];
}

async function paramsOf({ params }: Props) {
  return paramsOfSearchViewKey((await params).zapytanie);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const params = await paramsOf(props);
  return params ? searchMetadata(params) : { title: "Nie znaleziono strony" };
}

export default async function CachedSearch(props: Props) {
  const params = await paramsOf(props);
  if (!params) notFound();
  return <SearchPage params={params} />;
}
