import type { CategoryNode } from "@/features/category/data";
import { UNIT_TYPES, VOIVODESHIPS } from "@/features/practice/vocabulary";
import { searchQueryString, type SearchParams } from "@/features/search/schema";
import { POPULATION_BANDS } from "@/features/search/vocabulary";

export type ActiveFilter = { label: string; removeHref: string };

function flatten(nodes: CategoryNode[]): CategoryNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

function href(params: SearchParams, overrides: Partial<SearchParams>): string {
  const query = searchQueryString(params, { ...overrides, strona: 1 });
  return query ? `/szukaj?${query}` : "/szukaj";
}

/** Every active filter with a link to the same search without it. */
export function activeFilters(params: SearchParams, tree: CategoryNode[]): ActiveFilter[] {
  const categoryNames = new Map(flatten(tree).map((node) => [node.slug, node.name]));
  const without = <T,>(values: T[], value: T) => values.filter((v) => v !== value);
  return [
    ...params.wojewodztwo.map((v) => ({
      label: `województwo ${VOIVODESHIPS[v].label}`,
      removeHref: href(params, { wojewodztwo: without(params.wojewodztwo, v) }),
    })),
    ...params.typ.map((t) => ({ label: UNIT_TYPES[t].label, removeHref: href(params, { typ: without(params.typ, t) }) })),
    ...params.kategoria.flatMap((k) =>
      categoryNames.has(k) ? [{ label: `kategoria ${categoryNames.get(k)}`, removeHref: href(params, { kategoria: without(params.kategoria, k) }) }] : [],
    ),
    ...params.ludnosc.map((l) => ({
      label: `liczba mieszkańców ${POPULATION_BANDS.find((band) => band.slug === l)?.label ?? l}`,
      removeHref: href(params, { ludnosc: without(params.ludnosc, l) }),
    })),
    ...(params.od ? [{ label: `wprowadzone od ${params.od} r.`, removeHref: href(params, { od: undefined }) }] : []),
    ...(params.do ? [{ label: `wprowadzone do ${params.do} r.`, removeHref: href(params, { do: undefined }) }] : []),
  ];
}

export function clearFiltersHref(params: SearchParams): string {
  return href({ ...params, wojewodztwo: [], typ: [], kategoria: [], ludnosc: [], od: undefined, do: undefined }, {});
}
