import { ATTACHMENT_FORMATS } from "./formats";
import { OLE_SIGNATURE, readOleFile, type OleEntry, type OleFile } from "./ole-reader";
import { PROBLEMS, accepted, defect, other, type Verdict } from "./verdict";

export const isOle = (buf: Buffer) => buf.toString("latin1", 0, 8) === OLE_SIGNATURE;

const FIB_WORD_97 = 0xa5ec;
const FIB_ENCRYPTED = 0x0100;
const FIB_TABLE_1 = 0x0200;
const BIFF_BOF = 0x0809;
const BIFF8 = 0x0600;
const BIFF_WORKBOOK_GLOBALS = 0x0005;
const BIFF_EOF = 0x000a;
const BIFF_FILEPASS = 0x002f;
const BIFF_BOUNDSHEET = 0x0085;
/** Sheet records come before the shared strings, so the start of the globals is enough. */
const WORKBOOK_SCAN_BYTES = 1024 * 1024;

/**
 * DOC and XLS are OLE2 compound files, like MSI installers, Outlook messages, old PowerPoint and
 * password-protected OOXML, so the container alone proves nothing. A DOC has a WordDocument stream
 * starting with a Word 97+ FIB and the table stream it names; an XLS has a Workbook stream starting
 * with a BIFF8 workbook BOF record. Refused: encryption (FIB flag, FILEPASS record, or an OOXML
 * EncryptedPackage), VBA macros (Macros / _VBA_PROJECT_CUR storages) and Excel 4.0 macro sheets
 * (BOUNDSHEET of type macro), an old and still common malware vehicle.
 */
export function inspectOle(buf: Buffer): Verdict {
  const ole = readOleFile(buf);
  const names = ole?.topLevel;
  if (!ole || !names) return defect(PROBLEMS.truncated("plik pakietu Office"));
  if (names.has("EncryptedPackage") || names.has("EncryptionInfo")) return defect(PROBLEMS.encrypted);
  const word = names.get("WordDocument");
  const workbook = names.get("Workbook");
  if (word && workbook) return defect(PROBLEMS.truncated("plik pakietu Office"));
  if (word) return inspectWord(ole, word);
  if (workbook) return inspectExcel(ole, workbook);
  if (names.has("Book")) return other("arkusz z bardzo starej wersji Excela (5.0/95)");
  if (names.has("PowerPoint Document")) return other("prezentacja PowerPoint (PPT)");
  return other("plik złożony Microsoft (np. instalator MSI lub wiadomość Outlooka), a nie dokument Word ani arkusz Excel");
}

function inspectWord(ole: OleFile, wordDocument: OleEntry): Verdict {
  const fib = ole.read(wordDocument, 32);
  if (fib.length < 32 || fib.readUInt16LE(0) !== FIB_WORD_97) {
    return fib.length >= 2 && fib.readUInt16LE(0) === 0xa5dc
      ? other("dokument z bardzo starej wersji Worda (6.0/95)")
      : defect(PROBLEMS.truncated(ATTACHMENT_FORMATS.doc.label));
  }
  const flags = fib.readUInt16LE(10);
  if (flags & FIB_ENCRYPTED) return defect(PROBLEMS.encrypted);
  if (!ole.topLevel.has(flags & FIB_TABLE_1 ? "1Table" : "0Table")) return defect(PROBLEMS.truncated(ATTACHMENT_FORMATS.doc.label));
  if (ole.topLevel.get("Macros")?.type === "storage" || ole.topLevel.has("_VBA_PROJECT")) return defect(PROBLEMS.macros);
  return accepted(ATTACHMENT_FORMATS.doc);
}

function inspectExcel(ole: OleFile, workbook: OleEntry): Verdict {
  const stream = ole.read(workbook, WORKBOOK_SCAN_BYTES);
  if (stream.length < 8 || stream.readUInt16LE(0) !== BIFF_BOF) return defect(PROBLEMS.truncated(ATTACHMENT_FORMATS.xls.label));
  if (stream.readUInt16LE(4) !== BIFF8 || stream.readUInt16LE(6) !== BIFF_WORKBOOK_GLOBALS) {
    return other("arkusz ze starej wersji Excela (sprzed 97)");
  }
  if (ole.topLevel.has("_VBA_PROJECT_CUR")) return defect(PROBLEMS.macros);
  for (let pos = 4 + stream.readUInt16LE(2); pos + 4 <= stream.length; ) {
    const type = stream.readUInt16LE(pos);
    const length = stream.readUInt16LE(pos + 2);
    if (type === BIFF_EOF) break;
    if (type === BIFF_FILEPASS) return defect(PROBLEMS.encrypted);
    // BOUNDSHEET: 4-byte stream position, visibility byte, then the sheet type (1 = Excel 4.0 macros).
    if (type === BIFF_BOUNDSHEET && pos + 10 <= stream.length && stream[pos + 9] === 0x01) return defect(PROBLEMS.macros);
    pos += 4 + length;
  }
  return accepted(ATTACHMENT_FORMATS.xls);
}
