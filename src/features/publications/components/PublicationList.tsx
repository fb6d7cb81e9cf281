import { formatName } from "@/features/attachments/formats";
import type { PublicationListItem } from "@/features/publications/data";
import { formatFileSize, formatLongDate } from "@/lib/format";

export function publicationHref(id: number): string {
  return `/publikacje/${id}`;
}

/** Each document: its title as the download link, the format and size, the date and the description. */
export function PublicationList({ publications }: { publications: PublicationListItem[] }) {
  if (publications.length === 0) return <p className="mt-4">Nie opublikowano jeszcze żadnych dokumentów.</p>;
  return (
    <ul className="mt-6 space-y-6">
      {publications.map((publication) => (
        <li key={publication.id} className="border-b border-slate-200 pb-6">
          <h2 className="text-xl font-bold">
            <a href={publicationHref(publication.id)} download={publication.fileName}>
              {publication.title}
            </a>
          </h2>
          <p className="mt-1 text-sm text-slate-700">
            {formatName(publication.mimeType, publication.fileName)}, {formatFileSize(publication.byteSize)}
            {" · "}opublikowano <time dateTime={publication.publishedOn}>{formatLongDate(new Date(`${publication.publishedOn}T00:00:00Z`))}</time>
            <span className="sr-only">, plik {publication.fileName}</span>
          </p>
          {publication.description && <p className="mt-2 max-w-prose leading-relaxed">{publication.description}</p>}
        </li>
      ))}
    </ul>
  );
}
