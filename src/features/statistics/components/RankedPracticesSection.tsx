import Link from "next/link";
import type { ReactNode } from "react";
import { BarChart } from "@/components/charts/BarChart";
import { DataTable } from "@/components/ui/DataTable";
import type { RankedPractice } from "@/features/statistics/data";
import { countPl, formatInteger } from "@/lib/format";
import { ChartSection } from "./ChartSection";

type Props = {
  id: string;
  heading: string;
  practices: RankedPractice[];
  /** Column heading and the noun's three Polish forms, e.g. "wyświetlenie". */
  column: string;
  noun: [string, string, string];
  empty: string;
  intro?: ReactNode;
};

/** The ten practices with the most views or downloads: bars with their titles, the table with links. */
export function RankedPracticesSection({ id, heading, practices, column, noun, empty, intro }: Props) {
  if (practices.length === 0) {
    return (
      <section aria-labelledby={id} className="mt-10">
        <h2 id={id} className="text-2xl font-bold">
          {heading}
        </h2>
        {intro}
        <p className="mt-2">{empty}</p>
      </section>
    );
  }
  const first = practices[0]!;
  return (
    <ChartSection
      id={id}
      heading={heading}
      intro={intro}
      chart={
        <BarChart
          title={heading}
          description={`Pierwsze miejsce: „${first.title}” (${countPl(first.count, ...noun)}). Wykres pokazuje ${countPl(practices.length, "praktykę", "praktyki", "praktyk")}; tabela pod nim prowadzi do każdej z nich.`}
          bars={practices.map((practice, index) => ({ label: `${index + 1}. ${practice.title}`, value: practice.count }))}
        />
      }
      table={
        <DataTable
          caption={heading}
          columns={["Praktyka", column]}
          rows={practices.map((practice, index) => ({
            key: practice.slug,
            header: (
              <>
                {index + 1}. <Link href={`/praktyki/${practice.slug}`}>{practice.title}</Link>
              </>
            ),
            cells: [formatInteger(practice.count)],
          }))}
        />
      }
    />
  );
}
