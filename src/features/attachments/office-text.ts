import type { AttachmentFormatId } from "./formats";
import type { TextLimits, TextOutcome } from "./text-outcome";
import { inflateEntry, newZipBudget, readZipDirectory } from "./zip-reader";

// The text of DOCX, XLSX, ODT and ODS files: their XML parts read from the ZIP with the same
// strict, bounded reader as the upload inspection (zip-reader.ts), and their character data taken
// with a linear scan of the tags (the text is all we want, not the document's structure).

type XmlTextRules = {
  /** The parts holding the text, in reading order (a pattern for a numbered series). */
  parts: RegExp;
  /** Only character data inside these elements is text (null: all of it). */
  textIn: ReadonlySet<string> | null;
  /** Elements whose end is the end of a line (paragraphs, cells, breaks). */
  lineEnds: ReadonlySet<string>;
  /** Empty elements standing for a space (tabs, ODF's <text:s/>). */
  spaces: ReadonlySet<string>;
};

const OPENDOCUMENT: XmlTextRules = {
  parts: /^content\.xml$/,
  textIn: new Set(["text:p", "text:h"]),
  lineEnds: new Set(["text:p", "text:h", "text:line-break"]),
  spaces: new Set(["text:s", "text:tab"]),
};

const RULES: Partial<Record<AttachmentFormatId, XmlTextRules>> = {
  docx: {
    parts: /^word\/document\.xml$/,
    // w:t only: field codes (w:instrText) and deleted revisions (w:delText) are not the text read.
    textIn: new Set(["w:t"]),
    lineEnds: new Set(["w:p", "w:br", "w:cr"]),
    spaces: new Set(["w:tab"]),
  },
  // Cell text: the shared strings, then strings typed into cells (<is><t>); numbers are not text.
  xlsx: { parts: /^xl\/(sharedStrings|worksheets\/sheet\d+)\.xml$/, textIn: new Set(["t"]), lineEnds: new Set(["si", "is"]), spaces: new Set() },
  odt: OPENDOCUMENT,
  ods: OPENDOCUMENT,
};

export function hasOfficeText(format: AttachmentFormatId): boolean {
  return RULES[format] !== undefined;
}

export function officeText(bytes: Uint8Array, format: AttachmentFormatId, limits: TextLimits): TextOutcome {
  const rules = RULES[format];
  if (!rules) return { status: "UNSUPPORTED" };
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const budget = newZipBudget(buf.length);
  const directory = readZipDirectory(buf, budget);
  if (!directory.ok) return { status: "FAILED", error: `archiwum ZIP: ${directory.problem}` };
  const parts = directory.entries.filter((entry) => rules.parts.test(entry.name)).sort((a, b) => partOrder(a.name) - partOrder(b.name));
  let text = "";
  for (const entry of parts) {
    if (text.length >= limits.maxChars) break;
    const content = inflateEntry(buf, entry, budget);
    if (typeof content === "string") return { status: "FAILED", error: `archiwum ZIP: ${content}` };
    text += xmlText(content.toString("utf8"), rules, limits.maxChars - text.length);
  }
  text = text.slice(0, limits.maxChars).trim();
  return text ? { status: "EXTRACTED", text } : { status: "NO_TEXT" };
}

/** sheet2.xml before sheet10.xml; other parts (shared strings) first. */
function partOrder(name: string): number {
  return Number(/(\d+)\.xml$/.exec(name)?.[1] ?? 0);
}

const TOKEN = /<(\/?)([A-Za-z_][\w.:-]*)\b[^>]*?(\/?)>|<[!?][^>]*>|([^<]+)/g;

/** The character data of `xml` as the rules say, up to about `maxChars`. */
export function xmlText(xml: string, rules: Omit<XmlTextRules, "parts">, maxChars: number): string {
  const out: string[] = [];
  let length = 0;
  let depth = 0;
  const push = (text: string) => {
    out.push(text);
    length += text.length;
  };
  for (const [, closing, name, selfClosing, data] of xml.matchAll(TOKEN)) {
    if (length >= maxChars) break;
    if (data !== undefined) {
      if (rules.textIn === null || depth > 0) push(decodeEntities(data));
    } else if (name !== undefined) {
      if (rules.textIn?.has(name) && !selfClosing) depth += closing ? -1 : 1;
      if (rules.spaces.has(name) && !closing) push(" ");
      if (rules.lineEnds.has(name) && (closing || selfClosing)) push("\n");
      depth = Math.max(depth, 0);
    }
  }
  return out.join("");
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, entity: string) => {
    if (entity[0] !== "#") return NAMED[entity] ?? whole;
    const code = entity[1] === "x" || entity[1] === "X" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
