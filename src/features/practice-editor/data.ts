import "server-only";
import { cache } from "react";
import { practiceSnapshotSchema } from "@/features/practice/snapshot";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { AdminListParams } from "./list-params";
import { STATUS_FILTERS } from "./status";

export const ADMIN_PAGE_SIZE = 25;

/** All practices, drafts too (the bin only when asked for), filtered, sorted and paged. */
export async function listAdminPractices(params: AdminListParams, categoryIds: number[] | null) {
  const status = params.stan ? STATUS_FILTERS[params.stan] : null;
  const where: Prisma.PracticeWhereInput = {
    deletedAt: status === "BIN" ? { not: null } : null,
    ...(status && status !== "BIN" ? { status } : {}),
    ...(params.q ? { title: { contains: params.q, mode: "insensitive" } } : {}),
    ...(params.wojewodztwo ? { voivodeship: params.wojewodztwo } : {}),
    ...(categoryIds ? { categories: { some: { categoryId: { in: categoryIds } } } } : {}),
  };
  const orderBy: Prisma.PracticeOrderByWithRelationInput[] =
    params.sort === "tytul" ? [{ title: "asc" }, { id: "asc" }] : params.sort === "wprowadzenie" ? [{ enteredOn: "desc" }, { id: "desc" }] : [{ updatedAt: "desc" }, { id: "desc" }];
  const [items, total] = await Promise.all([
    db.practice.findMany({
      where,
      orderBy,
      skip: (params.strona - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: {
        id: true, title: true, slug: true, status: true, locality: true, voivodeship: true, updatedAt: true, deletedAt: true,
        primaryCategory: { select: { name: true } },
        versions: { orderBy: { number: "desc" }, take: 1, select: { author: { select: { name: true } } } },
      },
    }),
    db.practice.count({ where }),
  ]);
  return { items, total };
}

export type AdminListItem = Awaited<ReturnType<typeof listAdminPractices>>["items"][number];

/** A practice with everything its edit page shows; null when there is none (or it was purged). */
export const getPracticeForEditing = cache(async (id: number) => {
  return db.practice.findUnique({
    where: { id },
    include: {
      contacts: { orderBy: [{ position: "asc" }, { id: "asc" }] },
      categories: { select: { categoryId: true } },
      // The extracted text is for search only: the page shows its status, not the text.
      attachments: { orderBy: [{ position: "asc" }, { id: "asc" }], omit: { text: true } },
      versions: { orderBy: { number: "desc" }, take: 1, select: { createdAt: true, author: { select: { name: true } } } },
    },
  });
});

export type PracticeForEditing = NonNullable<Awaited<ReturnType<typeof getPracticeForEditing>>>;

export async function isSlugTaken(slug: string, exceptId: number | null): Promise<boolean> {
  return (await db.practice.count({ where: { slug, ...(exceptId ? { id: { not: exceptId } } : {}) } })) > 0;
}

export async function findMissingCategories(ids: number[]): Promise<number[]> {
  const found = new Set((await db.category.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((row) => row.id));
  return ids.filter((id) => !found.has(id));
}

/** The history: every version, newest first, with its author. */
export async function listVersions(practiceId: number) {
  const versions = await db.practiceVersion.findMany({
    where: { practiceId },
    orderBy: { number: "desc" },
    select: { number: true, change: true, restoredFrom: true, createdAt: true, snapshot: true, author: { select: { name: true, email: true } } },
  });
  return versions.map(({ snapshot, ...version }) => ({ ...version, snapshot: practiceSnapshotSchema.parse(snapshot) }));
}

export type VersionEntry = Awaited<ReturnType<typeof listVersions>>[number];

/** Names of every category, by id (also of categories an old version names). */
export async function categoryNames(): Promise<Map<number, string>> {
  const categories = await db.category.findMany({ select: { id: true, name: true, parent: { select: { name: true } } } });
  return new Map(categories.map((category) => [category.id, category.parent ? `${category.parent.name} › ${category.name}` : category.name]));
}

/** Categories for the form and the list's filter: depth-first, in their order. */
export async function listCategoryOptions() {
  const categories = await db.category.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true, slug: true, parentId: true } });
  const children = new Map<number | null, typeof categories>();
  for (const category of categories) children.set(category.parentId, [...(children.get(category.parentId) ?? []), category]);
  const options: { id: number; name: string; slug: string; depth: number; parentName: string | null; subtreeIds: number[] }[] = [];
  const walk = (parentId: number | null, depth: number, parentName: string | null): number[] => {
    const ids: number[] = [];
    for (const category of children.get(parentId) ?? []) {
      const option = { id: category.id, name: category.name, slug: category.slug, depth, parentName, subtreeIds: [category.id] };
      options.push(option);
      option.subtreeIds.push(...walk(category.id, depth + 1, category.name));
      ids.push(...option.subtreeIds);
    }
    return ids;
  };
  walk(null, 0, null);
  return options;
}
