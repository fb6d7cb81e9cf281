import type { ReactNode } from "react";
import Link from "next/link";
import { Pagination } from "@/components/ui/Pagination";
import { paths } from "@/features/open-data/paths";
import { clearFiltersHref, type SearchCondition } from "@/features/search/active-filters";
import type { Relaxation } from "@/features/search/relaxations";
import { RESULTS_PER_PAGE, type SearchOutcome } from "@/features/search/run-search";
import { searchQueryString, type SearchParams } from "@/features/search/schema";
import { scopeHref, type SearchScope } from "@/features/search/scope";
import { SEARCH_SORTS } from "@/features/search/vocabulary";
import { formatInteger, pluralPl } from "@/lib/format";
import { SearchNoResults } from "./SearchNoResults";
import { SearchResults } from "./SearchResults";

/** The map of the same search: every voivodeship's count under the other filters (the map reads the same parameters). */
export function mapHref(params: SearchParams): string {
  const query = searchQueryString(params, { wojewodztwo: [], sort: undefined, strona: 1 });
  return query ? `/mapa?${query}` : "/mapa";
}

type Props = {
  outcome: SearchOutcome;
  /** The filters in force (features/search/active-filters), each with its removal link. */
  filters: SearchCondition[];
  relaxations: Relaxation[];
  scope: SearchScope;
  /** The "Obserwuj" area, after the results (from features/search-alerts, which depends on search). */
  follow?: ReactNode;
};

/** A search's active filters, results, orders and pages: the one listing of /szukaj and of every category page. */
export function SearchListing({ outcome, filters, relaxations, scope, follow }: Props) {
  const { params } = outcome;
  const listing = { params, scope };
  return (
    <>
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
              <Link href={clearFiltersHref(listing)} className="inline-block px-2 py-0.5 font-semibold">
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
        {outcome.expansions.length > 0 && outcome.total > 0 && (
          <p className="mt-2">Uwzględniono też: {outcome.expansions.map((expansion) => `„${expansion}”`).join(", ")}.</p>
        )}
        {outcome.partial && <p className="mt-2">Żadna praktyka nie zawiera wszystkich słów; pokazujemy praktyki, które zawierają część z nich.</p>}
        {outcome.total === 0 ? (
          <SearchNoResults outcome={outcome} relaxations={relaxations} scope={scope} />
        ) : (
          <>
            <SortLinks outcome={outcome} scope={scope} />
            <SearchResults results={outcome.results} highlight={outcome.highlight} startAt={(outcome.page - 1) * RESULTS_PER_PAGE + 1} />
            <Pagination page={outcome.page} pageCount={outcome.pageCount} hrefFor={(page) => scopeHref(scope, params, { strona: page })} />
            <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-1 print-hidden">
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
          </>
        )}
      </section>
      {follow}
    </>
  );
}

function SortLinks({ outcome, scope }: { outcome: SearchOutcome; scope: SearchScope }) {
  const sorts = SEARCH_SORTS.filter((sort) => sort.slug !== "trafnosc" || outcome.params.q);
  return (
    <nav aria-label="Kolejność wyników" className="mt-2 text-meta print-hidden">
      <span>Sortuj według: </span>
      <ul className="inline-flex flex-wrap gap-x-3">
        {sorts.map((sort) => (
          <li key={sort.slug}>
            <Link
              href={scopeHref(scope, outcome.params, { sort: sort.slug, strona: 1 })}
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
