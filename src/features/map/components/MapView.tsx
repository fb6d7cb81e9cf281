import Link from "next/link";
import { DataTable } from "@/components/ui/DataTable";
import type { CategoryNode } from "@/features/category/data";
import { VOIVODESHIPS } from "@/features/practice/vocabulary";
import { activeFilters } from "@/features/search/active-filters";
import { WHOLE_BANK } from "@/features/search/scope";
import { searchQueryString, type SearchParams } from "@/features/search/schema";
import type { Voivodeship } from "@/generated/prisma/enums";
import { countPl, formatInteger } from "@/lib/format";
import type { VoivodeshipCount } from "../data";
import { shadeClasses, shadeOf } from "../shading";
import { MapFilters } from "./MapFilters";
import { MapLegend } from "./MapLegend";
import { PracticeMap, type MapRegion } from "./PracticeMap";

const polishOrder = new Intl.Collator("pl-PL").compare;

type Props = { params: SearchParams; counts: VoivodeshipCount[]; tree: CategoryNode[]; hasFilters: boolean };

/** The voivodeship's practices in the search, with every other active filter kept. */
function searchHref(params: SearchParams, voivodeship: Voivodeship): string {
  return `/szukaj?${searchQueryString(params, { wojewodztwo: [voivodeship], sort: undefined, strona: 1 })}`;
}

export function MapView({ params, counts, tree, hasFilters }: Props) {
  const classes = shadeClasses(counts.map((row) => row.count));
  const regions: MapRegion[] = counts.map(({ voivodeship, count }) => ({
    voivodeship,
    count,
    href: count > 0 ? searchHref(params, voivodeship) : null,
    name: `${VOIVODESHIPS[voivodeship].label}: ${countPl(count, "praktyka", "praktyki", "praktyk")}`,
    shade: shadeOf(count, classes),
  }));
  const total = counts.reduce((sum, row) => sum + row.count, 0);
  const filters = activeFilters({ params, scope: WHOLE_BANK }, tree)
    .map((filter) => filter.label)
    .filter((label) => !label.startsWith("województwo "));
  const rows = [...regions].sort((a, b) => polishOrder(VOIVODESHIPS[a.voivodeship].label, VOIVODESHIPS[b.voivodeship].label));
  return (
    <>
      <h1 className="text-3xl font-bold">Mapa praktyk</h1>
      <p className="mt-4 max-w-prose text-lg">
        Liczba opublikowanych praktyk w każdym województwie. Wybierz województwo na mapie lub w tabeli, aby zobaczyć jego
        praktyki w <Link href="/szukaj">wyszukiwarce</Link>.
      </p>
      <MapFilters params={params} tree={tree} hasFilters={hasFilters} />
      <p className="mt-4">
        {filters.length > 0 ? (
          <>
            Praktyki spełniające warunki: <strong>{filters.join(", ")}</strong> – razem {countPl(total, "praktyka", "praktyki", "praktyk")}.
          </>
        ) : (
          <>Wszystkie opublikowane praktyki – razem {countPl(total, "praktyka", "praktyki", "praktyk")}.</>
        )}
      </p>
      <div className="mt-6 grid gap-8 2xl:grid-cols-[minmax(0,3fr)_minmax(16rem,2fr)]">
        {/* A container: the map shows the regions' names only where it is wide enough for them (PracticeMap). */}
        <figure className="@container">
          <figcaption id="mapa-podpis" className="sr-only">
            Mapa Polski: liczba praktyk w województwach. Każde województwo z praktykami prowadzi do listy jego praktyk.
          </figcaption>
          <PracticeMap regions={regions} labelledBy="mapa-podpis" />
          <MapLegend classes={classes} />
        </figure>
        <div className="max-w-md">
          <DataTable
            caption={filters.length > 0 ? "Liczba praktyk w województwach (z wybranymi filtrami)" : "Liczba praktyk w województwach"}
            columns={["Województwo", "Liczba praktyk"]}
            rows={rows.map((region) => ({
              key: region.voivodeship,
              header: region.href ? <Link href={region.href}>{VOIVODESHIPS[region.voivodeship].label}</Link> : VOIVODESHIPS[region.voivodeship].label,
              cells: [formatInteger(region.count)],
            }))}
            footer={{ key: "razem", header: "Razem", cells: [formatInteger(total)] }}
          />
        </div>
      </div>
    </>
  );
}
