import type { CategoryNode } from "@/features/category/data";
import { flattenTree } from "@/features/category/tree";
import { UNIT_TYPES, VOIVODESHIPS } from "@/features/practice/vocabulary";
import { searchQueryString, type SearchParams } from "./schema";
import { POPULATION_BANDS } from "./vocabulary";

/** A condition of a search: what it is, what the search is without it, and a link there. */
export type SearchCondition = { label: string; without: SearchParams; removeHref: string };

function condition(params: SearchParams, label: string, overrides: Partial<SearchParams>): SearchCondition {
  const without = { ...params, ...overrides, strona: 1 };
  const query = searchQueryString(without);
  return { label, without, removeHref: query ? `/szukaj?${query}` : "/szukaj" };
}

/** Each chosen facet value. */
function facetConditions(params: SearchParams, tree: CategoryNode[]): SearchCondition[] {
  const categoryNames = new Map(flattenTree(tree).map((node) => [node.slug, node.name]));
  const without = <T,>(values: T[], value: T) => values.filter((v) => v !== value);
  return [
    ...params.wojewodztwo.map((v) => condition(params, `województwo ${VOIVODESHIPS[v].label}`, { wojewodztwo: without(params.wojewodztwo, v) })),
    ...params.typ.map((t) => condition(params, UNIT_TYPES[t].label, { typ: without(params.typ, t) })),
    ...params.kategoria.flatMap((k) => {
      const name = categoryNames.get(k);
      return name ? [condition(params, `kategoria ${name}`, { kategoria: without(params.kategoria, k) })] : [];
    }),
    ...params.ludnosc.map((l) =>
      condition(params, `liczba mieszkańców ${POPULATION_BANDS.find((band) => band.slug === l)?.label ?? l}`, { ludnosc: without(params.ludnosc, l) }),
    ),
  ];
}

/** Every active filter with a link to the same search without it. */
export function activeFilters(params: SearchParams, tree: CategoryNode[]): SearchCondition[] {
  return [
    ...facetConditions(params, tree),
    ...(params.od ? [condition(params, `wprowadzone od ${params.od} r.`, { od: undefined })] : []),
    ...(params.do ? [condition(params, `wprowadzone do ${params.do} r.`, { do: undefined })] : []),
    ...(params.wdrozone ? [condition(params, "wdrożone w innych samorządach", { wdrozone: false })] : []),
  ];
}

// Each is counted when a search finds nothing; a URL may carry dozens of values.
const MAX_RELAXED_FACETS = 8;

/**
 * The conditions worth relaxing when a search finds nothing: each facet value, the years as one,
 * the adoption filter, the words. At most eleven.
 */
export function relaxableConditions(params: SearchParams, tree: CategoryNode[]): SearchCondition[] {
  const years = [params.od ? `od ${params.od} r.` : "", params.do ? `do ${params.do} r.` : ""].filter(Boolean).join(" ");
  return [
    ...facetConditions(params, tree).slice(0, MAX_RELAXED_FACETS).map((c) => ({ ...c, label: `Bez filtra „${c.label}”` })),
    ...(years ? [condition(params, `Bez filtra „wprowadzone ${years}”`, { od: undefined, do: undefined })] : []),
    ...(params.wdrozone ? [condition(params, "Bez filtra „wdrożone w innych samorządach”", { wdrozone: false })] : []),
    ...(params.q ? [condition(params, `Bez słów „${params.q}”`, { q: "", sort: params.sort === "trafnosc" ? "najnowsze" : params.sort })] : []),
  ];
}

export function clearFiltersHref(params: SearchParams): string {
  return condition(params, "", { wojewodztwo: [], typ: [], kategoria: [], ludnosc: [], od: undefined, do: undefined, wdrozone: false }).removeHref;
}
