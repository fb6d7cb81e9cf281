import type pg from "pg";

// Read by the HTTP front (outside Next) on its own pg pool: is this slug a category?
export function createCategoryCheck(pool: pg.Pool): (slug: string) => Promise<boolean> {
  return async (slug) => {
    const { rowCount } = await pool.query("SELECT 1 FROM category WHERE slug = $1", [slug]);
    return (rowCount ?? 0) > 0;
  };
}
