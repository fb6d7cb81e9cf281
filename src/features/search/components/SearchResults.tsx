import Link from "next/link";
import { CalendarDate } from "@/components/ui/CalendarDate";
import { categoryPathText } from "@/features/practice/components/CategoryPath";
import { UNIT_TYPES, VOIVODESHIPS } from "@/features/practice/vocabulary";
import { getResultAttachmentTexts, type SearchResultRecord } from "@/features/search/data";
import { attachmentSnippet, hasMatch, snippet } from "@/features/search/highlight";
import { markdownText } from "@/features/search/markdown-text";
import type { Highlight } from "@/features/search/query";
import { Highlighted } from "./Highlighted";

export async function SearchResults({ results, highlight, startAt }: { results: SearchResultRecord[]; highlight: Highlight; startAt: number }) {
  const shown = results.map((result) => ({
    result,
    title: snippet([result.title], highlight),
    text: snippet([result.summary, markdownText(result.body)], highlight),
  }));
  // Attachments are read only for results whose own text shows none of the words.
  const attachments = await getResultAttachmentTexts(shown.filter((s) => !hasMatch(s.title) && !hasMatch(s.text)).map((s) => s.result.id));
  return (
    <ol start={startAt} className="divide-y divide-slate-200">
      {shown.map(({ result, title, text }) => {
        const inAttachment = attachmentSnippet(attachments.get(result.id) ?? [], highlight);
        return (
          <li key={result.id} className="py-4">
            <p className="text-sm text-slate-700">{categoryPathText(result.primaryCategory)}</p>
            <h3 className="text-lg font-bold">
              <Link href={`/praktyki/${result.slug}`}>
                <Highlighted fragments={title} />
              </Link>
            </h3>
            <p className="mt-1 text-sm text-slate-700">
              {result.locality}, woj. {VOIVODESHIPS[result.voivodeship].label} · {UNIT_TYPES[result.unitType].label} · wprowadzono{" "}
              <CalendarDate date={result.enteredOn} />
            </p>
            {inAttachment ? (
              <>
                <p className="mt-2 text-sm text-slate-700">
                  w załączniku: <Link href={`/praktyki/${result.slug}/zalaczniki`}>{inAttachment.fileName}</Link>
                </p>
                <p className="mt-1">
                  <Highlighted fragments={inAttachment.fragments} />
                </p>
              </>
            ) : (
              <p className="mt-2">
                <Highlighted fragments={text} />
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
