/**
 * Recognising what a file is from its first bytes, for everything we do NOT accept (so the editor
 * is told "to plik wykonywalny", not just "nieprawidłowy plik"), and the markup checks that stop
 * files a browser could treat as a web page.
 */

type Signature = { bytes: string; offset?: number; what: string; group: "executable" | "archive" | "other" };

const MACH_O = "plik wykonywalny systemu macOS (Mach-O)";

// Byte strings are written as latin1 ("\xca" is the byte 0xCA).
const SIGNATURES: readonly Signature[] = [
  { bytes: "MZ", what: "plik wykonywalny systemu Windows (EXE/DLL)", group: "executable" },
  { bytes: "\x7fELF", what: "plik wykonywalny systemu Linux (ELF)", group: "executable" },
  { bytes: "\xfe\xed\xfa\xce", what: MACH_O, group: "executable" },
  { bytes: "\xfe\xed\xfa\xcf", what: MACH_O, group: "executable" },
  { bytes: "\xce\xfa\xed\xfe", what: MACH_O, group: "executable" },
  { bytes: "\xcf\xfa\xed\xfe", what: MACH_O, group: "executable" },
  { bytes: "\xca\xfe\xba\xbe", what: "plik wykonywalny (Mach-O lub Java)", group: "executable" },
  { bytes: "#!", what: "skrypt (plik wykonywalny)", group: "executable" },
  { bytes: "\0asm", what: "moduł WebAssembly", group: "executable" },
  { bytes: "L\0\0\0\x01\x14\x02\0", what: "skrót systemu Windows (LNK)", group: "executable" },
  { bytes: "Rar!\x1a\x07", what: "archiwum RAR", group: "archive" },
  { bytes: "7z\xbc\xaf\x27\x1c", what: "archiwum 7-Zip", group: "archive" },
  { bytes: "\x1f\x8b", what: "archiwum GZIP", group: "archive" },
  { bytes: "BZh", what: "archiwum BZIP2", group: "archive" },
  { bytes: "\xfd7zXZ\0", what: "archiwum XZ", group: "archive" },
  { bytes: "MSCF", what: "archiwum CAB", group: "archive" },
  { bytes: "\x28\xb5\x2f\xfd", what: "archiwum Zstandard", group: "archive" },
  { bytes: "PK\x03\x04", what: "archiwum ZIP", group: "archive" },
  { bytes: "PK\x05\x06", what: "archiwum ZIP", group: "archive" },
  { bytes: "ustar", offset: 257, what: "archiwum TAR", group: "archive" },
  { bytes: "GIF8", what: "obraz GIF", group: "other" },
  { bytes: "WEBP", offset: 8, what: "obraz WebP", group: "other" },
  { bytes: "II*\0", what: "obraz TIFF", group: "other" },
  { bytes: "MM\0*", what: "obraz TIFF", group: "other" },
  { bytes: "ftyp", offset: 4, what: "plik multimedialny (np. HEIC, MP4)", group: "other" },
  { bytes: "{\\rtf", what: "dokument RTF", group: "other" },
  { bytes: "%!PS", what: "plik PostScript", group: "other" },
  { bytes: "BM", what: "obraz BMP", group: "other" },
];

function signatureOf(buf: Buffer, group?: Signature["group"]): Signature | undefined {
  return SIGNATURES.find(
    (s) => (!group || s.group === group) && buf.toString("latin1", s.offset ?? 0, (s.offset ?? 0) + s.bytes.length) === s.bytes,
  );
}

/** An executable's description, for contents found inside documents as well as whole uploads. */
export function executableKind(buf: Buffer): string | undefined {
  return signatureOf(buf, "executable")?.what;
}

export function archiveKind(buf: Buffer): string | undefined {
  return signatureOf(buf, "archive")?.what;
}

/** What a file we do not accept is, in Polish ("plik wykonywalny …", "strona HTML"), if we can tell. */
export function describeOtherContent(buf: Buffer): string | undefined {
  return markupKind(buf) ?? signatureOf(buf)?.what ?? (looksLikeText(buf) ? "plik tekstowy" : undefined);
}

/** Chromium's MIME sniffer reads this much; we look at the same window. */
export const SNIFF_WINDOW = 1024;

// The WHATWG MIME Sniffing standard's HTML patterns, each followed by a space or ">".
const HTML_START = /^<(?:!doctype html|html|head|script|iframe|h1|div|font|table|a|style|title|b|body|br|p|!--)[\s>]/i;
const SVG_TAG = /<svg[\s>/]/i;

/**
 * How a browser could take the file: a document starting (after whitespace or a byte-order mark)
 * like HTML, SVG or XML is sniffed as markup even when its name says ".pdf".
 */
function markupKind(buf: Buffer): string | undefined {
  let start = buf.toString("latin1", 0, 3) === "\xef\xbb\xbf" ? 3 : 0;
  while (start < buf.length && start < SNIFF_WINDOW && [0x09, 0x0a, 0x0c, 0x0d, 0x20].includes(buf[start] ?? 0)) start++;
  const head = buf.toString("latin1", start, start + SNIFF_WINDOW);
  if (!head.startsWith("<")) return undefined;
  if (SVG_TAG.test(head)) return "obraz SVG (może zawierać skrypty)";
  if (HTML_START.test(head)) return "strona HTML";
  if (head.startsWith("<?xml")) return "plik XML";
  if (ACTIVE_CONTENT.test(head)) return "strona HTML";
  return undefined;
}

// Control characters other than tab, line breaks and form feed do not occur in text files.
const BINARY_BYTE = /[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]/;

function looksLikeText(buf: Buffer): boolean {
  return !BINARY_BYTE.test(buf.toString("latin1", 0, SNIFF_WINDOW));
}

/**
 * Tags and URLs that make a browser run or load something. Only tag names of three letters or more
 * (plus "<!doctype"), followed by whitespace, ">" or "/", so random bytes in a JPEG's tables or a
 * PDF's "<<" dictionaries and "<a1>" hex strings cannot match by chance; office packages' XML uses
 * prefixed names ("<w:body", "<style:style") and does not match either.
 */
const ACTIVE_CONTENT =
  /<(?:!doctype|html|head|body|script|iframe|frameset|frame|svg|object|embed|applet|meta|style|link|img|form|title|base)[\s>/]|javascript:|<\?xml-stylesheet/i;

/**
 * A polyglot's second face: markup in the first bytes of an otherwise valid PDF, JPEG or PNG (where
 * a browser's sniffer or an old plugin would find it).
 */
export function hasActiveContentInHead(buf: Buffer): boolean {
  return ACTIVE_CONTENT.test(buf.toString("latin1", 0, SNIFF_WINDOW));
}

/** Where a ZIP reader looks for an archive's end: the last 64 KiB plus the 22-byte end record. */
export const ZIP_TAIL_WINDOW = 0xffff + 22;

/** A local file header or end-of-archive record: a ZIP appended to (or hidden in) this region. */
export function containsZipSignature(region: Buffer): boolean {
  return region.indexOf("PK\x03\x04", 0, "latin1") >= 0 || region.indexOf("PK\x05\x06", 0, "latin1") >= 0;
}
