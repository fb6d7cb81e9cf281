import Link from "next/link";
import type { ReactNode } from "react";
import { BarChart } from "@/components/charts/BarChart";
import { LineChart } from "@/components/charts/LineChart";
import { DataTable } from "@/components/ui/DataTable";
import type { AdoptionStatistics } from "@/features/adoptions/data";
import { UNIT_TYPES, VOIVODESHIPS } from "@/features/practice/vocabulary";
import type { CatalogueStatistics, VisitStatistics } from "@/features/statistics/data";
import { describeCounts, describeVisits, sumVisits } from "@/features/statistics/describe";
import { countPl, formatInteger, formatLongDate, formatShortDate } from "@/lib/format";
import { ChartSection } from "./ChartSection";
import { RankedPracticesSection } from "./RankedPracticesSection";

type Item = { key: string; label: string; count: number; href?: string };

type CountSectionProps = { id: string; heading: string; column: string; items: Item[]; total: number; intro?: ReactNode };

function CountSection({ id, heading, column, items, total, intro }: CountSectionProps) {
  return (
    <ChartSection
      id={id}
      heading={heading}
      intro={intro}
      chart={<BarChart title={heading} description={describeCounts(items, total)} bars={items.map((item) => ({ label: item.label, value: item.count }))} />}
      table={
        <DataTable
          caption={heading}
          columns={[column, "Liczba praktyk"]}
          rows={items.map((item) => ({
            key: item.key,
            header: item.href ? <Link href={item.href}>{item.label}</Link> : item.label,
            cells: [formatInteger(item.count)],
          }))}
        />
      }
    />
  );
}

const VIEWS_COLOUR = "#1f5f3c";
const VISITORS_COLOUR = "#0b4f9c";

type Props = { catalogue: CatalogueStatistics; visits: VisitStatistics; adoptions: AdoptionStatistics };

export function StatisticsView({ catalogue, visits, adoptions }: Props) {
  const visitTotals = sumVisits(visits.days);
  return (
    <>
      <h1 className="text-3xl font-bold">Statystyki</h1>
      <p className="mt-4 max-w-prose text-lg">
        W banku jest {countPl(catalogue.total, "opublikowana praktyka", "opublikowane praktyki", "opublikowanych praktyk")}. Ich
        rozmieszczenie w województwach pokazuje też <Link href="/mapa">mapa praktyk</Link>. Pod każdym wykresem są te same
        liczby w tabeli.
      </p>

      <CountSection
        id="kategorie-praktyk"
        heading="Praktyki według kategorii"
        column="Kategoria"
        total={catalogue.total}
        intro={<p>Praktyka może należeć do kilku kategorii; kategoria nadrzędna obejmuje praktyki swoich podkategorii.</p>}
        items={catalogue.byCategory.map((category) => ({
          key: category.slug,
          label: category.parentId === null ? category.name : `– ${category.name}`,
          count: category.count,
          href: `/kategorie/${category.slug}`,
        }))}
      />
      <CountSection
        id="wojewodztwa"
        heading="Praktyki według województw"
        column="Województwo"
        total={catalogue.total}
        items={catalogue.byVoivodeship.map(({ voivodeship, count }) => ({
          key: voivodeship,
          label: VOIVODESHIPS[voivodeship].label,
          count,
          href: `/szukaj?wojewodztwo=${VOIVODESHIPS[voivodeship].slug}`,
        }))}
      />
      <CountSection
        id="typy-jednostek"
        heading="Praktyki według typu jednostki"
        column="Typ jednostki"
        total={catalogue.total}
        items={catalogue.byUnitType.map(({ unitType, count }) => ({
          key: unitType,
          label: UNIT_TYPES[unitType].label,
          count,
          href: `/szukaj?typ=${UNIT_TYPES[unitType].slug}`,
        }))}
      />
      <CountSection
        id="lata"
        heading="Praktyki według roku wprowadzenia do banku"
        column="Rok"
        total={catalogue.total}
        items={catalogue.byYear.map(({ year, count }) => ({ key: String(year), label: String(year), count, href: `/szukaj?od=${year}&do=${year}` }))}
      />

      <RankedPracticesSection
        id="najczesciej-wdrazane"
        heading="Najczęściej wdrażane praktyki"
        intro={
          <p>
            Wdrożenia w innych samorządach: {formatInteger(adoptions.approved)} (
            {countPl(adoptions.adoptedPractices, "praktyka wdrożona", "praktyki wdrożone", "praktyk wdrożonych")} gdzie indziej, według
            zatwierdzonych zgłoszeń „Wdrożyliśmy to u siebie”). Wszystkie:{" "}
            <Link href="/szukaj?wdrozone=tak&sort=najczesciej-wdrazane">wyszukiwanie wdrożonych praktyk</Link>.
          </p>
        }
        practices={adoptions.mostAdopted}
        column="Wdrożenia"
        noun={["wdrożenie", "wdrożenia", "wdrożeń"]}
        empty="Nikt jeszcze nie zgłosił wdrożenia praktyki z banku."
      />

      <ChartSection
        id="odwiedziny"
        heading={`Odwiedziny serwisu w ostatnich ${visits.days.length} dniach`}
        intro={
          <p>
            {countPl(visitTotals.pageViews, "odsłona", "odsłony", "odsłon")} i{" "}
            {countPl(visitTotals.uniqueVisitors, "unikalna wizyta", "unikalne wizyty", "unikalnych wizyt")} (unikalnych gości
            liczymy osobno każdego dnia; zob. <Link href="/polityka-prywatnosci">politykę prywatności</Link>).
          </p>
        }
        chart={
          <LineChart
            title={`Odsłony i unikalne wizyty dziennie w ostatnich ${visits.days.length} dniach`}
            description={describeVisits(visits.days)}
            labels={visits.days.map((row) => formatShortDate(row.day))}
            labelEvery={14}
            series={[
              { name: "Odsłony", values: visits.days.map((row) => row.pageViews), color: VIEWS_COLOUR },
              { name: "Unikalne wizyty", values: visits.days.map((row) => row.uniqueVisitors), color: VISITORS_COLOUR, dashed: true },
            ]}
          />
        }
        table={
          <DataTable
            caption="Odsłony i unikalne wizyty dziennie"
            columns={["Dzień", "Odsłony", "Unikalne wizyty"]}
            rows={[...visits.days].reverse().map((row) => ({
              key: row.day,
              header: <time dateTime={row.day}>{formatLongDate(new Date(`${row.day}T00:00:00Z`))}</time>,
              cells: [formatInteger(row.pageViews), formatInteger(row.uniqueVisitors)],
            }))}
            footer={{ key: "razem", header: "Razem", cells: [formatInteger(visitTotals.pageViews), formatInteger(visitTotals.uniqueVisitors)] }}
          />
        }
      />

      <RankedPracticesSection
        id="najczesciej-wyswietlane"
        heading="Najczęściej wyświetlane praktyki"
        practices={visits.mostViewed}
        column="Wyświetlenia"
        noun={["wyświetlenie", "wyświetlenia", "wyświetleń"]}
        empty="Żadna praktyka nie została jeszcze wyświetlona."
      />
      <RankedPracticesSection
        id="najczesciej-pobierane"
        heading="Praktyki, których załączniki pobierano najczęściej"
        practices={visits.mostDownloaded}
        column="Pobrania załączników"
        noun={["pobranie", "pobrania", "pobrań"]}
        empty="Nikt jeszcze nie pobrał załączników żadnej praktyki."
      />
    </>
  );
}
