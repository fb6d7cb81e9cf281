import type { ReactNode } from "react";
import { CataloguePage } from "@/features/category/components/CataloguePage";
import type { PublishedPractice } from "@/features/practice/data";
import { categoryPathSlugs } from "./CategoryPath";
import { PracticeHeader, type PracticeView } from "./PracticeHeader";
import { PracticePrintSupplement } from "./PracticePrintSupplement";

type Props = {
  practice: PublishedPractice;
  view: PracticeView;
  children: ReactNode;
  /** What ends every view of the record, after it ("Podobne praktyki"); not printed. */
  related: ReactNode;
};

// In print, the view on screen takes its place among the record's parts (PracticePrintSupplement).
const PRINT_ORDER: Record<PracticeView, string> = {
  skrot: "print:order-1",
  prezentacja: "print:order-2",
  zalaczniki: "print:order-3",
};

export function PracticeShell({ practice, view, children, related }: Props) {
  return (
    <CataloguePage activeSlugs={categoryPathSlugs(practice.primaryCategory)}>
      <article className="print:flex print:flex-col">
        <PracticeHeader practice={practice} view={view} />
        <div className={PRINT_ORDER[view]}>{children}</div>
        <PracticePrintSupplement practice={practice} view={view} />
      </article>
      {related}
    </CataloguePage>
  );
}
