import type { ReactNode } from "react";
import { getCategoryTree } from "@/features/category/data";
import { CategoryNav } from "./CategoryNav";

type Props = { children: ReactNode; currentSlug?: string; activeSlugs?: string[] };

/** The original bank's layout: the category tree beside the content. */
export async function CataloguePage({ children, currentSlug, activeSlugs }: Props) {
  const tree = await getCategoryTree();
  return (
    <div className="mx-auto grid max-w-6xl gap-8 px-4 py-8 md:grid-cols-[15rem_1fr] print:block print:px-0 print:py-4">
      <div className="print:hidden">
        <CategoryNav tree={tree} currentSlug={currentSlug} activeSlugs={activeSlugs} />
      </div>
      <main id="tresc" tabIndex={-1} className="min-w-0 focus:outline-none">
        {children}
      </main>
    </div>
  );
}
