import type { ReactNode } from "react";
import { CataloguePage } from "@/features/category/components/CataloguePage";
import type { PublishedPractice } from "@/features/practice/data";
import { categoryPathSlugs } from "./CategoryPath";
import { PracticeHeader, type PracticeView } from "./PracticeHeader";

type Props = { practice: PublishedPractice; view: PracticeView; children: ReactNode };

export function PracticeShell({ practice, view, children }: Props) {
  return (
    <CataloguePage activeSlugs={categoryPathSlugs(practice.primaryCategory)}>
      <article>
        <PracticeHeader practice={practice} view={view} />
        {children}
      </article>
    </CataloguePage>
  );
}
