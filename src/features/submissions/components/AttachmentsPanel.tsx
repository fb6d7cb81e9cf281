import { Button } from "@/components/ui/Button";
import { ACCEPT_ATTRIBUTE, UPLOAD_FIELD } from "@/features/attachments/schema";
import { countPl, formatFileSize } from "@/lib/format";
import { removeAttachmentAction } from "../actions";
import type { PublicSubmission } from "../data";

type Props = { token: string; attachments: PublicSubmission["attachments"]; maxFiles: number; maxMegabytes: number; editable: boolean };

/** The attachments, a remove button for each, and a plain multipart form that works without JavaScript. */
export function AttachmentsPanel({ token, attachments, maxFiles, maxMegabytes, editable }: Props) {
  const room = maxFiles - attachments.length;
  return (
    <>
      {attachments.length === 0 ? (
        <p className="mt-4">Nie dołączono plików.</p>
      ) : (
        <ul className="mt-4 space-y-2">
          {attachments.map((attachment) => (
            <li key={attachment.id} className="flex flex-wrap items-center gap-4 border-2 border-slate-300 p-3">
              <span className="break-all">
                {attachment.fileName} ({formatFileSize(attachment.byteSize)})
              </span>
              {editable && (
                <form action={removeAttachmentAction}>
                  <input type="hidden" name="token" value={token} />
                  <input type="hidden" name="zalacznik" value={attachment.id} />
                  <Button variant="secondary" className="py-1">
                    Usuń<span className="sr-only"> plik {attachment.fileName}</span>
                  </Button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && room > 0 && (
        <form method="post" action={`/zgloszenie/${token}/pliki`} encType="multipart/form-data" className="mt-6" aria-label="Dodawanie załączników">
          <label htmlFor={UPLOAD_FIELD} className="block font-semibold">
            Pliki do dołączenia
          </label>
          <p id={`${UPLOAD_FIELD}-podpowiedz`} className="text-sm text-slate-700">
            PDF, dokumenty i arkusze (Word, OpenDocument, Excel), zdjęcia JPEG i PNG, każdy do {maxMegabytes} MB. Można dołączyć jeszcze {countPl(room, "plik", "pliki", "plików")}. Pliki z makrami, zaszyfrowane lub uszkodzone są odrzucane.
          </p>
          <input id={UPLOAD_FIELD} name={UPLOAD_FIELD} type="file" multiple accept={ACCEPT_ATTRIBUTE} aria-describedby={`${UPLOAD_FIELD}-podpowiedz`} className="mt-2 block" />
          <Button className="mt-4">Dołącz pliki</Button>
        </form>
      )}
      {editable && room <= 0 && <p className="mt-6">Dołączono już najwięcej plików ({maxFiles}). Usuń któryś, aby dodać inny.</p>}
    </>
  );
}
