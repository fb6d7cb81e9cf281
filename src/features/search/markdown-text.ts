// The words a reader sees of a Markdown full presentation (MarkdownBody: CommonMark, raw HTML
// skipped), for search snippets. Regular expressions, line by line: parsing ten bodies per result
// page with a Markdown parser (about 1.3 ms each) would cost more than the search itself.

const DROPPED_LINE = [
  /^\s*(```|~~~)/, // code fences (the code itself stays)
  /^ {0,3}\[[^\]]+\]:\s*\S/, // link reference definitions
  /^ {0,3}([-*_])(\s*\1){2,}\s*$/, // thematic breaks, setext underlines "---"
  /^ {0,3}=+\s*$/, // setext underlines "==="
];

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntity(entity: string, body: string): string {
  if (body.startsWith("#")) {
    const code = body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : " ";
  }
  return ENTITIES[body] ?? entity;
}

function blockText(line: string): string {
  return line
    .replace(/^\s*(>\s?)+/, "") // block quotes
    .replace(/^ {0,3}#{1,6}(\s+|$)/, "") // ATX headings…
    .replace(/\s+#+\s*$/, "") // …and their closing hashes
    .replace(/^\s*([-*+]|\d{1,9}[.)])\s+(\[[ xX]\]\s+)?/, ""); // list markers
}

function inlineText(text: string): string {
  return text
    .replace(/<((?:https?|ftp|mailto):[^\s<>]*)>/gi, "$1") // autolinks, before tags: both start with "<" and a letter
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/<\/?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?\/?>/g, " ") // raw HTML, which the page skips
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1") // images: their text
    .replace(/\[([^\]]*)\]\((?:[^()\s]|\([^)]*\))*(\s+"[^"]*")?\)/g, "$1") // inline links
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1") // reference links
    .replace(/(`+)(.+?)\1/g, "$2") // code spans
    // Emphasis; a marker after a backslash is a plain character.
    .replace(/(?<!\\)(\*\*|__)(?=\S)(.+?)(?<=[^\s\\])\1/g, "$2")
    .replace(/(?<!\\)\*(?=\S)(.+?)(?<=[^\s\\])\*/g, "$1")
    .replace(/(?<![\p{L}\p{N}\\])_(?=\S)(.+?)(?<=[^\s\\])_(?![\p{L}\p{N}])/gu, "$1") // with _, never inside a word
    .replace(/(?<!\\)(\*{2,}|_{2,}|~{2,})/g, "") // unmatched markers
    .replace(/\\([!-/:-@[-`{-~])/g, "$1") // backslash escapes
    .replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-z]+);/g, decodeEntity);
}

export function markdownText(markdown: string): string {
  const lines = markdown.split(/\r?\n/).filter((line) => !DROPPED_LINE.some((pattern) => pattern.test(line)));
  return inlineText(lines.map(blockText).join("\n"));
}
