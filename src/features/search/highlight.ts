import { termOf } from "./analyze";

export type Fragment = { text: string; match: boolean };

const TOKEN = /([\p{L}\p{N}]+)/u;
const SNIPPET_LENGTH = 280;

function matches(word: string, terms: string[]): boolean {
  const term = termOf(word);
  return term !== null && terms.some((t) => term.startsWith(t));
}

/**
 * The part of `texts` around the first matched word, split into plain and matched fragments.
 * Returns text only: the page renders it as React text, so nothing in it is ever markup.
 */
export function snippet(texts: string[], terms: string[]): Fragment[] {
  const source = texts.find((text) => terms.length > 0 && text.split(TOKEN).some((part, i) => i % 2 === 1 && matches(part, terms))) ?? texts[0] ?? "";
  const flat = source.replace(/[#*_>`]+/g, " ").replace(/\s+/g, " ").trim();
  let start = 0;
  if (terms.length > 0) {
    const parts = flat.split(TOKEN);
    let offset = 0;
    for (const [i, part] of parts.entries()) {
      if (i % 2 === 1 && matches(part, terms)) {
        start = Math.max(0, offset - 80);
        break;
      }
      offset += part.length;
    }
  }
  let window = flat.slice(start, start + SNIPPET_LENGTH);
  if (start > 0) window = `…${window.replace(/^\S*\s/, "")}`;
  if (start + SNIPPET_LENGTH < flat.length) window = `${window.replace(/\s\S*$/, "")}…`;
  return window.split(TOKEN).flatMap((part, i) => (part === "" ? [] : [{ text: part, match: i % 2 === 1 && matches(part, terms) }]));
}
