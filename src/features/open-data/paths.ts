import { VOIVODESHIPS } from "@/features/practice/vocabulary";
import type { Voivodeship } from "@/generated/prisma/enums";

// The addresses of the open-data outputs and of the pages they link to, in one place.

export const paths = {
  practice: (slug: string) => `/praktyki/${slug}`,
  presentation: (slug: string) => `/praktyki/${slug}/prezentacja`,
  attachments: (slug: string) => `/praktyki/${slug}/zalaczniki`,
  attachment: (slug: string, id: number) => `/praktyki/${slug}/zalaczniki/${id}`,
  category: (slug: string) => `/kategorie/${slug}`,
  search: (query: string) => (query ? `/szukaj?${query}` : "/szukaj"),
  searchCsv: (query: string) => (query ? `/szukaj.csv?${query}` : "/szukaj.csv"),
  apiPractices: (query: string) => (query ? `/api/praktyki?${query}` : "/api/praktyki"),
  apiPractice: (slug: string) => `/api/praktyki/${slug}`,
  apiCategories: "/api/kategorie",
  openApi: "/api/openapi.json",
  feed: "/kanaly/praktyki.xml",
  searchFeed: (query: string) => (query ? `/kanaly/szukaj.xml?${query}` : "/kanaly/szukaj.xml"),
  categoryFeed: (slug: string) => `/kanaly/kategorie/${slug}.xml`,
  voivodeshipFeed: (voivodeship: Voivodeship) => `/kanaly/wojewodztwa/${VOIVODESHIPS[voivodeship].slug}.xml`,
  sitemapIndex: "/sitemap.xml",
  sitemap: (name: string) => `/sitemaps/${name}.xml`,
} as const;
