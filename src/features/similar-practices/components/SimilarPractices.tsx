import Link from "next/link";
import { VOIVODESHIPS } from "@/features/practice/vocabulary";
import { listSimilarPractices } from "../data";
import { similarityReason } from "../reason";

/** "Podobne praktyki": the end of every practice page (not printed). */
export async function SimilarPractices({ practiceId }: { practiceId: number }) {
  const practices = await listSimilarPractices(practiceId);
  if (practices.length === 0) return null;
  return (
    <section aria-labelledby="podobne-praktyki" className="mt-10 border-t-2 border-slate-300 pt-6 print:hidden">
      <h2 id="podobne-praktyki" className="text-2xl font-bold">
        Podobne praktyki
      </h2>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2">
        {practices.map((practice) => (
          <li key={practice.id} className="border-2 border-slate-300 p-4">
            {/* Not prefetched: six practice pages fetched (and, after a change, rendered) per view. */}
            <Link href={`/praktyki/${practice.slug}`} prefetch={false} className="font-semibold">
              {practice.title}
            </Link>
            <p className="mt-1 text-sm">
              {practice.locality}, województwo {VOIVODESHIPS[practice.voivodeship].label}
            </p>
            <p className="mt-1 text-sm text-slate-700">
              <span className="sr-only">Dlaczego podobna: </span>
              {similarityReason(practice.likeness, practice)}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
