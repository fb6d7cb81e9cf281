import { formatName } from "@/features/attachments/formats";
import { formatFileSize } from "@/lib/format";

type Item = { id: number; title: string; fileName: string; mimeType: string; byteSize: number };

function attachmentHref(practiceSlug: string, attachmentId: number): string {
  return `/praktyki/${practiceSlug}/zalaczniki/${attachmentId}`;
}

export function AttachmentList({ practiceSlug, attachments }: { practiceSlug: string; attachments: Item[] }) {
  if (attachments.length === 0) return <p>Ta praktyka nie ma załączników.</p>;
  return (
    <ul className="space-y-3">
      {attachments.map((attachment) => (
        <li key={attachment.id} className="border border-slate-200 p-3">
          <a href={attachmentHref(practiceSlug, attachment.id)} download={attachment.fileName} className="font-semibold">
            {attachment.title}
          </a>
          <span className="block text-sm text-slate-700">
            {formatName(attachment.mimeType, attachment.fileName)}, {formatFileSize(attachment.byteSize)}
            <span className="sr-only">, plik {attachment.fileName}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
