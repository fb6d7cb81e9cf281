// The name an uploaded file is shown (and downloaded) under: the browser's name without any path,
// control characters or characters that trouble file systems, at most 200 characters.

const MAX_LENGTH = 200;

export function safeFileName(raw: string): string {
  const base = raw.normalize("NFC").split(/[/\\]/).pop() ?? "";
  const cleaned = base
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/[<>:"|?*]/g, "_")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "");
  if (cleaned.length <= MAX_LENGTH) return cleaned || "plik";
  const dot = cleaned.lastIndexOf(".");
  const extension = dot > 0 && cleaned.length - dot <= 6 ? cleaned.slice(dot) : "";
  return cleaned.slice(0, MAX_LENGTH - extension.length) + extension;
}

/** "Sprawozdanie_2012-final.pdf" → "Sprawozdanie 2012-final": a first title an editor can improve. */
export function titleFromFileName(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
  return stem.replace(/_+/g, " ").trim() || fileName;
}
