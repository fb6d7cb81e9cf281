import type { CategoryNode } from "@/features/category/data";
import { flattenTree } from "@/features/category/tree";
import { UNIT_TYPES, VOIVODESHIPS } from "@/features/practice/vocabulary";
import type { SearchParams } from "./schema";
import { scopeHref, type SearchScope } from "./scope";
import { POPULATION_BANDS } from "./vocabulary";

/** A condition of a search: what it is, what the search is without it, and a link there. */
export type SearchCondition = { label: string; without: SearchParams; removeHref: string };

/** A listing: a search's parameters and where it lives (/szukaj or a category page). */
export type Listing = { params: SearchParams; scope: SearchScope };

function conditionOf({ params, scope }: Listing, label: string, overrides: Partial<SearchParams>): SearchCondition {
  const without = { ...params, ...overrides, strona: 1 };
  return { label, without, removeHref: scopeHref(scope, without) };
}

/** Each chosen facet value (a category page's own category is not a filter: it is the page). */
function facetConditions(listing: Listing, tree: CategoryNode[]): SearchCondition[] {
  const { params, scope } = listing;
  const categoryNames = new Map(flattenTree(tree).map((node) => [node.slug, node.name]));
  const without = <T,>(values: T[], value: T) => values.filter((v) => v !== value);
  const condition = (label: string, overrides: Partial<SearchParams>) => conditionOf(listing, label, overrides);
  return [
    ...params.wojewodztwo.map((v) => condition(`województwo ${VOIVODESHIPS[v].label}`, { wojewodztwo: without(params.wojewodztwo, v) })),
    ...params.typ.map((t) => condition(UNIT_TYPES[t].label, { typ: without(params.typ, t) })),
    ...params.kategoria.flatMap((k) => {
      const name = categoryNames.get(k);
      return name && k !== scope.categorySlug ? [condition(`kategoria ${name}`, { kategoria: without(params.kategoria, k) })] : [];
    }),
    ...params.ludnosc.map((l) =>
      condition(`liczba mieszkańców ${POPULATION_BANDS.find((band) => band.slug === l)?.label ?? l}`, { ludnosc: without(params.ludnosc, l) }),
    ),
  ];
}

/** Every active filter with a link to the same search without it. */
export function activeFilters(listing: Listing, tree: CategoryNode[]): SearchCondition[] {
  const { params } = listing;
  const condition = (label: string, overrides: Partial<SearchParams>) => conditionOf(listing, label, overrides);
  return [
    ...facetConditions(listing, tree),
    ...(params.od ? [condition(`wprowadzone od ${params.od} r.`, { od: undefined })] : []),
    ...(params.do ? [condition(`wprowadzone do ${params.do} r.`, { do: undefined })] : []),
    ...(params.wdrozone ? [condition("wdrożone w innych samorządach", { wdrozone: false })] : []),
  ];
}

// Each is counted when a search finds nothing; a URL may carry dozens of values.
const MAX_RELAXED_FACETS = 8;

/**
 * The conditions worth relaxing when a search finds nothing: each facet value, the years as one,
 * the adoption filter, the words. At most eleven.
 */
export function relaxableConditions(listing: Listing, tree: CategoryNode[]): SearchCondition[] {
  const { params } = listing;
  const condition = (label: string, overrides: Partial<SearchParams>) => conditionOf(listing, label, overrides);
  const years = [params.od ? `od ${params.od} r.` : "", params.do ? `do ${params.do} r.` : ""].filter(Boolean).join(" ");
  return [
    ...facetConditions(listing, tree).slice(0, MAX_RELAXED_FACETS).map((c) => ({ ...c, label: `Bez filtra „${c.label}”` })),
    ...(years ? [condition(`Bez filtra „wprowadzone ${years}”`, { od: undefined, do: undefined })] : []),
    ...(params.wdrozone ? [condition("Bez filtra „wdrożone w innych samorządach”", { wdrozone: false })] : []),
    ...(params.q ? [condition(`Bez słów „${params.q}”`, { q: "", sort: params.sort === "trafnosc" ? "najnowsze" : params.sort })] : []),
  ];
}

/** The same words in the same scope, without any filter (a category page keeps its category). */
export function clearFiltersHref(listing: Listing): string {
  const { params, scope } = listing;
  const kategoria = scope.categorySlug ? [scope.categorySlug] : [];
  return conditionOf(listing, "", { wojewodztwo: [], typ: [], kategoria, ludnosc: [], od: undefined, do: undefined, wdrozone: false }).removeHref;
}
