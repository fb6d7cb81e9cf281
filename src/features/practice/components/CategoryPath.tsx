type PathCategory = { slug: string; name: string; parent: { slug: string; name: string } | null };

/** "Usługi społeczne › Pomoc społeczna": the same separator as the practice page's breadcrumbs. */
export function categoryPathText(category: PathCategory): string {
  return category.parent ? `${category.parent.name} › ${category.name}` : category.name;
}

export function categoryPathSlugs(category: PathCategory): string[] {
  return category.parent ? [category.parent.slug, category.slug] : [category.slug];
}
