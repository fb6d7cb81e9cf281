import Link from "next/link";
import type { CategoryNode } from "@/features/category/data";
import { formatInteger, pluralPl } from "@/lib/format";

function PracticeCount({ count }: { count: number }) {
  return (
    <span className="text-slate-700">
      {" "}
      ({formatInteger(count)} {pluralPl(count, "praktyka", "praktyki", "praktyk")})
    </span>
  );
}

/** A category page's subcategories: one wrapped line of links with counts, so the listing follows soon. */
export function SubcategoryLinks({ categories }: { categories: CategoryNode[] }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-2">
      {categories.map((category) => (
        <li key={category.id} className="border border-slate-300 bg-slate-50 px-3 py-1">
          <Link href={`/kategorie/${category.slug}`} className="font-semibold">
            {category.name}
          </Link>
          <PracticeCount count={category.practiceCount} />
        </li>
      ))}
    </ul>
  );
}

/** The category tree with the number of practices in each, as the home page's cards. */
export function CategoryOverview({ tree }: { tree: CategoryNode[] }) {
  return (
    <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {tree.map((category) => (
        <li key={category.id} className="border-t-4 border-brand-700 bg-slate-50 p-4">
          <Link href={`/kategorie/${category.slug}`} className="text-subheading font-bold">
            {category.name}
          </Link>
          <PracticeCount count={category.practiceCount} />
          {category.description && <p className="mt-1 text-meta text-slate-700">{category.description}</p>}
          {category.children.length > 0 && (
            <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
              {category.children.map((child) => (
                <li key={child.id}>
                  <Link href={`/kategorie/${child.slug}`}>{child.name}</Link>
                  <PracticeCount count={child.practiceCount} />
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
