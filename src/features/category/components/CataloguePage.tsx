import type { ReactNode } from "react";
import { getCategoryTree } from "@/features/category/data";
import { CategoryNav } from "./CategoryNav";

type Props = {
  children: ReactNode;
  currentSlug?: string;
  activeSlugs?: string[];
  /** The home page shows the categories as its own grid: no tree beside it. */
  withCategoryTree?: boolean;
};

const MAIN = "min-w-0 focus:outline-none";

/**
 * The original bank's layout: the category tree beside the content. On a phone the tree folds into
 * one line above the content ("Kategorie praktyk"), so the page's own title comes first.
 */
export async function CataloguePage({ children, currentSlug, activeSlugs, withCategoryTree = true }: Props) {
  if (!withCategoryTree) {
    return (
      <main id="tresc" tabIndex={-1} className={`mx-auto max-w-6xl px-gutter py-6 md:py-8 print:px-0 ${MAIN}`}>
        {children}
      </main>
    );
  }
  const tree = await getCategoryTree();
  return (
    <div className="mx-auto grid max-w-6xl gap-x-8 gap-y-4 px-gutter py-4 md:grid-cols-[15rem_1fr] md:py-8 print:block print:px-0 print:py-4">
      <details className="fold-narrow print:hidden">
        <summary className="border border-slate-400 px-3 py-2 font-semibold text-slate-900">Kategorie praktyk</summary>
        <div className="border-x border-b border-slate-400 px-3 pb-3 md:border-0 md:p-0">
          <CategoryNav tree={tree} currentSlug={currentSlug} activeSlugs={activeSlugs} />
        </div>
      </details>
      <main id="tresc" tabIndex={-1} className={MAIN}>
        {children}
      </main>
    </div>
  );
}
