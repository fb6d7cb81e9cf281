import Link from "next/link";
import { STEPS, type StepSlug } from "../steps";

/** The steps as links: the draft is saved at every step, so any may be opened in any order. */
export function StepNav({ token, current }: { token: string; current: StepSlug | null }) {
  return (
    <nav aria-label="Kroki zgłoszenia" className="mt-4">
      <ol className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
        {STEPS.map((step, index) => (
          <li key={step.slug}>
            <Link href={`/zgloszenie/${token}/${step.slug}`} aria-current={step.slug === current ? "step" : undefined} className={step.slug === current ? "font-bold" : ""}>
              {index + 1}. {step.label}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
