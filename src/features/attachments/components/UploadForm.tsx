"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/Button";
import { FieldError, inputClass } from "@/components/ui/Field";
import { formatFileSize } from "@/lib/format";
import type { UploadOutcome } from "../mutations";
import { ACCEPT_ATTRIBUTE, MAX_FILES_PER_UPLOAD, UPLOAD_FIELD } from "../schema";
import { UploadOutcomes } from "./UploadOutcomes";

type Props = { practiceId: number; maxFileBytes: number; initialOutcomes: UploadOutcome[] | null; initialError: string | null };

/**
 * Without JavaScript a plain multipart form (the server answers with a redirect back here); with
 * it, the same request by XMLHttpRequest, whose upload events drive a progress bar.
 */
export function UploadForm({ practiceId, maxFileBytes, initialOutcomes, initialError }: Props) {
  const router = useRouter();
  const results = useRef<HTMLDivElement>(null);
  const [progress, setProgress] = useState<{ loaded: number; total: number } | null>(null);
  const [outcomes, setOutcomes] = useState<UploadOutcome[] | null>(initialOutcomes);
  const [error, setError] = useState<string | null>(initialError);
  const url = `/admin/praktyki/${practiceId}/zalaczniki/wyslij`;
  const hint = `PDF, DOC, DOCX, ODT, XLS, XLSX, ODS, JPEG lub PNG; każdy plik do ${formatFileSize(maxFileBytes)}, najwyżej ${MAX_FILES_PER_UPLOAD} naraz. Typ pliku jest sprawdzany po jego zawartości.`;

  const send = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const files = [...((form.elements.namedItem(UPLOAD_FIELD) as HTMLInputElement | null)?.files ?? [])];
    if (files.length === 0) return setError("Wybierz co najmniej jeden plik.");
    if (files.length > MAX_FILES_PER_UPLOAD) return setError(`Można wysłać najwyżej ${MAX_FILES_PER_UPLOAD} plików naraz.`);
    const tooLarge = files.filter((file) => file.size > maxFileBytes);
    if (tooLarge.length > 0) {
      return setError(tooLarge.map((file) => `Plik „${file.name}” ma ${formatFileSize(file.size)}, a największy dozwolony rozmiar to ${formatFileSize(maxFileBytes)}.`).join(" "));
    }
    setError(null);
    setOutcomes(null);
    setProgress({ loaded: 0, total: files.reduce((sum, file) => sum + file.size, 0) });
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.setRequestHeader("accept", "application/json");
    request.upload.onprogress = (progressEvent) => {
      if (progressEvent.lengthComputable) setProgress({ loaded: progressEvent.loaded, total: progressEvent.total });
    };
    request.onload = () => {
      setProgress(null);
      let body: { outcomes?: UploadOutcome[]; message?: string } = {};
      try {
        body = JSON.parse(request.responseText) as typeof body;
      } catch {
        // handled below: no outcomes
      }
      if (request.status === 401) return setError("Sesja wygasła. Zaloguj się ponownie w nowej karcie i wyślij pliki jeszcze raz.");
      if (!body.outcomes) return setError(body.message ?? "Nie udało się wysłać plików. Spróbuj ponownie.");
      setOutcomes(body.outcomes);
      form.reset();
      router.refresh();
      requestAnimationFrame(() => results.current?.focus());
    };
    request.onerror = () => {
      setProgress(null);
      setError("Połączenie zostało przerwane. Sprawdź połączenie z internetem i spróbuj ponownie.");
    };
    request.send(new FormData(form));
  };

  const percent = progress && progress.total > 0 ? Math.round((progress.loaded / progress.total) * 100) : 0;
  return (
    <form method="post" action={url} encType="multipart/form-data" onSubmit={send} className="mt-4 border-2 border-slate-300 p-4">
      <div className={error ? "border-l-4 border-red-700 pl-3" : ""}>
        <label htmlFor="pliki" className="block font-semibold">
          Dodaj pliki
        </label>
        <p id="pliki-podpowiedz" className="text-sm text-slate-700">
          {hint}
        </p>
        <FieldError id="pliki" error={error ?? undefined} />
        <input
          id="pliki"
          name={UPLOAD_FIELD}
          type="file"
          multiple
          accept={ACCEPT_ATTRIBUTE}
          aria-describedby={error ? "pliki-podpowiedz pliki-blad" : "pliki-podpowiedz"}
          aria-invalid={error ? true : undefined}
          className={inputClass}
        />
      </div>
      <Button className="mt-4" disabled={progress !== null}>
        Wyślij pliki
      </Button>
      <div ref={results} tabIndex={-1} role="status" className="mt-4 focus:outline-none">
        {progress && (
          <div>
            <label htmlFor="postep-wysylania" className="block">
              Wysyłanie: {percent}% ({formatFileSize(progress.loaded)} z {formatFileSize(progress.total)})
            </label>
            <progress id="postep-wysylania" max={100} value={percent} className="mt-1 h-4 w-full" />
          </div>
        )}
        {outcomes && <UploadOutcomes outcomes={outcomes} />}
      </div>
    </form>
  );
}
