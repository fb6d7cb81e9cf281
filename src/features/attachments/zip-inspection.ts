import { describeOfficePackage } from "./office-package";
import { archiveKind, executableKind } from "./sniff";
import { PROBLEMS, defect, type Verdict } from "./verdict";
import {
  ZIP_LIMITS,
  inflateEntry,
  newZipBudget,
  readZipDirectory,
  type ZipBudget,
  type ZipEntry,
  type ZipProblem,
} from "./zip-reader";

export const isZip = (buf: Buffer) => buf.toString("latin1", 0, 4) === "PK\x03\x04";

const MiB = 1024 * 1024;

const ZIP_PROBLEMS: Record<ZipProblem, string> = {
  corrupt:
    "jest uszkodzony albo ma nietypową budowę archiwum (np. dane doklejone przed nim lub po nim). Zapisz go ponownie w edytorze i dodaj jeszcze raz.",
  inconsistent:
    "ma w środku części, których zawartość nie zgadza się z zapisanym rozmiarem lub sumą kontrolną — tak wyglądają pliki uszkodzone albo spreparowane (bomby ZIP). Zapisz go ponownie w edytorze i dodaj jeszcze raz.",
  encrypted: PROBLEMS.encrypted,
  unsupported:
    "używa nieobsługiwanej odmiany archiwum ZIP (ZIP64 lub nietypowa kompresja). Zapisz go ponownie w edytorze i dodaj jeszcze raz.",
  "too-many-entries": `składa się ze zbyt wielu części (ponad ${ZIP_LIMITS.maxEntries.toLocaleString("pl-PL")}).`,
  "too-large": `po rozpakowaniu zająłby ponad ${ZIP_LIMITS.maxTotalUncompressedBytes / MiB} MB.`,
  "compression-ratio": `jest podejrzanie silnie skompresowany (ponad ${ZIP_LIMITS.maxCompressionRatio}:1) — tak wyglądają tzw. bomby ZIP.`,
};

/** Parts an office package is classified by; everything else is inflated only to be checked. */
const KEPT_PARTS = new Set(["mimetype", "[content_types].xml", "meta-inf/manifest.xml"]);

/** Embedded objects of OOXML (a chart's workbook, an embedded spreadsheet) live here as packages. */
const EMBEDDINGS = /^(?:word|xl)\/embeddings\/[^/]+$/i;

/** Office stores some vector images gzip-compressed (.emz, .wmz); nothing here ever inflates them. */
const COMPRESSED_METAFILE = /^(?:word|xl)\/media\/[^/]+\.(?:emz|wmz)$/i;

/**
 * DOCX, XLSX, ODT and ODS are ZIP packages. The archive is checked as a whole first (zip-reader.ts),
 * then every entry is inflated within the limits — declared sizes can lie, actual ones cannot — and
 * checked for what it holds: another archive (refused, except an OOXML embedding, which is checked
 * the same way against the same budget, one level deep) or an executable (refused). Then the
 * package is classified from its manifest parts (office-package.ts).
 */
export function inspectZipPackage(buf: Buffer): Verdict {
  const scanned = scanArchive(buf, newZipBudget(buf.length), 0);
  if (typeof scanned === "string") return defect(scanned);
  return describeOfficePackage(scanned.entries, scanned.parts);
}

type Scanned = { entries: ZipEntry[]; parts: Map<string, Buffer> };

function scanArchive(buf: Buffer, budget: ZipBudget, depth: number): Scanned | string {
  const directory = readZipDirectory(buf, budget);
  if (!directory.ok) return ZIP_PROBLEMS[directory.problem];
  const parts = new Map<string, Buffer>();
  for (const entry of directory.entries) {
    if (/(?:^|\/)vbaproject\.bin$/i.test(entry.name)) return PROBLEMS.macros;
    const content = inflateEntry(buf, entry, budget);
    if (typeof content === "string") return ZIP_PROBLEMS[content];
    const key = entry.name.toLowerCase();
    if (depth === 0 && KEPT_PARTS.has(key)) parts.set(key, content);
    if (isExecutable(content)) return PROBLEMS.executable;
    const archive = archiveKind(content);
    if (!archive || (archive === "archiwum GZIP" && COMPRESSED_METAFILE.test(entry.name))) continue;
    if (archive !== "archiwum ZIP" || depth >= ZIP_LIMITS.maxNestingDepth || !EMBEDDINGS.test(entry.name)) {
      return PROBLEMS.nestedArchive;
    }
    const nested = scanArchive(content, budget, depth + 1);
    if (typeof nested === "string") return nested;
  }
  return { entries: directory.entries, parts };
}

/** "MZ" is two bytes any binary part may start with; a Windows executable also has "PE\0\0" where its header points. */
function isExecutable(content: Buffer): boolean {
  if (!executableKind(content)) return false;
  if (content.toString("latin1", 0, 2) !== "MZ") return true;
  const peOffset = content.length >= 64 ? content.readUInt32LE(60) : -1;
  return peOffset >= 0 && peOffset + 4 <= content.length && content.toString("latin1", peOffset, peOffset + 4) === "PE\0\0";
}
