import { ATTACHMENT_FORMATS } from "./formats";
import { containsZipSignature } from "./sniff";
import { PROBLEMS, accepted, defect, type Verdict } from "./verdict";

/**
 * Decoding is what costs memory, so huge dimensions are refused even in a small file ("pixel
 * flood"): 250 Mpx is above any phone camera (200 Mpx), and a side may not exceed 30 000 px.
 */
export const IMAGE_LIMITS = { maxSide: 30_000, maxPixels: 250_000_000 } as const;

/**
 * Real images have a few hundred PNG chunks per MB at most and a few dozen JPEG segments before the
 * scan; a file made of millions of empty ones only exists to make the walk slow.
 */
const MAX_PNG_CHUNKS = 200_000;
const MAX_JPEG_MARKERS = 10_000;

const PNG_SIGNATURE = "\x89PNG\r\n\x1a\n";

export const isPng = (buf: Buffer) => buf.toString("latin1", 0, 8) === PNG_SIGNATURE;
export const isJpeg = (buf: Buffer) => buf.length >= 3 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff;

const TOO_BIG = `ma zbyt duże wymiary (więcej niż ${IMAGE_LIMITS.maxSide.toLocaleString("pl-PL")} pikseli na bok). Zmniejsz obraz i dodaj go ponownie.`;

function dimensionsOk(width: number, height: number): boolean {
  return width <= IMAGE_LIMITS.maxSide && height <= IMAGE_LIMITS.maxSide && width * height <= IMAGE_LIMITS.maxPixels;
}

/** Chunk by chunk from IHDR to IEND, with nothing after IEND (where an appended file would sit). */
export function inspectPng(buf: Buffer): Verdict {
  const truncated = defect(PROBLEMS.truncated("obraz PNG"));
  let pos = 8;
  let chunks = 0;
  let sawImageData = false;
  while (pos + 12 <= buf.length) {
    const length = buf.readUInt32BE(pos);
    const type = buf.toString("latin1", pos + 4, pos + 8);
    const end = pos + 12 + length;
    if (length > 0x7fffffff || !/^[A-Za-z]{4}$/.test(type) || chunks > MAX_PNG_CHUNKS) return truncated;
    if (end > buf.length) return truncated;
    if (chunks === 0) {
      if (type !== "IHDR" || length !== 13) return truncated;
      const width = buf.readUInt32BE(pos + 8);
      const height = buf.readUInt32BE(pos + 12);
      if (width === 0 || height === 0) return truncated;
      if (!dimensionsOk(width, height)) return defect(TOO_BIG);
    }
    if (type === "IDAT") sawImageData = true;
    if (type === "IEND") {
      if (!sawImageData) return truncated;
      return end === buf.length ? accepted(ATTACHMENT_FORMATS.png) : defect(PROBLEMS.polyglotArchive);
    }
    chunks++;
    pos = end;
  }
  return truncated;
}

const isFrameMarker = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

/**
 * Segments up to the first scan, then the end-of-image marker (0xFFD9 cannot occur inside
 * entropy-coded data, which escapes 0xFF). Data after it is allowed — cameras append preview
 * images (MPF) and trailers there — unless it holds a ZIP archive.
 */
export function inspectJpeg(buf: Buffer): Verdict {
  const truncated = defect(PROBLEMS.truncated("obraz JPEG"));
  let pos = 2;
  let sawFrame = false;
  for (let markers = 0; markers < MAX_JPEG_MARKERS; markers++) {
    if (pos + 4 > buf.length) return truncated;
    if (buf[pos] !== 0xff) return truncated;
    const marker = buf[pos + 1] ?? 0;
    if (marker === 0xff) {
      pos += 1;
      continue;
    }
    if (marker === 0xd8 || marker === 0xd9 || (marker >= 0xd0 && marker <= 0xd7)) return truncated;
    const end = pos + 2 + buf.readUInt16BE(pos + 2);
    if (end > buf.length || end < pos + 4) return truncated;
    if (isFrameMarker(marker)) {
      if (end < pos + 10) return truncated;
      const height = buf.readUInt16BE(pos + 5);
      const width = buf.readUInt16BE(pos + 7);
      if (width === 0) return truncated;
      if (!dimensionsOk(width, height)) return defect(TOO_BIG);
      sawFrame = true;
    }
    if (marker === 0xda) {
      if (!sawFrame) return truncated;
      const endOfImage = buf.indexOf(Buffer.from([0xff, 0xd9]), end);
      if (endOfImage < 0) return truncated;
      if (containsZipSignature(buf.subarray(endOfImage + 2))) return defect(PROBLEMS.polyglotArchive);
      return accepted(ATTACHMENT_FORMATS.jpeg);
    }
    pos = end;
  }
  return truncated;
}
