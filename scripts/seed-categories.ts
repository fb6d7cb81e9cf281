import { db } from "../src/lib/db";
import { demoCategories } from "./demo-data/categories";
import type { DemoCategory } from "./demo-data/types";

/** Creates the category tree; returns slug → id. */
export async function seedCategories(categories: DemoCategory[] = demoCategories): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const create = async (category: DemoCategory, position: number, parentId: number | null) => {
    const { id } = await db.category.create({
      data: { slug: category.slug, name: category.name, description: category.description, position, parentId },
    });
    ids.set(category.slug, id);
    for (const [index, child] of (category.children ?? []).entries()) await create(child, index, id);
  };
  for (const [index, category] of categories.entries()) await create(category, index, null);
  return ids;
}
