import { changedFields } from "@/features/audit/changes";
import { recordAudit } from "@/features/audit/mutations";
import { refreshSearchDocuments } from "@/features/search/mutations";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { CategoryInput } from "./schema";

// The category tree, changed by administrators. Practices are indexed for search under their
// categories' names and ancestors, so a change re-indexes the practices below it.

type Author = { id: number; email: string };

export type CategoryWriteResult = { ok: true; id: number } | { ok: false; field: "slug" | "parentId" | "delete"; message: string };

async function descendantIds(id: number): Promise<number[]> {
  const rows = await db.$queryRaw<{ id: number }[]>`
    WITH RECURSIVE tree AS (SELECT id FROM category WHERE id = ${id} UNION ALL SELECT c.id FROM category c JOIN tree t ON c.parent_id = t.id)
    SELECT id FROM tree`;
  return rows.map((row) => row.id);
}

async function reindexBelow(categoryId: number): Promise<void> {
  const ids = await descendantIds(categoryId);
  const practices = await db.practiceCategory.findMany({ where: { categoryId: { in: ids } }, select: { practiceId: true }, distinct: ["practiceId"] });
  await refreshSearchDocuments(practices.map((row) => row.practiceId));
}

function slugTaken(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export async function createCategory(input: CategoryInput, author: Author, ip?: string): Promise<CategoryWriteResult> {
  try {
    const category = await db.$transaction(async (tx) => {
      const created = await tx.category.create({ data: input, select: { id: true } });
      await recordAudit({ action: "CATEGORY_CREATED", actor: author, subject: input.name, ip, details: { categoryId: created.id, slug: input.slug, parentId: input.parentId } }, tx);
      return created;
    });
    return { ok: true, id: category.id };
  } catch (error) {
    if (slugTaken(error)) return { ok: false, field: "slug", message: "Ten adres ma już inna kategoria: wpisz inny." };
    throw error;
  }
}

export async function updateCategory(id: number, input: CategoryInput, author: Author, ip?: string): Promise<CategoryWriteResult> {
  if (input.parentId !== null && (await descendantIds(id)).includes(input.parentId)) {
    return { ok: false, field: "parentId", message: "Kategoria nie może leżeć w sobie samej ani w swojej podkategorii." };
  }
  try {
    await db.$transaction(async (tx) => {
      const before = await tx.category.findUniqueOrThrow({ where: { id } });
      await tx.category.update({ where: { id }, data: input });
      const changed = changedFields(before, input);
      if (Object.keys(changed).length > 0) {
        await recordAudit({ action: "CATEGORY_UPDATED", actor: author, subject: input.name, ip, details: { categoryId: id, changed } }, tx);
      }
    });
  } catch (error) {
    if (slugTaken(error)) return { ok: false, field: "slug", message: "Ten adres ma już inna kategoria: wpisz inny." };
    throw error;
  }
  await reindexBelow(id);
  return { ok: true, id };
}

/** Only an empty category (no practices, no subcategories) can be deleted. */
export async function deleteCategory(id: number, author: Author, ip?: string): Promise<CategoryWriteResult> {
  const category = await db.category.findUnique({ where: { id }, select: { name: true, slug: true, _count: { select: { children: true, practiceLinks: true, primaryPractices: true } } } });
  if (!category) return { ok: false, field: "delete", message: "Tej kategorii już nie ma." };
  const { children, practiceLinks, primaryPractices } = category._count;
  if (children > 0 || practiceLinks > 0 || primaryPractices > 0) {
    return { ok: false, field: "delete", message: "Usunąć można tylko pustą kategorię: bez podkategorii i bez praktyk (także szkiców i praktyk w koszu)." };
  }
  await db.$transaction(async (tx) => {
    await tx.category.delete({ where: { id } });
    await recordAudit({ action: "CATEGORY_DELETED", actor: author, subject: category.name, ip, details: { categoryId: id, slug: category.slug } }, tx);
  });
  return { ok: true, id };
}
