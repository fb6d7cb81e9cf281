import "server-only";
import { unstable_cache } from "next/cache";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { db } from "@/lib/db";

export type PublicationListItem = {
  id: number;
  title: string;
  description: string;
  /** "YYYY-MM-DD"; a string because cached values travel as JSON. */
  publishedOn: string;
  fileName: string;
  mimeType: string;
  byteSize: number;
};

/** Uncached; pages use listPublications (exported for the database tests). */
export async function readPublications(): Promise<PublicationListItem[]> {
  const rows = await db.publication.findMany({
    orderBy: [{ publishedOn: "desc" }, { id: "desc" }],
    select: { id: true, title: true, description: true, publishedOn: true, fileName: true, mimeType: true, byteSize: true },
  });
  return rows.map((row) => ({ ...row, publishedOn: row.publishedOn.toISOString().slice(0, 10) }));
}

/** Every publication, newest first; cached until editors change the list. */
export const listPublications = unstable_cache(readPublications, ["publications"], {
  tags: [CACHE_TAGS.publications],
  revalidate: 3600,
});

/** What the download route needs; null for an unknown id. */
export async function getPublicationFile(id: number) {
  return db.publication.findUnique({
    where: { id },
    select: { id: true, fileName: true, mimeType: true, byteSize: true, storageKey: true },
  });
}

/** One publication with every field, for the editors' form. */
export async function getPublication(id: number) {
  return db.publication.findUnique({ where: { id } });
}

/** The editors' list: every publication with its downloads, newest first. */
export async function listPublicationsForEditors() {
  return db.publication.findMany({
    orderBy: [{ publishedOn: "desc" }, { id: "desc" }],
    select: { id: true, title: true, publishedOn: true, fileName: true, mimeType: true, byteSize: true, downloadCount: true, updatedAt: true },
  });
}
