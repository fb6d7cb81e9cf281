"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { ErrorSummary } from "@/components/ui/ErrorSummary";
import { FieldError, inputClass } from "@/components/ui/Field";
import { formatFileSize } from "@/lib/format";
import { type AttachmentEditState, updateAttachmentsAction } from "../actions";

type Item = {
  id: number;
  title: string;
  fileName: string;
  formatName: string;
  byteSize: number;
  sha256: string;
  /** Whether search reads the file's text (text-status.ts); null for images. */
  textNote: string | null;
};

const INITIAL: AttachmentEditState = { errors: [], values: {}, saved: false };

/** Titles and order of a practice's attachments, in one form; removing goes through a confirmation page. */
export function AttachmentEditor({ practiceId, items }: { practiceId: number; items: Item[] }) {
  const [state, action, pending] = useActionState(updateAttachmentsAction, INITIAL);
  const errorOf = (field: string) => state.errors.find((error) => error.field === field)?.message;
  return (
    <form action={action} className="mt-6" aria-labelledby="zalaczniki-lista">
      <h3 id="zalaczniki-lista" className="text-xl font-bold">
        Dołączone pliki
      </h3>
      <ErrorSummary errors={state.errors} />
      <input type="hidden" name="id" value={practiceId} />
      <ol className="mt-2 space-y-4">
        {items.map((item, index) => {
          const value = state.values[item.id];
          const titleId = `tytul-${item.id}`;
          const positionId = `pozycja-${item.id}`;
          return (
            <li key={item.id} className="border-2 border-slate-300 p-4">
              <input type="hidden" name="zalacznik" value={item.id} />
              <p className="text-sm text-slate-700">
                Plik <span className="font-semibold text-slate-900">{item.fileName}</span> ({item.formatName}, {formatFileSize(item.byteSize)}), SHA-256{" "}
                <code title={item.sha256}>{item.sha256.slice(0, 12)}…</code>
              </p>
              {item.textNote && <p className="text-sm text-slate-700">Wyszukiwarka: {item.textNote}</p>}
              <div className="mt-2 grid gap-4 sm:grid-cols-[1fr_10rem]">
                <div className={errorOf(titleId) ? "border-l-4 border-red-700 pl-3" : ""}>
                  <label htmlFor={titleId} className="block font-semibold">
                    Tytuł<span className="sr-only"> pliku {item.fileName}</span>
                  </label>
                  <FieldError id={titleId} error={errorOf(titleId)} />
                  <input
                    id={titleId}
                    name={titleId}
                    defaultValue={value?.title ?? item.title}
                    aria-invalid={errorOf(titleId) ? true : undefined}
                    aria-describedby={errorOf(titleId) ? `${titleId}-blad` : undefined}
                    className={inputClass}
                  />
                </div>
                <div className={errorOf(positionId) ? "border-l-4 border-red-700 pl-3" : ""}>
                  <label htmlFor={positionId} className="block font-semibold">
                    Kolejność<span className="sr-only"> pliku {item.fileName}</span>
                  </label>
                  <FieldError id={positionId} error={errorOf(positionId)} />
                  <input
                    id={positionId}
                    name={positionId}
                    type="number"
                    min={1}
                    inputMode="numeric"
                    defaultValue={value?.position ?? String(index + 1)}
                    aria-invalid={errorOf(positionId) ? true : undefined}
                    aria-describedby={errorOf(positionId) ? `${positionId}-blad` : undefined}
                    className={inputClass}
                  />
                </div>
              </div>
              <p className="mt-2 flex flex-wrap gap-4">
                <a href={`/admin/praktyki/${practiceId}/zalaczniki/${item.id}`}>
                  Pobierz<span className="sr-only"> {item.fileName}</span>
                </a>
                <Link href={`/admin/praktyki/${practiceId}/zalaczniki/${item.id}/usun`} className="text-red-800">
                  Usuń<span className="sr-only"> {item.fileName}</span>
                </Link>
              </p>
            </li>
          );
        })}
      </ol>
      <Button className="mt-4" variant="secondary" disabled={pending}>
        Zapisz tytuły i kolejność
      </Button>
    </form>
  );
}
