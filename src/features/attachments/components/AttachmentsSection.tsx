import { Notice } from "@/components/ui/Notice";
import { requireEditor } from "@/features/auth/authorize";
import { env } from "@/lib/env";
import { firstValue } from "@/lib/search-params";
import { listUploadOutcomes } from "../data";
import { formatName } from "../formats";
import { textStatusNote } from "../text-status";
import type { AttachmentTextStatus } from "@/generated/prisma/enums";
import { uploadResultParamSchema } from "../schema";
import { AttachmentEditor } from "./AttachmentEditor";
import { UploadForm } from "./UploadForm";

type Practice = {
  id: number;
  attachments: {
    id: number;
    title: string;
    fileName: string;
    mimeType: string;
    byteSize: number;
    sha256: string;
    textStatus: AttachmentTextStatus;
    textError: string | null;
  }[];
};

const UPLOAD_ERRORS: Record<string, string> = {
  "brak-plikow": "Wybierz co najmniej jeden plik.",
  "za-duzo": "Za dużo danych naraz: wyślij mniej plików albo mniejsze pliki.",
  blad: "Nie udało się odczytać wysłanych plików. Spróbuj ponownie.",
};

export async function AttachmentsSection({ practice, query }: { practice: Practice; query: Record<string, string | string[] | undefined> }) {
  const editor = await requireEditor();
  const eventIds = uploadResultParamSchema.parse(firstValue(query.wynik));
  const outcomes = eventIds ? await listUploadOutcomes(eventIds, practice.id, editor.id) : null;
  const uploadError = UPLOAD_ERRORS[String(firstValue(query["zalaczniki-blad"]))] ?? null;
  return (
    <section aria-labelledby="zalaczniki" className="mt-12 border-t-4 border-brand-700 pt-6">
      <h2 id="zalaczniki" tabIndex={-1} className="text-2xl font-bold">
        Załączniki ({practice.attachments.length})
      </h2>
      {firstValue(query["zalaczniki-zapisano"]) === "1" && <Notice>Zapisano tytuły i kolejność załączników.</Notice>}
      {firstValue(query["zalacznik-usuniety"]) === "1" && <Notice>Usunięto załącznik.</Notice>}
      <UploadForm practiceId={practice.id} maxFileBytes={env().ATTACHMENT_MAX_MB * 1_000_000} initialOutcomes={outcomes} initialError={uploadError} />
      {practice.attachments.length > 0 ? (
        <AttachmentEditor
          // Drawn anew whenever the stored titles or order change, so the fields show what is saved.
          key={practice.attachments.map((attachment) => `${attachment.id}:${attachment.title}`).join("|")}
          practiceId={practice.id}
          items={practice.attachments.map((attachment) => ({
            id: attachment.id,
            title: attachment.title,
            fileName: attachment.fileName,
            formatName: formatName(attachment.mimeType, attachment.fileName),
            byteSize: attachment.byteSize,
            sha256: attachment.sha256,
            textNote: textStatusNote(attachment.textStatus, attachment.textError),
          }))}
        />
      ) : (
        <p className="mt-4">Ta praktyka nie ma jeszcze załączników.</p>
      )}
    </section>
  );
}
