import { ATTACHMENT_FORMATS } from "./formats";
import { PROBLEMS, accepted, defect, other, type Verdict } from "./verdict";
import type { ZipEntry } from "./zip-reader";

const OPENDOCUMENT: Record<string, Verdict> = {
  "application/vnd.oasis.opendocument.text": accepted(ATTACHMENT_FORMATS.odt),
  "application/vnd.oasis.opendocument.spreadsheet": accepted(ATTACHMENT_FORMATS.ods),
  "application/vnd.oasis.opendocument.presentation": other("prezentacja OpenDocument (ODP)"),
  "application/vnd.oasis.opendocument.graphics": other("rysunek OpenDocument (ODG)"),
  "application/vnd.oasis.opendocument.text-template": other("szablon dokumentu OpenDocument (OTT)"),
  "application/vnd.oasis.opendocument.spreadsheet-template": other("szablon arkusza OpenDocument (OTS)"),
  "application/epub+zip": other("publikacja EPUB"),
};

const OOXML_MAIN: Record<string, Verdict> = {
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": accepted(ATTACHMENT_FORMATS.docx),
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": accepted(ATTACHMENT_FORMATS.xlsx),
  "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml": other("szablon dokumentu Word (DOTX)"),
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": other("szablon arkusza Excel (XLTX)"),
  "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml": other("prezentacja PowerPoint (PPTX)"),
  "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml": other("pokaz PowerPoint (PPSX)"),
};

const NOT_COMPLETE = (label: string) => PROBLEMS.truncated(label);

/**
 * What an (already safely scanned) ZIP package is. ODF: the first entry is an uncompressed
 * `mimetype` naming the document type, with content.xml and a manifest that declares no
 * encryption, and no Basic or script macros. OOXML: [Content_Types].xml declares exactly one main
 * document part of a known type, that part and _rels/.rels exist, and nothing is macro-enabled
 * (a .docm/.xlsm renamed .docx keeps its macro content types and vbaProject.bin).
 */
export function describeOfficePackage(entries: ZipEntry[], parts: Map<string, Buffer>): Verdict {
  const names = new Set(entries.map((entry) => entry.name.toLowerCase()));
  const first = entries.find((entry) => entry.localOffset === 0);
  const isOpenDocument = first?.name === "mimetype";
  const isOfficeOpenXml = names.has("[content_types].xml");
  if (isOpenDocument && isOfficeOpenXml) return defect(NOT_COMPLETE("dokument"));
  if (isOpenDocument) return describeOpenDocument(first, names, parts);
  if (isOfficeOpenXml) return describeOfficeOpenXml(names, parts.get("[content_types].xml"));
  if (names.has("mimetype") && names.has("meta-inf/manifest.xml")) {
    return defect("nie jest poprawnym dokumentem OpenDocument (plik „mimetype” musi być pierwszy w archiwum). Zapisz go ponownie w edytorze.");
  }
  return other("archiwum ZIP");
}

function describeOpenDocument(mimetype: ZipEntry, names: Set<string>, parts: Map<string, Buffer>): Verdict {
  const type = parts.get("mimetype")?.toString("latin1") ?? "";
  const verdict = mimetype.method === 0 ? OPENDOCUMENT[type] : undefined;
  if (!verdict) return type.startsWith("application/vnd.oasis.opendocument.") ? other("dokument OpenDocument innego rodzaju") : other("archiwum ZIP");
  if (verdict.kind !== "accepted") return verdict;
  const manifest = parts.get("meta-inf/manifest.xml");
  if (!manifest || !names.has("content.xml")) return defect(NOT_COMPLETE(verdict.format.label));
  if (manifest.includes("encryption-data")) return defect(PROBLEMS.encrypted);
  // Basic modules sit beside the library index files (script-lc.xml, script-lb.xml), which some
  // versions write even for an empty library; other scripting languages live under Scripts/.
  const hasMacros = [...names].some((name) => /^basic\/[^/]+\/(?!script-l[bc]\.xml$)[^/]+$/.test(name) || /^scripts\/.+[^/]$/.test(name));
  if (hasMacros) return defect(PROBLEMS.macros);
  return verdict;
}

type Override = { partName: string; contentType: string };

function describeOfficeOpenXml(names: Set<string>, contentTypesXml: Buffer | undefined): Verdict {
  const overrides = parseOverrides(contentTypesXml);
  if (!overrides) return defect(NOT_COMPLETE("dokument Office"));
  if (overrides.some((o) => /macroenabled|vbaproject|vbadata/i.test(o.contentType))) return defect(PROBLEMS.macros);
  const mains = overrides.filter((o) => OOXML_MAIN[o.contentType.toLowerCase()]);
  const [main] = mains;
  if (!main) {
    return overrides.some((o) => /\.main\+xml$/i.test(o.contentType))
      ? other("dokument pakietu Office innego rodzaju")
      : defect(NOT_COMPLETE("dokument Office"));
  }
  const verdict = OOXML_MAIN[main.contentType.toLowerCase()] as Verdict;
  if (verdict.kind !== "accepted") return verdict;
  if (mains.length > 1) return defect(NOT_COMPLETE(verdict.format.label));
  const partName = safeDecode(main.partName.replace(/^\//, "")).toLowerCase();
  if (!names.has(partName) || !names.has("_rels/.rels")) return defect(NOT_COMPLETE(verdict.format.label));
  return verdict;
}

const OVERRIDE_TAG = /<(?:\w+:)?Override\b[^>]*>/g;
const attribute = (tag: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);

/** The Override elements of [Content_Types].xml; a small, flat file, read with a regular expression. */
function parseOverrides(xml: Buffer | undefined): Override[] | undefined {
  if (!xml || xml.length > 1024 * 1024) return undefined;
  const text = xml[0] === 0xff && xml[1] === 0xfe ? xml.toString("utf16le") : xml.toString("utf8");
  if (!/<(?:\w+:)?Types\b/.test(text)) return undefined;
  return [...text.matchAll(OVERRIDE_TAG)].flatMap(([tag]) => {
    const partName = attribute(tag, "PartName");
    const contentType = attribute(tag, "ContentType");
    if (!partName || !contentType) return [];
    return [{ partName: partName[1] ?? partName[2] ?? "", contentType: (contentType[1] ?? contentType[2] ?? "").trim() }];
  });
}

function safeDecode(partName: string): string {
  try {
    return decodeURIComponent(partName);
  } catch {
    return partName;
  }
}
