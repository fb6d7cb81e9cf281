import type { ReactNode } from "react";
import Link from "next/link";
import { Pagination } from "@/components/ui/Pagination";
import type { CategoryInTree } from "@/features/category/data";
import { PracticeList } from "@/features/practice/components/PracticeList";
import { listCategoryPractices } from "@/features/practice/data";
import type { CategoryListingParams } from "@/features/practice/schema";
import { formatInteger, pluralPl } from "@/lib/format";
import { CataloguePage } from "./CataloguePage";
import { CategoryOverview } from "./CategoryOverview";

const PAGE_SIZE = 20;

const SORTS = [
  { value: "najnowsze", label: "od najnowszych" },
  { value: "tytul", label: "według tytułu (A–Z)" },
] as const;

/** The canonical address of a listing page: defaults left out. */
export function categoryListingHref(slug: string, sort: CategoryListingParams["sort"], page: number): string {
  const query = new URLSearchParams();
  if (sort !== "najnowsze") query.set("sort", sort);
  if (page > 1) query.set("strona", String(page));
  const search = query.toString();
  return `/kategorie/${slug}${search ? `?${search}` : ""}`;
}

type Props = {
  category: CategoryInTree;
  query: CategoryListingParams;
  /** The "Obserwuj" area, after the list (from features/search-alerts, which depends on category). */
  follow?: ReactNode;
};

export async function CategoryListingView({ category, query, follow }: Props) {
  const first = await listCategoryPractices({ categoryIds: category.subtreeIds, sort: query.sort, page: query.strona, pageSize: PAGE_SIZE });
  const pageCount = Math.max(1, Math.ceil(first.total / PAGE_SIZE));
  // A page number past the end shows the last page rather than an empty list.
  const page = Math.min(query.strona, pageCount);
  const listing =
    page === query.strona
      ? first
      : await listCategoryPractices({ categoryIds: category.subtreeIds, sort: query.sort, page, pageSize: PAGE_SIZE });
  const parent = category.path.at(-2);

  return (
    <CataloguePage currentSlug={category.slug}>
      {parent && (
        <p className="text-sm">
          <Link href={`/kategorie/${parent.slug}`}>{parent.name}</Link>
        </p>
      )}
      <h1 className="text-3xl font-bold">{category.name}</h1>
      {category.description && <p className="mt-2 max-w-prose text-lg">{category.description}</p>}
      {category.children.length > 0 && (
        <section aria-labelledby="podkategorie" className="mt-6">
          <h2 id="podkategorie" className="text-xl font-bold">
            Podkategorie
          </h2>
          <CategoryOverview tree={category.children} />
        </section>
      )}
      <section aria-labelledby="lista" className="mt-8">
        <h2 id="lista" className="text-xl font-bold">
          {formatInteger(listing.total)} {pluralPl(listing.total, "praktyka", "praktyki", "praktyk")}
          {pageCount > 1 && <span className="font-normal"> (strona {page} z {pageCount})</span>}
        </h2>
        <nav aria-label="Kolejność praktyk" className="mt-2 print-hidden">
          <span>Sortuj: </span>
          <ul className="inline-flex flex-wrap gap-3">
            {SORTS.map((sort) => (
              <li key={sort.value}>
                <Link
                  href={categoryListingHref(category.slug, sort.value, 1)}
                  aria-current={sort.value === query.sort ? "true" : undefined}
                  className={sort.value === query.sort ? "font-bold" : undefined}
                >
                  {sort.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {listing.total === 0 ? (
          <p className="mt-4">W tej kategorii nie ma jeszcze opublikowanych praktyk.</p>
        ) : (
          <PracticeList practices={listing.items} />
        )}
        <Pagination page={page} pageCount={pageCount} hrefFor={(n) => categoryListingHref(category.slug, query.sort, n)} />
      </section>
      {follow}
    </CataloguePage>
  );
}
