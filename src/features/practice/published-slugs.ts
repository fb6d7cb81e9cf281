import type pg from "pg";

// Read by the HTTP front (outside Next) on its own pg pool: is this slug a published practice?
export type PublishedSlugCheck = (slug: string) => Promise<boolean>;

export function createPublishedSlugCheck(pool: pg.Pool): PublishedSlugCheck {
  return async (slug) => {
    const { rowCount } = await pool.query("SELECT 1 FROM practice WHERE slug = $1 AND status = 'published'", [slug]);
    return (rowCount ?? 0) > 0;
  };
}
