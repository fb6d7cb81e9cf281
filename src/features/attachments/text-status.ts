import type { AttachmentTextStatus } from "@/generated/prisma/enums";

/** What the editor sees of the text extraction of an attachment (text-job.ts); null for images. */
export function textStatusNote(status: AttachmentTextStatus, error: string | null): string | null {
  switch (status) {
    case "PENDING":
      return "tekst pliku czeka na odczytanie (zwykle kilka sekund).";
    case "EXTRACTED":
      return "przeszukuje tekst tego pliku.";
    case "NO_TEXT":
      return "brak warstwy tekstowej (skan?) — treść pliku nie jest przeszukiwana.";
    case "FAILED":
      return `nie udało się odczytać tekstu pliku (${error ?? "błąd"}) — treść nie jest przeszukiwana.`;
    case "UNSUPPORTED":
      return null;
  }
}
