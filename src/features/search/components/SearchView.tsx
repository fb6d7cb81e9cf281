import type { ReactNode } from "react";
import Link from "next/link";
import { Pagination } from "@/components/ui/Pagination";
import type { CategoryNode } from "@/features/category/data";
import { paths } from "@/features/open-data/paths";
import type { SearchOutcome } from "@/features/search/run-search";
import { RESULTS_PER_PAGE } from "@/features/search/run-search";
import type { Relaxation } from "@/features/search/relaxations";
import { searchQueryPairs, searchQueryString, type SearchParams } from "@/features/search/schema";
import { SEARCH_SORTS } from "@/features/search/vocabulary";
import { formatInteger, pluralPl } from "@/lib/format";
import { activeFilters, clearFiltersHref } from "@/features/search/active-filters";
import { SearchFacets } from "./SearchFacets";
import { SearchNoResults } from "./SearchNoResults";
import { SearchResults } from "./SearchResults";

function searchHref(query: string): string {
  return query ? `/szukaj?${query}` : "/szukaj";
}

/** The map of the same search: every voivodeship's count under the other filters (the map reads the same parameters). */
export function mapHref(params: SearchParams): string {
  const query = searchQueryString(params, { wojewodztwo: [], sort: undefined, strona: 1 });
  return query ? `/mapa?${query}` : "/mapa";
}

type Props = {
  outcome: SearchOutcome;
  tree: CategoryNode[];
  relaxations: Relaxation[];
  /** The "Obserwuj" area, after the results (from features/search-alerts, which depends on search). */
  follow?: ReactNode;
};

export function SearchView({ outcome, tree, relaxations, follow }: Props) {
  const { params } = outcome;
  const filters = activeFilters(params, tree);
  const heading = params.q ? `Wyniki wyszukiwania: „${params.q}”` : "Wyszukiwanie praktyk";
  return (
    // In reading order the heading and the words come before the filters; on wide screens the
    // filters stand beside them, in the left column.
    <main
      id="tresc"
      tabIndex={-1}
      className="mx-auto grid max-w-6xl gap-x-8 px-4 py-8 focus:outline-none md:grid-cols-[16rem_minmax(0,1fr)] md:grid-rows-[auto_1fr] print:block"
    >
      <div className="min-w-0 md:col-start-2 md:row-start-1">
        <h1 className="text-3xl font-bold">{heading}</h1>
        <form action="/szukaj" method="get" role="search" aria-label="Zmień szukane słowa" className="mt-4 flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="szukaj-q" className="block font-semibold">
              Szukane słowa
            </label>
            <input id="szukaj-q" name="q" type="search" defaultValue={params.q} maxLength={200} className="w-72 border-2 border-slate-700 px-2 py-1" />
          </div>
          {/* A new query keeps the filters and starts again at page 1 with the default order. */}
          {searchQueryPairs(params, { q: "", sort: undefined, strona: 1 }).map(([name, value]) => (
            <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
          ))}
          <button type="submit" className="bg-brand-800 px-4 py-1.5 font-semibold text-white">
            Szukaj
          </button>
        </form>
        <p className="mt-2 text-sm text-slate-700">
          Wskazówki: odmiana i polskie znaki nie mają znaczenia; „cudzysłów” szuka całej frazy; początek słowa (np. rewital) też wystarczy.
        </p>
      </div>

      <div className="mt-6 print-hidden md:col-start-1 md:row-span-2 md:row-start-1 md:mt-0">
        <SearchFacets params={params} facets={outcome.facets} tree={tree} />
      </div>

      <div className="min-w-0 md:col-start-2 md:row-start-2">
        {filters.length > 0 && (
          <section aria-labelledby="aktywne-filtry" className="mt-4">
            <h2 id="aktywne-filtry" className="font-bold">
              Aktywne filtry
            </h2>
            <ul className="mt-1 flex flex-wrap gap-2">
              {filters.map((filter) => (
                <li key={filter.removeHref}>
                  <Link href={filter.removeHref} className="inline-block border border-slate-400 px-2 py-0.5">
                    {filter.label} <span aria-hidden="true">✕</span>
                    <span className="sr-only"> (usuń filtr)</span>
                  </Link>
                </li>
              ))}
              <li>
                <Link href={clearFiltersHref(params)} className="inline-block px-2 py-0.5 font-semibold">
                  Wyczyść wszystkie filtry
                </Link>
              </li>
            </ul>
          </section>
        )}

        <section aria-labelledby="wyniki" className="mt-6">
          {/* Pages, sort orders and removed filters are links that navigate client-side when
              JavaScript runs: this heading stays and its new text is announced. Next's route
              announcer only reads a changed page title, which these keep. */}
          <h2 id="wyniki" className="text-xl font-bold" aria-live="polite">
            {outcome.total === 0
              ? "Nie znaleziono praktyk"
              : `Znaleziono ${formatInteger(outcome.total)} ${pluralPl(outcome.total, "praktykę", "praktyki", "praktyk")}`}
            {outcome.pageCount > 1 && <span className="font-normal"> (strona {outcome.page} z {outcome.pageCount})</span>}
          </h2>
          {outcome.corrected && (
            <p className="mt-2">
              Nie znaleziono praktyk dla „{params.q}”. Pokazujemy wyniki dla „<strong>{outcome.shownQuery}</strong>”.
            </p>
          )}
          {outcome.partial && (
            <p className="mt-2">Żadna praktyka nie zawiera wszystkich słów; pokazujemy praktyki, które zawierają część z nich.</p>
          )}
          {outcome.total === 0 ? (
            <SearchNoResults outcome={outcome} relaxations={relaxations} />
          ) : (
            <>
              <SortLinks outcome={outcome} />
              <ul className="mt-2 flex flex-wrap gap-x-6 print-hidden">
                <li>
                  {/* nofollow: each export reads every result; crawlers have the sitemap instead. */}
                  <a href={paths.searchCsv(searchQueryString(params, { strona: 1 }))} rel="nofollow">
                    Pobierz wyniki (CSV)
                  </a>
                </li>
                <li>
                  <Link href={mapHref(params)}>Pokaż na mapie</Link>
                </li>
                <li>
                  <Link href="/gminy-takie-jak-moja">Praktyki jednostek takich jak Twoja</Link>
                </li>
              </ul>
              <SearchResults results={outcome.results} highlight={outcome.highlight} startAt={(outcome.page - 1) * RESULTS_PER_PAGE + 1} />
              <Pagination
                page={outcome.page}
                pageCount={outcome.pageCount}
                hrefFor={(page) => searchHref(searchQueryString(params, { strona: page }))}
              />
            </>
          )}
        </section>
        {follow}
      </div>
    </main>
  );
}

function SortLinks({ outcome }: { outcome: SearchOutcome }) {
  const sorts = SEARCH_SORTS.filter((sort) => sort.slug !== "trafnosc" || outcome.params.q);
  return (
    <nav aria-label="Kolejność wyników" className="mt-2 print-hidden">
      <span>Sortuj według: </span>
      <ul className="inline-flex flex-wrap gap-3">
        {sorts.map((sort) => (
          <li key={sort.slug}>
            <Link
              href={searchHref(searchQueryString(outcome.params, { sort: sort.slug, strona: 1 }))}
              aria-current={sort.slug === outcome.params.sort ? "true" : undefined}
              className={sort.slug === outcome.params.sort ? "font-bold" : undefined}
            >
              {sort.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
