import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { db } from "@/lib/db";

export type CategoryNode = {
  id: number;
  slug: string;
  name: string;
  description: string | null;
  /** Published practices in this category or any of its subcategories, each counted once. */
  practiceCount: number;
  children: CategoryNode[];
};

export type CategoryInTree = CategoryNode & {
  /** From the top-level category down to this one. */
  path: CategoryNode[];
  /** This category's id and those of all its descendants. */
  subtreeIds: number[];
};

async function readCategoryTree(): Promise<CategoryNode[]> {
  const [categories, counts] = await Promise.all([
    db.category.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }] }),
    // facet_total (kept by a trigger on the search index) counts published practices per set of
    // categories, ancestors included: a category's count is the sum over the sets holding it.
    db.$queryRaw<{ id: number; n: number }[]>`
      SELECT category_id::int AS id, sum(count)::int AS n
      FROM facet_total, unnest(string_to_array(category_key, ',')) AS category_id
      WHERE category_key <> ''
      GROUP BY category_id`,
  ]);
  const countOf = new Map(counts.map((row) => [row.id, row.n]));
  const nodes = new Map<number, CategoryNode>(
    categories.map((category) => [
      category.id,
      {
        id: category.id,
        slug: category.slug,
        name: category.name,
        description: category.description,
        practiceCount: countOf.get(category.id) ?? 0,
        children: [],
      },
    ]),
  );
  const roots: CategoryNode[] = [];
  for (const category of categories) {
    const node = nodes.get(category.id)!;
    const parent = category.parentId === null ? undefined : nodes.get(category.parentId);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** The whole tree with counts; cached across requests until the catalogue changes. */
export const getCategoryTree = unstable_cache(readCategoryTree, ["category-tree"], {
  tags: [CACHE_TAGS.catalogue],
  revalidate: 3600,
});

function findInTree(nodes: CategoryNode[], slug: string, path: CategoryNode[] = []): CategoryInTree | null {
  for (const node of nodes) {
    const here = [...path, node];
    if (node.slug === slug) return { ...node, path: here, subtreeIds: subtreeIdsOf(node) };
    const found = findInTree(node.children, slug, here);
    if (found) return found;
  }
  return null;
}

function subtreeIdsOf(node: CategoryNode): number[] {
  return [node.id, ...node.children.flatMap(subtreeIdsOf)];
}

export const getCategoryBySlug = cache(async (slug: string): Promise<CategoryInTree | null> => {
  return findInTree(await getCategoryTree(), slug);
});

/** The whole tree for administrators: every category with its counts of practices of any state. */
export async function listCategoriesForAdmin() {
  const categories = await db.category.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, slug: true, name: true, description: true, position: true, parentId: true, _count: { select: { practiceLinks: true, children: true } } },
  });
  type Row = (typeof categories)[number] & { depth: number };
  const byParent = new Map<number | null, typeof categories>();
  for (const category of categories) byParent.set(category.parentId, [...(byParent.get(category.parentId) ?? []), category]);
  const rows: Row[] = [];
  const walk = (parentId: number | null, depth: number) => {
    for (const category of byParent.get(parentId) ?? []) {
      rows.push({ ...category, depth });
      walk(category.id, depth + 1);
    }
  };
  walk(null, 0);
  return rows;
}

export async function getCategoryForAdmin(id: number) {
  return db.category.findUnique({ where: { id }, select: { id: true, slug: true, name: true, description: true, position: true, parentId: true } });
}
