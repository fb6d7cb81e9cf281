import Link from "next/link";
import type { LookalikePractice } from "@/features/practice/data";

/** Published practices that look like this one, so a duplicate is noticed before the editors see it. */
export function SimilarPractices({ practices }: { practices: LookalikePractice[] }) {
  if (practices.length === 0) return null;
  return (
    <section aria-labelledby="podobne-naglowek" className="mt-8 border-l-8 border-amber-600 bg-amber-50 p-4">
      <h2 id="podobne-naglowek" className="text-xl font-bold">
        Czy to ta sama praktyka?
      </h2>
      <p className="mt-2">W banku są już opublikowane praktyki o podobnym tytule lub z tej samej jednostki. Sprawdź, czy nie zgłaszasz ponownie tej samej.</p>
      <ul className="mt-3 list-disc space-y-1 pl-6">
        {practices.map((practice) => (
          <li key={practice.slug}>
            <Link href={`/praktyki/${practice.slug}`}>{practice.title}</Link> – {practice.implementingUnit}, {practice.locality}
          </li>
        ))}
      </ul>
      <p className="mt-3">Jeśli chcesz uzupełnić opublikowaną praktykę, napisz o tym w pełnej prezentacji: redakcja połączy zgłoszenie z istniejącym opisem.</p>
    </section>
  );
}
