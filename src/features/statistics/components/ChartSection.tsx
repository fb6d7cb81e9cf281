import type { ReactNode } from "react";

type Props = { id: string; heading: string; intro?: ReactNode; chart: ReactNode; table: ReactNode };

/** A chart under its heading, with the same figures in a table that opens below it. */
export function ChartSection({ id, heading, intro, chart, table }: Props) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="text-2xl font-bold">
        {heading}
      </h2>
      {intro && <div className="mt-2 max-w-prose">{intro}</div>}
      <div className="mt-4">{chart}</div>
      <details className="mt-3 max-w-2xl">
        <summary className="cursor-pointer font-semibold text-link underline underline-offset-2">Dane wykresu w tabeli</summary>
        <div className="mt-2">{table}</div>
      </details>
    </section>
  );
}
