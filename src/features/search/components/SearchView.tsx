import type { ReactNode } from "react";
import type { CategoryNode } from "@/features/category/data";
import type { Relaxation } from "@/features/search/relaxations";
import type { SearchOutcome } from "@/features/search/run-search";
import { activeFilters } from "@/features/search/active-filters";
import { WHOLE_BANK } from "@/features/search/scope";
import { ListingLayout } from "./ListingLayout";
import { SearchFacets } from "./SearchFacets";
import { SearchListing } from "./SearchListing";
import { SearchWordsForm } from "./SearchWordsForm";

type Props = {
  outcome: SearchOutcome;
  tree: CategoryNode[];
  relaxations: Relaxation[];
  follow?: ReactNode;
};

/** /szukaj: the whole bank. */
export function SearchView({ outcome, tree, relaxations, follow }: Props) {
  const { params } = outcome;
  const filters = activeFilters({ params, scope: WHOLE_BANK }, tree);
  const heading = params.q ? `Wyniki wyszukiwania: „${params.q}”` : "Wyszukiwanie praktyk";
  return (
    <ListingLayout
      intro={
        <>
          <h1 className="text-title font-bold">{heading}</h1>
          <SearchWordsForm params={params} scope={WHOLE_BANK} label="Szukane słowa" ariaLabel="Zmień szukane słowa" />
          {/* With words typed, a phone goes straight on to the results; the hints wait for a wider screen. */}
          <p className={`mt-2 text-meta text-slate-700 ${params.q ? "hidden sm:block" : ""}`}>
            Wskazówki: odmiana i polskie znaki nie mają znaczenia; „cudzysłów” szuka całej frazy; początek słowa (np. rewital) też wystarczy.
          </p>
        </>
      }
      filters={<SearchFacets params={params} facets={outcome.facets} tree={tree} scope={WHOLE_BANK} />}
      activeFilterCount={filters.length}
    >
      <SearchListing outcome={outcome} filters={filters} relaxations={relaxations} scope={WHOLE_BANK} follow={follow} />
    </ListingLayout>
  );
}
