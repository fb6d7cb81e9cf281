import Link from "next/link";

export type Crumb = { href: string; label: string };

/** "Strona główna › Usługi społeczne › Pomoc społeczna": the way up from this page, each step a link. */
export function Breadcrumbs({ steps }: { steps: Crumb[] }) {
  return (
    <nav aria-label="Ścieżka nawigacji" className="text-meta">
      <ol className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        {steps.map((step, index) => (
          <li key={step.href} className="flex items-baseline gap-x-2">
            {index > 0 && (
              <span aria-hidden="true" className="text-slate-600">
                {" › "}
              </span>
            )}
            <Link href={step.href}>{step.label}</Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}

export const HOME_CRUMB: Crumb = { href: "/", label: "Strona główna" };
