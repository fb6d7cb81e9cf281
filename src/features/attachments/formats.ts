// How a file format is named to people ("PDF, 1,2 MB").
const FORMAT_NAMES: Record<string, string> = {
  "application/pdf": "PDF",
  "application/msword": "DOC",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "DOCX",
  "application/vnd.oasis.opendocument.text": "ODT",
  "application/vnd.ms-excel": "XLS",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "XLSX",
  "application/vnd.oasis.opendocument.spreadsheet": "ODS",
  "image/jpeg": "JPEG",
  "image/png": "PNG",
};

export function formatName(mimeType: string, fileName: string): string {
  return FORMAT_NAMES[mimeType] ?? (fileName.split(".").pop() ?? "plik").toUpperCase();
}
