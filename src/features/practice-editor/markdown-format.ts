// The Markdown toolbar's edits as pure functions of the text and its selection, so they are tested
// without a browser; the component only applies the result to the textarea.

export type MarkdownFormat = "bold" | "heading" | "list" | "link";

export type TextEdit = {
  /** The range of the original text that is replaced, and what replaces it. */
  start: number;
  end: number;
  insert: string;
  /** The selection afterwards, in the new text. */
  selectionStart: number;
  selectionEnd: number;
};

const PLACEHOLDERS = { bold: "pogrubiony tekst", link: "tekst odnośnika" } as const;
const LINK_TARGET = "https://";

/** Wraps the selection (or a placeholder, left selected for typing over). */
function wrap(text: string, start: number, end: number, before: string, after: string, placeholder: string): TextEdit {
  const inner = text.slice(start, end) || placeholder;
  const insert = `${before}${inner}${after}`;
  return { start, end, insert, selectionStart: start + before.length, selectionEnd: start + before.length + inner.length };
}

/** Adds a prefix to every line the selection touches, or takes it away when all of them have it. */
function prefixLines(text: string, start: number, end: number, prefix: string): TextEdit {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const nextBreak = text.indexOf("\n", end > start && text[end - 1] === "\n" ? end - 1 : end);
  const lineEnd = nextBreak === -1 ? text.length : nextBreak;
  const lines = text.slice(lineStart, lineEnd).split("\n");
  const remove = lines.every((line) => line.startsWith(prefix));
  const insert = lines.map((line) => (remove ? line.slice(prefix.length) : `${prefix}${line.replace(/^(#+ |- )/, "")}`)).join("\n");
  // A caret goes on typing at the end of its line; a selection stays on the lines it covered.
  const selectionStart = start === end ? lineStart + insert.length : lineStart;
  return { start: lineStart, end: lineEnd, insert, selectionStart, selectionEnd: lineStart + insert.length };
}

export function formatMarkdown(text: string, selectionStart: number, selectionEnd: number, format: MarkdownFormat): TextEdit {
  const start = Math.max(0, Math.min(selectionStart, selectionEnd, text.length));
  const end = Math.min(text.length, Math.max(selectionStart, selectionEnd));
  if (format === "bold") return wrap(text, start, end, "**", "**", PLACEHOLDERS.bold);
  if (format === "heading") return prefixLines(text, start, end, "## ");
  if (format === "list") return prefixLines(text, start, end, "- ");
  // A link: the selected words become its text, and the address is selected for typing.
  const label = text.slice(start, end) || PLACEHOLDERS.link;
  const insert = `[${label}](${LINK_TARGET})`;
  const addressAt = start + label.length + 3;
  return { start, end, insert, selectionStart: addressAt, selectionEnd: addressAt + LINK_TARGET.length };
}

/** The text after an edit (what the textarea holds once the edit is applied). */
export function applyEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.start) + edit.insert + text.slice(edit.end);
}
