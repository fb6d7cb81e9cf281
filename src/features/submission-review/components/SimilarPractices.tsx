import Link from "next/link";
import { StatusBadge } from "@/features/practice-editor/components/StatusBadge";
import type { LookalikePractice } from "@/features/practice/data";

/** Practices already in the bank, in any state, that may be the same one (practice/data.ts says how). */
export function SimilarPractices({ practices }: { practices: LookalikePractice[] }) {
  return (
    <section aria-labelledby="podobne" className="mt-8">
      <h2 id="podobne" className="text-xl font-bold">Podobne praktyki w banku</h2>
      {practices.length === 0 ? (
        <p className="mt-2">Nie znaleziono praktyk o podobnym tytule ani podobnych z tej samej jednostki lub miejscowości.</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {practices.map((practice) => (
            <li key={practice.id}>
              <Link prefetch={false} href={`/admin/praktyki/${practice.id}`}>{practice.title}</Link> <StatusBadge status={practice.status} />
              <span className="block text-sm text-slate-700">{practice.locality}{practice.sameLocality ? " (ta sama miejscowość)" : ""}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
