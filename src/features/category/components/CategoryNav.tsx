import Link from "next/link";
import type { CategoryNode } from "@/features/category/data";

type Props = {
  tree: CategoryNode[];
  /** The category whose page this is. */
  currentSlug?: string;
  /** Categories the current page belongs to (a practice's category path). */
  activeSlugs?: string[];
};

export function CategoryNav({ tree, currentSlug, activeSlugs = [] }: Props) {
  return (
    <nav aria-labelledby="kategorie-naglowek" className="print-hidden">
      {/* On a phone the disclosure's summary already says it. */}
      <h2 id="kategorie-naglowek" className="sr-only md:not-sr-only md:mb-2 md:block md:text-subheading md:font-bold">
        Kategorie praktyk
      </h2>
      <CategoryLevel nodes={tree} currentSlug={currentSlug} activeSlugs={activeSlugs} />
    </nav>
  );
}

type LevelProps = { nodes: CategoryNode[]; currentSlug?: string; activeSlugs: string[]; nested?: boolean };

function CategoryLevel({ nodes, currentSlug, activeSlugs, nested = false }: LevelProps) {
  return (
    <ul className={nested ? "ml-4 border-l border-slate-300 pl-3" : "space-y-1"}>
      {nodes.map((node) => {
        const current = node.slug === currentSlug ? "page" : activeSlugs.at(-1) === node.slug ? "true" : undefined;
        return (
          <li key={node.id} className="py-0.5">
            <Link
              href={`/kategorie/${node.slug}`}
              aria-current={current}
              className={current ? "font-bold text-brand-900 decoration-2" : undefined}
            >
              {node.name}
            </Link>
            {node.children.length > 0 && (
              <CategoryLevel nodes={node.children} currentSlug={currentSlug} activeSlugs={activeSlugs} nested />
            )}
          </li>
        );
      })}
    </ul>
  );
}
