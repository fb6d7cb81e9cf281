import Link from "next/link";
import { Breadcrumbs, HOME_CRUMB, type Crumb } from "@/components/ui/Breadcrumbs";
import type { PublishedPractice } from "@/features/practice/data";
import { formatInteger } from "@/lib/format";

export type PracticeView = "skrot" | "prezentacja" | "zalaczniki";

const VIEWS: { view: PracticeView; label: string; suffix: string }[] = [
  { view: "skrot", label: "Skrót i Metryka", suffix: "" },
  { view: "prezentacja", label: "Pełna prezentacja", suffix: "/prezentacja" },
  { view: "zalaczniki", label: "Załączniki", suffix: "/zalaczniki" },
];

function practiceViewHref(slug: string, view: PracticeView): string {
  return `/praktyki/${slug}${VIEWS.find((entry) => entry.view === view)?.suffix ?? ""}`;
}

/** "(2)", or "(brak)" rather than a "(0)" that reads like a dead end. */
function attachmentCountText(count: number): string {
  return count === 0 ? " (brak)" : ` (${formatInteger(count)})`;
}

/** Where the practice sits in the catalogue: home, the parent category, the category. */
function categoryCrumbs(category: PublishedPractice["primaryCategory"]): Crumb[] {
  return [
    HOME_CRUMB,
    ...(category.parent ? [{ href: `/kategorie/${category.parent.slug}`, label: category.parent.name }] : []),
    { href: `/kategorie/${category.slug}`, label: category.name },
  ];
}

/** Breadcrumbs, title and the three views of the original bank, as real links. */
export function PracticeHeader({ practice, view }: { practice: PublishedPractice; view: PracticeView }) {
  return (
    <header className="mb-6">
      <Breadcrumbs steps={categoryCrumbs(practice.primaryCategory)} />
      <h1 className="mt-2 text-title font-bold break-words">{practice.title}</h1>
      <nav aria-label="Widoki praktyki" className="mt-4 border-b border-slate-300 print-hidden">
        <ul className="flex flex-wrap gap-1">
          {VIEWS.map((entry) => {
            const current = entry.view === view;
            return (
              <li key={entry.view}>
                <Link
                  href={practiceViewHref(practice.slug, entry.view)}
                  aria-current={current ? "page" : undefined}
                  className={
                    current
                      ? "-mb-px inline-block border border-b-white border-slate-300 bg-white px-3 py-2 font-bold text-slate-900 no-underline sm:px-4"
                      : "inline-block px-3 py-2 sm:px-4"
                  }
                >
                  {entry.label}
                  {entry.view === "zalaczniki" && attachmentCountText(practice.attachments.length)}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </header>
  );
}
