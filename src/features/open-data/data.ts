import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AdoptionStatus, PracticeStatus, type Voivodeship } from "@/generated/prisma/enums";
import { db } from "@/lib/db";

// Reads of the open-data outputs. Large outputs (CSV, sitemaps) read in batches of ids so that
// 100,000 practices never sit in memory at once.

export type CatalogueVersion = {
  /**
   * The last change of anything the outputs show: the newest write of any practice (publishing and
   * unpublishing included) or of what no practice row records (content_change "catalogue":
   * categories written or deleted, the search index rewritten). Null only in an empty database.
   */
  lastModified: Date | null;
  /** Changes with anything an export shows, also within one millisecond. */
  fingerprint: string;
};

/** What the validators (ETag, Last-Modified) of the large outputs are computed from: a few index reads. */
export async function getCatalogueVersion(): Promise<CatalogueVersion> {
  const [row] = await db.$queryRaw<{ last_modified: Date | null; fingerprint: string }[]>`
    SELECT
      greatest((SELECT max(updated_at) FROM practice), (SELECT changed_at FROM content_change WHERE part = 'catalogue')) AS last_modified,
      concat_ws('/',
        (SELECT count(*) FROM practice),
        (SELECT count(*) FROM practice WHERE status = 'published'),
        (SELECT version FROM search_index_state WHERE id = 1),
        (SELECT md5(coalesce(string_agg(concat_ws(':', id, slug, name, parent_id, position), ',' ORDER BY id), '')) FROM category),
        (SELECT concat_ws(':', count(*), max(id)) FROM attachment)
      ) AS fingerprint`;
  return { lastModified: row?.last_modified ?? null, fingerprint: row?.fingerprint ?? "" };
}

/** The last changes of "Publikacje i dokumenty" and "Inne bazy danych" (kept by triggers), for the sitemap. */
export async function getContentPageChanges(): Promise<{ publications: Date | null; externalLinks: Date | null }> {
  const rows = await db.contentChange.findMany({ where: { part: { in: ["publications", "external-links"] } } });
  const of = (part: string) => rows.find((row) => row.part === part)?.changedAt ?? null;
  return { publications: of("publications"), externalLinks: of("external-links") };
}

export type CategoryRow = { id: number; slug: string; name: string; description: string | null; parentId: number | null; updatedAt: Date };

/** Every category, in the order of the tree's siblings (a small table). */
export async function listCategories(): Promise<CategoryRow[]> {
  return db.category.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, slug: true, name: true, description: true, parentId: true, updatedAt: true },
  });
}

const attachmentSelect = { id: true, title: true, fileName: true, mimeType: true, byteSize: true } as const;

const listItemSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  locality: true,
  voivodeship: true,
  unitType: true,
  enteredOn: true,
  revisedOn: true,
  updatedAt: true,
  primaryCategory: { select: { slug: true, name: true } },
  attachments: { select: attachmentSelect, orderBy: [{ position: "asc" }, { id: "asc" }] },
  _count: { select: { adoptionReports: { where: { status: AdoptionStatus.APPROVED } } } },
} satisfies Prisma.PracticeSelect;

export type ApiListRecord = Prisma.PracticeGetPayload<{ select: typeof listItemSelect }>;

