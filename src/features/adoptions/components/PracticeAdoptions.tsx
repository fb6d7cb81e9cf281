import Link from "next/link";
import { listApprovedAdoptions } from "@/features/adoptions/data";
import { UNIT_TYPES, VOIVODESHIPS } from "@/features/practice/vocabulary";

/** "Wdrożenia w innych samorządach": the approved reports, and the link to report one. */
export async function PracticeAdoptions({ practiceId, slug }: { practiceId: number; slug: string }) {
  const adoptions = await listApprovedAdoptions(practiceId);
  return (
    <section aria-labelledby="wdrozenia" className="mt-8">
      <h2 id="wdrozenia" className="text-xl font-bold">
        Wdrożenia w innych samorządach: {adoptions.length}
      </h2>
      {adoptions.length > 0 ? (
        <ul className="mt-2 space-y-3">
          {adoptions.map((adoption) => (
            <li key={adoption.id} className="border-l-4 border-brand-800 pl-3">
              <span className="font-semibold">{adoption.unitName}</span> ({UNIT_TYPES[adoption.unitType].label}, województwo{" "}
              {VOIVODESHIPS[adoption.voivodeship].label}, {adoption.year} r.)
              {adoption.changes && <p className="mt-1 max-w-prose whitespace-pre-line">{adoption.changes}</p>}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2">Żaden samorząd nie zgłosił jeszcze, że powtórzył tę praktykę.</p>
      )}
      <p className="mt-3 print:hidden">
        <Link href={`/praktyki/${slug}/wdrozenie`}>Wdrożyliśmy to u siebie</Link> – zgłoś, że Twoja jednostka powtórzyła tę praktykę.
      </p>
    </section>
  );
}
