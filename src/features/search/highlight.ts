import { termOf } from "./analyze";
import type { Highlight } from "./query";

export type Fragment = { text: string; match: boolean };

const TOKEN = /([\p{L}\p{N}]+)/u;
const SNIPPET_LENGTH = 280;
const CONTEXT_BEFORE = 80;

/**
 * Which words of a text the tsquery matches, as indexes into `parts` (odd indexes are words): a
 * word whose term equals a searched term or, for long enough terms, starts with it; and the words
 * of a phrase where their terms follow one another, stop words skipped as the index skips them.
 */
function matchedParts(parts: string[], highlight: Highlight): Set<number> {
  const matched = new Set<number>();
  const indexed: { part: number; term: string }[] = [];
  for (let part = 1; part < parts.length; part += 2) {
    const term = termOf(parts[part]!);
    if (term === null) continue;
    indexed.push({ part, term });
    if (highlight.terms.some((t) => term === t.term || (t.prefix && term.startsWith(t.term)))) matched.add(part);
  }
  for (const phrase of highlight.phrases) {
    for (let i = 0; i + phrase.length <= indexed.length; i += 1) {
      if (phrase.every((term, j) => indexed[i + j]!.term === term)) for (let j = 0; j < phrase.length; j += 1) matched.add(indexed[i + j]!.part);
    }
  }
  return matched;
}

/** The word parts of a window of about SNIPPET_LENGTH characters, starting a little before `first`. */
function windowOf(parts: string[], first: number): { from: number; to: number } {
  let from = first;
  for (let context = 0; from > 1 && context + parts[from - 1]!.length + parts[from - 2]!.length <= CONTEXT_BEFORE; from -= 2) {
    context += parts[from - 1]!.length + parts[from - 2]!.length;
  }
  let to = from;
  for (let length = parts[from]!.length; to + 2 < parts.length && length + parts[to + 1]!.length + parts[to + 2]!.length <= SNIPPET_LENGTH; to += 2) {
    length += parts[to + 1]!.length + parts[to + 2]!.length;
  }
  return { from, to };
}

/**
 * The part of `texts` around the first matched word (the first text with a match), split into
 * plain and matched fragments. Text only: the page renders it as React text, never as markup.
 */
export function snippet(texts: string[], highlight: Highlight): Fragment[] {
  let chosen: { parts: string[]; matched: Set<number> } | undefined;
  for (const text of texts) {
    const parts = text.replace(/\s+/g, " ").trim().split(TOKEN);
    const candidate = { parts, matched: matchedParts(parts, highlight) };
    chosen ??= candidate;
    if (candidate.matched.size > 0) {
      chosen = candidate;
      break;
    }
  }
  const { parts, matched } = chosen ?? { parts: [], matched: new Set<number>() };
  if (parts.length < 2) return parts[0] ? [{ text: parts[0], match: false }] : [];
  const { from, to } = windowOf(parts, matched.size > 0 ? Math.min(...matched) : 1);
  const fragments: Fragment[] = [];
  const push = (text: string, match: boolean) => {
    const last = fragments.at(-1);
    if (last && !last.match && !match) last.text += text;
    else if (text) fragments.push({ text, match });
  };
  push(from > 1 ? "…" : parts[0]!, false);
  for (let part = from; part <= to; part += 1) push(parts[part]!, matched.has(part));
  push(to + 2 < parts.length ? "…" : parts[to + 1]!, false);
  return fragments;
}

export function hasMatch(fragments: Fragment[]): boolean {
  return fragments.some((fragment) => fragment.match);
}

export type AttachmentText = { fileName: string; text: string };

/**
 * For a result whose own text shows no searched word: the snippet of the first attachment (in
 * their order) whose text does, and its name, for "w załączniku: …"; null when none does.
 */
export function attachmentSnippet(attachments: AttachmentText[], highlight: Highlight): { fileName: string; fragments: Fragment[] } | null {
  for (const attachment of attachments) {
    const fragments = snippet([attachment.text], highlight);
    if (hasMatch(fragments)) return { fileName: attachment.fileName, fragments };
  }
  return null;
}
