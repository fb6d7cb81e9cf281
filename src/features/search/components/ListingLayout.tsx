import type { ReactNode } from "react";
import { formatInteger, pluralPl } from "@/lib/format";

type Props = {
  /** What the listing is: its heading and words. */
  intro: ReactNode;
  /** Its filters: beside the listing on wide screens, folded above it on a phone. */
  filters: ReactNode;
  /** How many filters are in force, said on the folded filters ("Filtry (2 aktywne)"). */
  activeFilterCount: number;
  /** The category tree of a category page, folded on its own under the filters. */
  categories?: ReactNode;
  children: ReactNode;
};

export function filtersSummary(count: number): string {
  return count === 0 ? "Filtry" : `Filtry (${formatInteger(count)} ${pluralPl(count, "aktywny", "aktywne", "aktywnych")})`;
}

const SUMMARY = "border border-slate-400 px-3 py-2 font-semibold";

/**
 * Every listing of practices (/szukaj, a category page): in reading order what it is, its filters,
 * its results. On a phone the filters fold into one line, so the first result is on the first screen.
 */
export function ListingLayout({ intro, filters, activeFilterCount, categories, children }: Props) {
  return (
    <main
      id="tresc"
      tabIndex={-1}
      className="mx-auto grid max-w-6xl gap-x-8 px-gutter py-6 focus:outline-none md:grid-cols-[16rem_minmax(0,1fr)] md:grid-rows-[auto_1fr] md:py-8 print:block"
    >
      <div className="min-w-0 md:col-start-2 md:row-start-1">
        {intro}
        <p className="mt-2 md:hidden print-hidden">
          <a href="#wyniki">Przejdź do wyników</a>
        </p>
      </div>
      <div className="mt-4 space-y-3 print-hidden md:col-start-1 md:row-span-2 md:row-start-1 md:mt-0 md:space-y-8">
        <details className="fold-narrow">
          <summary className={SUMMARY}>{filtersSummary(activeFilterCount)}</summary>
          <div className="border-x border-b border-slate-400 px-3 pb-3 md:border-0 md:p-0">{filters}</div>
        </details>
        {categories && (
          <details className="fold-narrow">
            <summary className={SUMMARY}>Kategorie praktyk</summary>
            <div className="border-x border-b border-slate-400 px-3 pb-3 md:border-0 md:p-0">{categories}</div>
          </details>
        )}
      </div>
      <div className="min-w-0 md:col-start-2 md:row-start-2">{children}</div>
    </main>
  );
}
