import Link from "next/link";
import { categoryPathText } from "@/features/practice/components/CategoryPath";
import { UNIT_TYPES, VOIVODESHIPS } from "@/features/practice/vocabulary";
import type { SearchResultRecord } from "@/features/search/data";
import { snippet } from "@/features/search/highlight";
import { markdownText } from "@/features/search/markdown-text";
import type { Highlight } from "@/features/search/query";
import { formatIsoDate } from "@/lib/format";
import { Highlighted } from "./Highlighted";

export function SearchResults({ results, highlight, startAt }: { results: SearchResultRecord[]; highlight: Highlight; startAt: number }) {
  return (
    <ol start={startAt} className="divide-y divide-slate-200">
      {results.map((result) => (
        <li key={result.id} className="py-4">
          <p className="text-sm text-slate-700">{categoryPathText(result.primaryCategory)}</p>
          <h3 className="text-lg font-bold">
            <Link href={`/praktyki/${result.slug}`}>
              <Highlighted fragments={snippet([result.title], highlight)} />
            </Link>
          </h3>
          <p className="mt-1 text-sm text-slate-700">
            {result.locality}, woj. {VOIVODESHIPS[result.voivodeship].label} · {UNIT_TYPES[result.unitType].label} · wprowadzono{" "}
            <time dateTime={formatIsoDate(result.enteredOn)}>{formatIsoDate(result.enteredOn)}</time>
          </p>
          <p className="mt-2">
            <Highlighted fragments={snippet([result.summary, markdownText(result.body)], highlight)} />
          </p>
        </li>
      ))}
    </ol>
  );
}
