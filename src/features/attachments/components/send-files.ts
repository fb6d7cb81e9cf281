import { formatFileSize } from "@/lib/format";
import { TOO_MANY_MESSAGE, tooLargeMessage } from "../messages";
import { MAX_FILES_PER_UPLOAD } from "../schema";

// The browser's side of an upload, shared by the edit page's upload form and the new practice's
// form: the same checks before sending and the same XMLHttpRequest (whose upload events, unlike
// fetch's, report progress).

/** The file input's hint: the server decides by content, the name only has to match it. */
export function uploadHint(maxFileBytes: number): string {
  return `PDF, DOC, DOCX, ODT, XLS, XLSX, ODS, JPEG lub PNG; każdy plik do ${formatFileSize(maxFileBytes)}, najwyżej ${MAX_FILES_PER_UPLOAD} naraz. Typ pliku jest sprawdzany po jego zawartości.`;
}

/** What is wrong with the chosen files before anything is sent, or null. */
export function problemWithFiles(files: File[], maxFileBytes: number): string | null {
  if (files.length === 0) return "Wybierz co najmniej jeden plik.";
  if (files.length > MAX_FILES_PER_UPLOAD) return TOO_MANY_MESSAGE;
  const tooLarge = files.filter((file) => file.size > maxFileBytes);
  if (tooLarge.length === 0) return null;
  return tooLarge.map((file) => tooLargeMessage(file.name, file.size, maxFileBytes)).join(" ");
}

export type Progress = { loaded: number; total: number };

/** Posts the form data and resolves with the JSON answer, or with a Polish message of what went wrong. */
export function sendFiles<Answer>(url: string, data: FormData, onProgress: (progress: Progress) => void): Promise<{ ok: true; body: Answer } | { ok: false; message: string }> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.setRequestHeader("accept", "application/json");
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress({ loaded: event.loaded, total: event.total });
    };
    request.onload = () => {
      let body: (Answer & { message?: string }) | null = null;
      try {
        body = JSON.parse(request.responseText) as Answer & { message?: string };
      } catch {
        // A body that is not JSON (a proxy's error page): reported below as a failure.
      }
      if (request.status === 401) return resolve({ ok: false, message: "Sesja wygasła. Zaloguj się ponownie w nowej karcie i wyślij pliki jeszcze raz." });
      if (request.status !== 200 || body === null) return resolve({ ok: false, message: body?.message ?? "Nie udało się wysłać plików. Spróbuj ponownie." });
      resolve({ ok: true, body });
    };
    request.onerror = () => resolve({ ok: false, message: "Połączenie zostało przerwane. Sprawdź połączenie z internetem i spróbuj ponownie." });
    request.send(data);
  });
}
