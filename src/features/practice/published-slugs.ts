import type pg from "pg";

// Read by the HTTP front (outside Next) on its own pg pool: is this slug a published practice?
export function createPublishedPracticeCheck(pool: pg.Pool): (slug: string) => Promise<boolean> {
  return async (slug) => {
    const { rowCount } = await pool.query("SELECT 1 FROM practice WHERE slug = $1 AND status = 'published'", [slug]);
    return (rowCount ?? 0) > 0;
  };
}