function inOrder<T extends { id: number }>(ids: number[], records: T[]): T[] {
  const byId = new Map(records.map((record) => [record.id, record]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Published practices of a result page, in the order of `ids`. */
export async function getApiListRecords(ids: number[]): Promise<ApiListRecord[]> {
  if (ids.length === 0) return [];
  const records = await db.practice.findMany({ where: { id: { in: ids }, status: PracticeStatus.PUBLISHED }, select: listItemSelect });
  return inOrder(ids, records);
}

/** The record's structured details, in the full record and the CSV alike. */
const detailsSelect = {
  periodStart: true,
  periodEnd: true,
  ongoing: true,
  results: true,
  resultFigures: true,
  totalCostPln: true,
  fundingSources: true,
  fundingProgramme: true,
  partners: true,
  transferPotential: true,
  sdgGoals: true,
  contactsVerifiedOn: true,
} satisfies Prisma.PracticeSelect;

const recordSelect = {
  ...listItemSelect,
  body: true,
  postalCode: true,
  postOffice: true,
  implementingUnit: true,
  street: true,
  website: true,
  population: true,
  primaryCategoryId: true,
  categories: { select: { category: { select: { id: true, slug: true, name: true, updatedAt: true } } } },
  contacts: { select: { name: true, role: true, phone: true, email: true, emailPublic: true }, orderBy: [{ position: "asc" }, { id: "asc" }] },
  ...detailsSelect,
  adoptionReports: {
    where: { status: AdoptionStatus.APPROVED },
    select: { unitName: true, unitType: true, voivodeship: true, year: true, changes: true, reviewedAt: true },
    orderBy: [{ year: "desc" }, { id: "asc" }],
  },
} satisfies Prisma.PracticeSelect;

export type ApiRecord = Prisma.PracticeGetPayload<{ select: typeof recordSelect }>;

/** The full record of a published practice; null for drafts, unpublished and unknown slugs. */
export async function getApiRecord(slug: string): Promise<ApiRecord | null> {
  return db.practice.findFirst({ where: { slug, status: PracticeStatus.PUBLISHED }, select: recordSelect });
}

const exportSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  locality: true,
  voivodeship: true,
  unitType: true,
  postalCode: true,
  postOffice: true,
  implementingUnit: true,
  street: true,
  website: true,
  population: true,
  enteredOn: true,
  revisedOn: true,
  primaryCategoryId: true,
  categories: { select: { category: { select: { id: true, name: true } } } },
  _count: { select: { attachments: true } },
  ...detailsSelect,
} satisfies Prisma.PracticeSelect;

export type ExportRecord = Prisma.PracticeGetPayload<{ select: typeof exportSelect }>;

/** One batch of CSV rows, in the order of `ids`. */
export async function getExportRecords(ids: number[]): Promise<ExportRecord[]> {
  if (ids.length === 0) return [];
  const records = await db.practice.findMany({ where: { id: { in: ids }, status: PracticeStatus.PUBLISHED }, select: exportSelect });
  return inOrder(ids, records);
}

const feedSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  locality: true,
  voivodeship: true,
  implementingUnit: true,
  enteredOn: true,
  updatedAt: true,
  primaryCategory: { select: { slug: true, name: true } },
} satisfies Prisma.PracticeSelect;

export type FeedRecord = Prisma.PracticeGetPayload<{ select: typeof feedSelect }>;

/** The most recently published or changed practices, of some categories (with their subcategories) or a voivodeship. */
export async function listFeedRecords(filter: { categoryIds?: number[]; voivodeship?: Voivodeship }, limit: number): Promise<FeedRecord[]> {
  return db.practice.findMany({
    where: {
      status: PracticeStatus.PUBLISHED,
      ...(filter.categoryIds ? { categories: { some: { categoryId: { in: filter.categoryIds } } } } : {}),
      ...(filter.voivodeship ? { voivodeship: filter.voivodeship } : {}),
    },
    orderBy: [{ updatedAt: "desc" }, { enteredOn: "desc" }, { id: "desc" }],
    take: limit,
    select: feedSelect,
  });
}

/** Feed entries of published practices, in the order of `ids` (a search's matches). */
export async function getFeedRecords(ids: number[]): Promise<FeedRecord[]> {
  if (ids.length === 0) return [];
  const records = await db.practice.findMany({ where: { id: { in: ids }, status: PracticeStatus.PUBLISHED }, select: feedSelect });
  return inOrder(ids, records);
}

export type SitemapPractice = { id: number; slug: string; updatedAt: Date; hasBody: boolean; hasAttachments: boolean };

/** Published practices by id, after `afterId`: one batch of a practice sitemap. */
export async function listSitemapPractices(afterId: number, limit: number): Promise<SitemapPractice[]> {
  return db.$queryRaw<SitemapPractice[]>`
    SELECT p.id, p.slug, p.updated_at AS "updatedAt", btrim(p.body) <> '' AS "hasBody",
      EXISTS (SELECT 1 FROM attachment a WHERE a.practice_id = p.id) AS "hasAttachments"
    FROM practice p
    WHERE p.status = 'published' AND p.id > ${afterId}
    ORDER BY p.id
    LIMIT ${limit}`;
}

/** The id before the first practice of the chunk (0 for the first): where its batches start. */
export async function sitemapChunkStart(chunk: number, chunkSize: number): Promise<number | null> {
  if (chunk === 0) return 0;
  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT id FROM practice WHERE status = 'published' ORDER BY id OFFSET ${chunk * chunkSize - 1} LIMIT 1`;
  return rows[0]?.id ?? null;
}

/** The practice sitemaps: how many practices each holds and when the newest of them changed. */
export async function listSitemapChunks(chunkSize: number): Promise<{ chunk: number; lastModified: Date }[]> {
  return db.$queryRaw<{ chunk: number; lastModified: Date }[]>`
    SELECT chunk::int AS chunk, max(updated_at) AS "lastModified"
    FROM (SELECT (row_number() OVER (ORDER BY id) - 1) / ${chunkSize}::int AS chunk, updated_at
          FROM practice WHERE status = 'published') AS numbered
    GROUP BY chunk ORDER BY chunk`;
}

/** For each category holding published practices directly, when the newest of them changed. */
export async function listCategoryLastChanges(): Promise<Map<number, Date>> {
  const rows = await db.$queryRaw<{ category_id: number; last_modified: Date }[]>`
    SELECT pc.category_id, max(p.updated_at) AS last_modified
    FROM practice_category pc JOIN practice p ON p.id = pc.practice_id
    WHERE p.status = 'published'
    GROUP BY pc.category_id`;
  return new Map(rows.map((row) => [row.category_id, row.last_modified]));
}
