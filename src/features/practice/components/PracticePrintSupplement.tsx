import { formatName } from "@/features/attachments/formats";
import type { PublishedPractice } from "@/features/practice/data";
import { formatFileSize } from "@/lib/format";
import { MarkdownBody } from "./MarkdownBody";
import { hasPracticeDetails, PracticeDetails } from "./PracticeDetails";
import type { PracticeView } from "./PracticeHeader";
import { PracticeMetadata } from "./PracticeMetadata";

// A printed practice is the whole record, whichever of its three views is printed: the views not
// on screen are rendered here, hidden on screen (and so from assistive technology) and shown only
// in print. PracticeShell orders the parts: summary and metadata, full presentation, attachments.

export function PrintedSummary({ practice }: { practice: PublishedPractice }) {
  return (
    <div className="hidden print:order-1 print:block">
      {practice.summary.split(/\n\s*\n/).map((paragraph, index) => (
        <p key={index} className="mt-3">
          {paragraph}
        </p>
      ))}
      <PracticeMetadata practice={practice} />
    </div>
  );
}

export function PrintedPresentation({ practice }: { practice: PublishedPractice }) {
  if (practice.body.trim() === "" && !hasPracticeDetails(practice)) return null;
  return (
    <section className="hidden print:order-2 print:mt-8 print:block">
      <h2 className="text-xl font-bold">Pełna prezentacja</h2>
      <MarkdownBody source={practice.body} />
      <PracticeDetails practice={practice} idPrefix="druk-" />
    </section>
  );
}

export function PrintedAttachments({ practice }: { practice: PublishedPractice }) {
  return (
    <section className="hidden print:order-3 print:mt-8 print:block">
      <h2 className="text-xl font-bold">Załączniki</h2>
      {practice.attachments.length === 0 ? (
        <p>Ta praktyka nie ma załączników.</p>
      ) : (
        <ul className="mt-2 list-disc pl-6">
          {practice.attachments.map((attachment) => (
            <li key={attachment.id}>
              {attachment.title} – {attachment.fileName} ({formatName(attachment.mimeType, attachment.fileName)},{" "}
              {formatFileSize(attachment.byteSize)})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function PracticePrintSupplement({ practice, view }: { practice: PublishedPractice; view: PracticeView }) {
  return (
    <>
      {view !== "skrot" && <PrintedSummary practice={practice} />}
      {view !== "prezentacja" && <PrintedPresentation practice={practice} />}
      {view !== "zalaczniki" && <PrintedAttachments practice={practice} />}
    </>
  );
}
