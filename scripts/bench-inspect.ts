// `npm run bench:inspect`: how long inspectUpload takes on large uploads, against a baseline of one
// CRC-32 pass over the same bytes measured in the same run (reading every byte once, natively).
// A 20 MB PDF must stay well under 100 ms; a zip bomb must be refused without inflating it.
import { crc32 } from "node:zlib";
import { buildDocx } from "../tests/fixtures/uploads/builders/office";
import { buildPdf, noise } from "../tests/fixtures/uploads/builders/pdf";
import { buildZipBomb } from "../tests/fixtures/uploads/builders/hostile";
import { buildJpeg } from "../tests/fixtures/uploads/builders/images";
import { inspectUpload } from "../src/features/attachments/inspect";

const MB = 1024 * 1024;
const RUNS = 20;

function median(fn: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? 0;
}

/** A JPEG whose scan is 20 MB of entropy-coded-looking data (0xFF never followed by a marker). */
function largeJpeg(bytes: number): Buffer {
  const jpeg = buildJpeg();
  const scan = noise(bytes).map((b) => (b === 0xff ? 0xfe : b));
  return Buffer.concat([jpeg.subarray(0, jpeg.length - 3), scan, jpeg.subarray(jpeg.length - 3)]);
}

/** Paragraphs of words in random order, compressing about as well as real document XML. */
function documentXml(bytes: number): string {
  const words = "gmina powiat projekt realizacja zadanie budżet mieszkańcy szkoła droga program wsparcie rada konsultacje inwestycja".split(" ");
  const random = noise(bytes / 4);
  const paragraphs: string[] = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    const text = Array.from({ length: 40 }, (_, j) => words[(random[(i * 40 + j) % random.length] ?? 0) % words.length]).join(" ");
    const paragraph = `<w:p><w:r><w:rPr><w:b w:val="${i % 2}"/></w:rPr><w:t>${text} ${i}.</w:t></w:r></w:p>`;
    paragraphs.push(paragraph);
    size += paragraph.length;
  }
  return paragraphs.join("");
}

const CASES: [string, string, Buffer][] = [
  ["PDF, 20 MB", "raport.pdf", buildPdf({ padding: 20 * MB })],
  ["JPEG, 20 MB", "zdjecie.jpg", largeJpeg(20 * MB)],
  ["DOCX, 20 MB of stored images", "raport.docx", buildDocx({ extraParts: [{ name: "word/media/image1.png", data: noise(20 * MB), store: true }] })],
  ["DOCX, 60 MB of XML deflated", "raport.docx", buildDocx({ text: documentXml(60 * MB) })],
  ["zip bomb, 20 MB of zeros in 20 KB", "bomba.docx", buildZipBomb()],
  // The most a tiny upload may inflate to: entries under the per-entry grace, just under 16 MiB in total.
  ["small upload, 16 MiB of zeros", "bomba.docx", buildDocx({ extraParts: Array.from({ length: 127 }, (_, i) => ({ name: `word/media/${i}.bin`, data: Buffer.alloc(128 * 1024) })) })],
  ["small upload, 17 MiB of zeros", "bomba.docx", buildDocx({ extraParts: Array.from({ length: 136 }, (_, i) => ({ name: `word/media/${i}.bin`, data: Buffer.alloc(128 * 1024) })) })],
];

console.log(`median of ${RUNS} runs; baseline = crc32 over the same bytes\n`);
console.log(`${"case".padEnd(34)} ${"size".padStart(9)} ${"inspect".padStart(10)} ${"baseline".padStart(10)}  ratio  result`);
for (const [label, name, bytes] of CASES) {
  const result = inspectUpload(bytes, name);
  const inspect = median(() => inspectUpload(bytes, name));
  const baseline = median(() => crc32(bytes));
  const outcome = result.ok ? `ok (${result.format.name})` : "refused";
  console.log(
    `${label.padEnd(34)} ${`${(bytes.length / MB).toFixed(1)} MB`.padStart(9)} ${`${inspect.toFixed(2)} ms`.padStart(10)} ${`${baseline.toFixed(2)} ms`.padStart(10)} ${(inspect / baseline).toFixed(2).padStart(6)}  ${outcome}`,
  );
}
