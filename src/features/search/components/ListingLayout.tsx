import type { ReactNode } from "react";

type Props = {
  /** What the listing is: its heading and words. */
  intro: ReactNode;
  /** Its filters: beside the listing on wide screens, in the left column. */
  filters: ReactNode;
  children: ReactNode;
};

/** Every listing of practices (/szukaj, a category page): in reading order what it is, its filters, its results. */
export function ListingLayout({ intro, filters, children }: Props) {
  return (
    <main
      id="tresc"
      tabIndex={-1}
      className="mx-auto grid max-w-6xl gap-x-8 px-4 py-8 focus:outline-none md:grid-cols-[16rem_minmax(0,1fr)] md:grid-rows-[auto_1fr] print:block"
    >
      <div className="min-w-0 md:col-start-2 md:row-start-1">{intro}</div>
      <div className="mt-6 print-hidden md:col-start-1 md:row-span-2 md:row-start-1 md:mt-0">{filters}</div>
      <div className="min-w-0 md:col-start-2 md:row-start-2">{children}</div>
    </main>
  );
}
