import Link from "next/link";
import { CalendarDate } from "@/components/ui/CalendarDate";
import type { PracticeListItem } from "@/features/practice/data";
import { UNIT_TYPES, VOIVODESHIPS } from "@/features/practice/vocabulary";
import { categoryPathText } from "./CategoryPath";

const EXCERPT_LENGTH = 260;

function excerpt(text: string): string {
  const firstParagraph = text.split(/\n\s*\n/)[0] ?? "";
  if (firstParagraph.length <= EXCERPT_LENGTH) return firstParagraph;
  return `${firstParagraph.slice(0, EXCERPT_LENGTH).replace(/\s+\S*$/, "")}…`;
}

export function PracticeList({ practices, headingLevel = 3 }: { practices: PracticeListItem[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ol className="divide-y divide-slate-200">
      {practices.map((practice) => (
        <li key={practice.slug} className="py-4">
          <p className="text-sm text-slate-700">{categoryPathText(practice.primaryCategory)}</p>
          <Heading className="text-lg font-bold">
            <Link href={`/praktyki/${practice.slug}`}>{practice.title}</Link>
          </Heading>
          <p className="mt-1 text-sm text-slate-700">
            {practice.locality}, woj. {VOIVODESHIPS[practice.voivodeship].label} · {UNIT_TYPES[practice.unitType].label} ·{" "}
            wprowadzono <CalendarDate date={practice.enteredOn} />
          </p>
          <p className="mt-2">{excerpt(practice.summary)}</p>
        </li>
      ))}
    </ol>
  );
}
