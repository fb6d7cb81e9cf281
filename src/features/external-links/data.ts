import "server-only";
import { unstable_cache } from "next/cache";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { db } from "@/lib/db";

export type ExternalLinkItem = { id: number; title: string; url: string; description: string };

/** Uncached; pages use listExternalLinks (exported for the database tests). */
export async function readExternalLinks(): Promise<ExternalLinkItem[]> {
  return db.externalLink.findMany({
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, title: true, url: true, description: true },
  });
}

/** The list in the editors' order; cached until they change it. */
export const listExternalLinks = unstable_cache(readExternalLinks, ["external-links"], {
  tags: [CACHE_TAGS.externalLinks],
  revalidate: 3600,
});

/** One link with every field, for the editors' form. */
export async function getExternalLink(id: number) {
  return db.externalLink.findUnique({ where: { id } });
}

/** The editors' list, in the public order, with each link's position. */
export async function listExternalLinksForEditors() {
  return db.externalLink.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, title: true, url: true, position: true } });
}
