export type AttachmentFormatId = "pdf" | "doc" | "docx" | "odt" | "xls" | "xlsx" | "ods" | "jpeg" | "png";

/** A file format editors may attach, as recognised from the file's content (see inspect.ts). */
export type AttachmentFormat = {
  id: AttachmentFormatId;
  mimeType: string;
  /** The extension a stored file gets, without the dot. */
  extension: string;
  /** Every extension accepted for this format (lower case, without the dot). */
  extensions: readonly string[];
  /** Short name shown next to a download link ("PDF, 1,2 MB"). */
  name: string;
  /** What the file is, in Polish: "dokument PDF". */
  label: string;
  /** The same in the instrumental case, for "… nie jest dokumentem PDF". */
  labelInstrumental: string;
};

function format(
  id: AttachmentFormatId,
  mimeType: string,
  extensions: readonly [string, ...string[]],
  label: string,
  labelInstrumental: string,
): AttachmentFormat {
  return { id, mimeType, extension: extensions[0], extensions, name: id.toUpperCase(), label, labelInstrumental };
}

export const ATTACHMENT_FORMATS: Record<AttachmentFormatId, AttachmentFormat> = {
  pdf: format("pdf", "application/pdf", ["pdf"], "dokument PDF", "dokumentem PDF"),
  doc: format("doc", "application/msword", ["doc"], "dokument Word (DOC)", "dokumentem Word (DOC)"),
  docx: format(
    "docx",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ["docx"],
    "dokument Word (DOCX)",
    "dokumentem Word (DOCX)",
  ),
  odt: format("odt", "application/vnd.oasis.opendocument.text", ["odt"], "dokument OpenDocument (ODT)", "dokumentem OpenDocument (ODT)"),
  xls: format("xls", "application/vnd.ms-excel", ["xls"], "arkusz Excel (XLS)", "arkuszem Excel (XLS)"),
  xlsx: format(
    "xlsx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ["xlsx"],
    "arkusz Excel (XLSX)",
    "arkuszem Excel (XLSX)",
  ),
  ods: format(
    "ods",
    "application/vnd.oasis.opendocument.spreadsheet",
    ["ods"],
    "arkusz OpenDocument (ODS)",
    "arkuszem OpenDocument (ODS)",
  ),
  jpeg: format("jpeg", "image/jpeg", ["jpg", "jpeg"], "obraz JPEG", "obrazem JPEG"),
  png: format("png", "image/png", ["png"], "obraz PNG", "obrazem PNG"),
};

const BY_MIME_TYPE = new Map(Object.values(ATTACHMENT_FORMATS).map((f) => [f.mimeType, f]));
const BY_EXTENSION = new Map(Object.values(ATTACHMENT_FORMATS).flatMap((f) => f.extensions.map((ext) => [ext, f] as const)));

/** "PDF, DOC, …, JPEG i PNG", for messages that list what may be attached. */
export const ACCEPTED_FORMAT_NAMES = Object.values(ATTACHMENT_FORMATS)
  .map((f) => f.name)
  .join(", ")
  .replace(/, (?=[^,]*$)/, " i ");

export function formatByExtension(extension: string): AttachmentFormat | undefined {
  return BY_EXTENSION.get(extension.toLowerCase());
}

export function formatByMimeType(mimeType: string): AttachmentFormat | undefined {
  return BY_MIME_TYPE.get(mimeType);
}

/** How a file format is named to people ("PDF, 1,2 MB"). */
export function formatName(mimeType: string, fileName: string): string {
  return BY_MIME_TYPE.get(mimeType)?.name ?? (fileName.split(".").pop() ?? "plik").toUpperCase();
}
