import type pg from "pg";

// Read by the HTTP front (outside Next) on its own pg pool: does this address name a record?
export type SlugCheck = (slug: string) => Promise<boolean>;

export function createPublishedPracticeCheck(pool: pg.Pool): SlugCheck {
  return async (slug) => {
    const { rowCount } = await pool.query("SELECT 1 FROM practice WHERE slug = $1 AND status = 'published'", [slug]);
    return (rowCount ?? 0) > 0;
  };
}

export function createCategoryCheck(pool: pg.Pool): SlugCheck {
  return async (slug) => {
    const { rowCount } = await pool.query("SELECT 1 FROM category WHERE slug = $1", [slug]);
    return (rowCount ?? 0) > 0;
  };
}
