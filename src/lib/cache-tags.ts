// Cache tags shared by readers (unstable_cache) and the code that invalidates them.
export const CACHE_TAGS = {
  /** Categories, practices and their counts: changes when editors save. */
  catalogue: "catalogue",
  /** Visit totals and per-practice views: changes with every counted page view. */
  visitFigures: "visit-figures",
  /**
   * The visits and rankings of /statystyki: refreshed every 10 minutes rather than with every
   * counted view (they aggregate over every practice), and at start.
   */
  visitStatistics: "visit-statistics",
  /** "Publikacje i dokumenty": changes when editors add, edit or remove a document. */
  publications: "publications",
  /** "Inne bazy danych": changes when editors edit the list. */
  externalLinks: "external-links",
} as const;
