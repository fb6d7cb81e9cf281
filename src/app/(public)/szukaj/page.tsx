import type { Metadata } from "next";
import { SearchPage } from "@/features/search/components/SearchPage";
import { searchMetadata } from "@/features/search/search-metadata";
import { searchParamsSchema } from "@/features/search/schema";

// Rendered per request only where the HTTP front does not send searches to the cached route
// (./widok/[zapytanie]); the same page either way.

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return searchMetadata(searchParamsSchema.parse(await searchParams));
}

export default async function Search({ searchParams }: Props) {
  return <SearchPage params={searchParamsSchema.parse(await searchParams)} />;
}
