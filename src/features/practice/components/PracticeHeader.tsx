import Link from "next/link";
import type { PublishedPractice } from "@/features/practice/data";
import { categoryPathText } from "./CategoryPath";

export type PracticeView = "skrot" | "prezentacja" | "zalaczniki";

const VIEWS: { view: PracticeView; label: string; suffix: string }[] = [
  { view: "skrot", label: "Skrót i Metryka", suffix: "" },
  { view: "prezentacja", label: "Pełna prezentacja", suffix: "/prezentacja" },
  { view: "zalaczniki", label: "Załączniki", suffix: "/zalaczniki" },
];

function practiceViewHref(slug: string, view: PracticeView): string {
  return `/praktyki/${slug}${VIEWS.find((entry) => entry.view === view)?.suffix ?? ""}`;
}

/** Category path, title and the three views of the original bank, as real links. */
export function PracticeHeader({ practice, view }: { practice: PublishedPractice; view: PracticeView }) {
  const category = practice.primaryCategory;
  return (
    <header className="mb-6">
      <p className="text-sm text-slate-700">
        {category.parent && (
          <>
            <Link href={`/kategorie/${category.parent.slug}`}>{category.parent.name}</Link>
            {" : "}
          </>
        )}
        <Link href={`/kategorie/${category.slug}`}>{category.name}</Link>
        <span className="sr-only"> (kategoria: {categoryPathText(category)})</span>
      </p>
      <h1 className="mt-2 text-2xl font-bold sm:text-3xl">{practice.title}</h1>
      <nav aria-label="Widoki praktyki" className="mt-4 border-b border-slate-300 print-hidden">
        <ul className="flex flex-wrap gap-1">
          {VIEWS.map((entry) => {
            const current = entry.view === view;
            const count = entry.view === "zalaczniki" ? ` (${practice.attachments.length})` : "";
            return (
              <li key={entry.view}>
                <Link
                  href={practiceViewHref(practice.slug, entry.view)}
                  aria-current={current ? "page" : undefined}
                  className={
                    current
                      ? "-mb-px inline-block border border-b-white border-slate-300 bg-white px-4 py-2 font-bold text-slate-900 no-underline"
                      : "inline-block px-4 py-2"
                  }
                >
                  {entry.label}
                  {count}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </header>
  );
}
