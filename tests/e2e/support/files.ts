// What a downloaded file really is, from its first bytes, whatever its name or type header say.

export type FileKind = "pdf" | "zip" | "png";

const SIGNATURES: [FileKind, Buffer][] = [
  ["pdf", Buffer.from("%PDF-", "latin1")],
  ["zip", Buffer.from([0x50, 0x4b, 0x03, 0x04])], // PK: DOCX, XLSX, ODT…
  ["png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
];

export function fileKind(content: Buffer): FileKind | null {
  return SIGNATURES.find(([, signature]) => content.subarray(0, signature.length).equals(signature))?.[0] ?? null;
}

/** The kind of file a name's extension promises, and the type the site should send with it. */
export function expectedFile(fileName: string): { kind: FileKind; contentType: string } {
  const extension = fileName.toLowerCase().split(".").pop();
  switch (extension) {
    case "pdf":
      return { kind: "pdf", contentType: "application/pdf" };
    case "docx":
      return { kind: "zip", contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" };
    case "odt":
      return { kind: "zip", contentType: "application/vnd.oasis.opendocument.text" };
    case "png":
      return { kind: "png", contentType: "image/png" };
    default:
      throw new Error(`The tests do not know attachments of type .${extension} (${fileName})`);
  }
}
