import Link from "next/link";
import { UNIT_TYPES, VOIVODESHIPS } from "@/features/practice/vocabulary";
import { kinshipReason } from "../comparable";
import type { ComparablePractice } from "../data";

/** The practices of comparable units, best fit first, each with the one line saying why it fits. */
export function ComparablePractices({ practices }: { practices: ComparablePractice[] }) {
  if (practices.length === 0) {
    return (
      <p className="mt-4">
        Nie znaleźliśmy opublikowanych praktyk jednostek podobnych do Twojej. Zmień kryteria albo{" "}
        <Link href="/szukaj">przeszukaj cały katalog</Link>.
      </p>
    );
  }
  return (
    <ol className="mt-4 divide-y divide-slate-200">
      {practices.map((practice) => (
        <li key={practice.id} className="py-4">
          <h3 className="text-lg font-bold">
            <Link href={`/praktyki/${practice.slug}`} prefetch={false}>
              {practice.title}
            </Link>
          </h3>
          <p className="mt-1 text-sm text-slate-700">
            {practice.locality}, woj. {VOIVODESHIPS[practice.voivodeship].label} · {UNIT_TYPES[practice.unitType].label}
          </p>
          <p className="mt-1 text-sm">
            <span className="font-semibold">Dlaczego pasuje: </span>
            {kinshipReason(practice.kinship, practice)}
          </p>
        </li>
      ))}
    </ol>
  );
}
