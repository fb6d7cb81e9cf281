"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/Button";
import type { UploadOutcome } from "../mutations";
import { UPLOAD_FIELD } from "../schema";
import { FilesInput } from "./FilesInput";
import { problemWithFiles, sendFiles, uploadHint } from "./send-files";
import { UploadOutcomes } from "./UploadOutcomes";
import { UploadProgress } from "./UploadProgress";

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
  const hint = uploadHint(maxFileBytes);

  const send = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const files = [...((form.elements.namedItem(UPLOAD_FIELD) as HTMLInputElement | null)?.files ?? [])];
    const problem = problemWithFiles(files, maxFileBytes);
    if (problem) return setError(problem);
    setError(null);
    setOutcomes(null);
    setProgress({ loaded: 0, total: files.reduce((sum, file) => sum + file.size, 0) });
    const answer = await sendFiles<{ outcomes?: UploadOutcome[] }>(url, new FormData(form), setProgress);
    setProgress(null);
    if (!answer.ok || !answer.body.outcomes) return setError(answer.ok ? "Nie udało się wysłać plików. Spróbuj ponownie." : answer.message);
    setOutcomes(answer.body.outcomes);
    form.reset();
    router.refresh();
    requestAnimationFrame(() => results.current?.focus());
  };

  return (
    <form method="post" action={url} encType="multipart/form-data" onSubmit={send} className="mt-4 border-2 border-slate-300 p-4">
      <FilesInput hint={hint} error={error} />
      <Button className="mt-4" disabled={progress !== null}>
        Wyślij pliki
      </Button>
      <div ref={results} tabIndex={-1} role="status" className="mt-4 focus:outline-none">
        {progress && <UploadProgress progress={progress} />}
        {outcomes && <UploadOutcomes outcomes={outcomes} />}
      </div>
    </form>
  );
}
