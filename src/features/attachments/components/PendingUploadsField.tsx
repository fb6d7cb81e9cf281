"use client";

import { useEffect, useRef, useState } from "react";
import { formatFileSize } from "@/lib/format";
import type { UploadOutcome } from "../mutations";
import { PENDING_FIELD, type PendingUpload, UPLOAD_FIELD } from "../schema";
import { FilesInput } from "./FilesInput";
import { type Progress, problemWithFiles, sendFiles, uploadHint } from "./send-files";
import { UploadOutcomes } from "./UploadOutcomes";
import { UploadProgress } from "./UploadProgress";

type Props = {
  initial: PendingUpload[];
  initialOutcomes: UploadOutcome[];
  maxFileBytes: number;
  /** True while files are on their way: the practice is not saved before they have arrived. */
  onBusyChange: (busy: boolean) => void;
};

const UPLOAD_URL = "/admin/praktyki/nowa/zalaczniki";

/**
 * Attachments in the new practice's form. With JavaScript each choice of files is sent at once,
 * with a progress bar, and kept as pending uploads; without it the files travel with the form.
 * Either way the form holds only the tokens of what arrived, so an answer with errors keeps them,
 * and the practice's save attaches them.
 */
export function PendingUploadsField({ initial, initialOutcomes, maxFileBytes, onBusyChange }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState(initial);
  const [outcomes, setOutcomes] = useState(initialOutcomes);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const hint = `${uploadHint(maxFileBytes)} Pliki zostaną dołączone do praktyki po jej zapisaniu.`;
  useEffect(() => onBusyChange(progress !== null), [progress, onBusyChange]);

  const send = async (files: File[]) => {
    const problem = problemWithFiles(files, maxFileBytes);
    if (problem) return setError(problem);
    setError(null);
    setOutcomes([]);
    setProgress({ loaded: 0, total: files.reduce((sum, file) => sum + file.size, 0) });
    const data = new FormData();
    for (const file of files) data.append(UPLOAD_FIELD, file);
    const answer = await sendFiles<{ outcomes?: UploadOutcome[]; pending?: PendingUpload[] }>(UPLOAD_URL, data, setProgress);
    setProgress(null);
    // Sent once: the files must not travel again with the form.
    if (input.current) input.current.value = "";
    if (!answer.ok || !answer.body.outcomes) return setError(answer.ok ? "Nie udało się wysłać plików. Spróbuj ponownie." : answer.message);
    setOutcomes(answer.body.outcomes);
    setPending((current) => [...current, ...(answer.body.pending ?? [])]);
  };

  return (
    <div className="mt-5">
      <FilesInput
        hint={hint}
        error={error}
        inputRef={input}
        disabled={progress !== null}
        onChange={(event) => void send([...(event.currentTarget.files ?? [])])}
      />
      <div role="status" className="mt-4">
        {progress && <UploadProgress progress={progress} />}
        {outcomes.length > 0 && <UploadOutcomes outcomes={outcomes} pending />}
      </div>
      {pending.length > 0 && (
        <>
          <h3 className="mt-4 font-semibold">Pliki do dołączenia ({pending.length})</h3>
          <ul className="mt-2 space-y-2">
            {pending.map((upload) => (
              <li key={upload.token} className="flex flex-wrap items-center gap-x-4 gap-y-1 border-2 border-slate-300 p-3">
                <input type="hidden" name={PENDING_FIELD} value={upload.token} />
                <span className="wrap-anywhere">
                  <span className="font-semibold">{upload.fileName}</span> ({upload.formatLabel}, {formatFileSize(upload.byteSize)})
                </span>
                <button
                  type="submit"
                  name="operacja"
                  value={`usun-plik:${upload.token}`}
                  className="text-red-800 underline"
                  onClick={(event) => {
                    event.preventDefault();
                    setPending((current) => current.filter((other) => other.token !== upload.token));
                  }}
                >
                  Usuń<span className="sr-only"> plik {upload.fileName}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
