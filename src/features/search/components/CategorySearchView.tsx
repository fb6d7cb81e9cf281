import type { ReactNode } from "react";
import { Breadcrumbs, HOME_CRUMB } from "@/components/ui/Breadcrumbs";
import { CategoryNav } from "@/features/category/components/CategoryNav";
import { SubcategoryLinks } from "@/features/category/components/CategoryOverview";
import { getCategoryTree, type CategoryInTree } from "@/features/category/data";
import { activeFilters } from "@/features/search/active-filters";
import { relaxationsOf } from "@/features/search/relaxations";
import { runSearch } from "@/features/search/run-search";
import type { SearchParams } from "@/features/search/schema";
import { categoryScope, paramsInScope } from "@/features/search/scope";
import { ListingLayout } from "./ListingLayout";
import { SearchFacets } from "./SearchFacets";
import { SearchListing } from "./SearchListing";
import { SearchWordsForm } from "./SearchWordsForm";

type Props = {
  category: CategoryInTree;
  params: SearchParams;
  /** The "Obserwuj" area, after the results. */
  follow?: ReactNode;
};

/** A category page: the search of /szukaj fixed to the category (and its subcategories), at the category's address. */
export async function CategorySearchView({ category, params, follow }: Props) {
  const scope = categoryScope(category.slug);
  const [outcome, tree] = await Promise.all([runSearch(paramsInScope(scope, params)), getCategoryTree()]);
  const relaxations = outcome.total === 0 ? await relaxationsOf(outcome, tree, scope) : [];
  const filters = activeFilters({ params: outcome.params, scope }, tree);
  const parent = category.path.at(-2);
  return (
    <ListingLayout
      intro={
        <>
          <Breadcrumbs steps={[HOME_CRUMB, ...(parent ? [{ href: `/kategorie/${parent.slug}`, label: parent.name }] : [])]} />
          <h1 className="mt-2 text-title font-bold">{category.name}</h1>
          {category.description && <p className="mt-2 max-w-prose text-lg">{category.description}</p>}
          {category.children.length > 0 && (
            <section aria-labelledby="podkategorie" className="mt-4">
              <h2 id="podkategorie" className="text-subheading font-bold">
                Podkategorie
              </h2>
              <SubcategoryLinks categories={category.children} />
            </section>
          )}
          <SearchWordsForm params={outcome.params} scope={scope} label="Szukaj w tej kategorii" ariaLabel={`Szukaj w kategorii ${category.name}`} />
        </>
      }
      filters={<SearchFacets params={outcome.params} facets={outcome.facets} tree={tree} scope={scope} />}
      activeFilterCount={filters.length}
      categories={<CategoryNav tree={tree} currentSlug={category.slug} />}
    >
      <SearchListing outcome={outcome} filters={filters} relaxations={relaxations} scope={scope} follow={follow} />
    </ListingLayout>
  );
}
