import { formatFileSize } from "@/lib/format";
import { MAX_FILES_PER_UPLOAD } from "./schema";

// The refusals every way of uploading says alike: the browser before sending, the upload route,
// and the new practice's form without JavaScript.

export const tooLargeMessage = (name: string, size: number, maxFileBytes: number) =>
  `Plik „${name}” ma ${formatFileSize(size)}, a największy dozwolony rozmiar to ${formatFileSize(maxFileBytes)}.`;

export const TOO_MANY_MESSAGE = `Można wysłać najwyżej ${MAX_FILES_PER_UPLOAD} plików naraz.`;
