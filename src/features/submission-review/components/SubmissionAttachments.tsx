import { formatFileSize } from "@/lib/format";
import type { SubmissionForReview } from "../data";

/** The submitter's files, downloaded through the editors' route (never a public address). */
export function SubmissionAttachments({ submission }: { submission: Pick<SubmissionForReview, "id" | "attachments"> }) {
  return (
    <section aria-labelledby="zalaczniki-naglowek" id="zalaczniki" tabIndex={-1} className="mt-8 focus:outline-none">
      <h2 id="zalaczniki-naglowek" className="text-xl font-bold">Załączniki</h2>
      {submission.attachments.length === 0 ? (
        <p className="mt-2">Zgłaszający nie dołączył plików.</p>
      ) : (
        <ul className="mt-2 space-y-1">
          {submission.attachments.map((attachment) => (
            <li key={attachment.id}>
              <a href={`/admin/zgloszenia/${submission.id}/zalaczniki/${attachment.id}`} download>
                {attachment.title || attachment.fileName}
              </a>{" "}
              <span className="text-sm text-slate-700">({attachment.fileName}, {formatFileSize(attachment.byteSize)})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
