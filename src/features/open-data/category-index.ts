import type { CategoryRow } from "./data";

// The category tree from its flat rows, for outputs that must not depend on Next's data cache
// (getCategoryTree) and so can be tested against the database directly.

export class CategoryIndex {
  private readonly byId: Map<number, CategoryRow>;
  private readonly bySlug: Map<string, CategoryRow>;
  private readonly children = new Map<number | null, CategoryRow[]>();

  constructor(readonly rows: CategoryRow[]) {
    this.byId = new Map(rows.map((row) => [row.id, row]));
    this.bySlug = new Map(rows.map((row) => [row.slug, row]));
    for (const row of rows) this.children.set(row.parentId, [...(this.children.get(row.parentId) ?? []), row]);
  }

  get(id: number): CategoryRow | undefined {
    return this.byId.get(id);
  }

  find(slug: string): CategoryRow | undefined {
    return this.bySlug.get(slug);
  }

  /** The category and all its descendants. */
  subtreeIds(id: number): number[] {
    return [id, ...(this.children.get(id) ?? []).flatMap((child) => this.subtreeIds(child.id))];
  }

  /** The category and its ancestors, nearest first. */
  lineage(id: number): CategoryRow[] {
    const result: CategoryRow[] = [];
    for (let row = this.byId.get(id); row && !result.includes(row); row = row.parentId === null ? undefined : this.byId.get(row.parentId)) {
      result.push(row);
    }
    return result;
  }

  /** Depth-first, parents before children, siblings in their order. */
  inTreeOrder(parentId: number | null = null): CategoryRow[] {
    return (this.children.get(parentId) ?? []).flatMap((row) => [row, ...this.inTreeOrder(row.id)]);
  }
}
