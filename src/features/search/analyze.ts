import { isPolishStopWord, polishStem } from "./polish-stemmer";

// Text → search terms, the same way for documents and for queries: words are lower-cased,
// stop words dropped, stemmed with the Polish stemmer, then folded to ASCII ("łódź" → "lodz"),
// so that word forms and missing diacritics both match.

/**
 * The version of what the index stores: raise it with every change to the terms of termsOf or to
 * searchDocumentOf (documents.ts). The index records the version it was built with
 * (search_analyzer_state) and `npm start` rebuilds it when they differ; analyzer-version.test.ts
 * fails when the output changes and this does not.
 */
export const ANALYZER_VERSION = 4;

const WORD = /[\p{L}\p{N}]+/gu;
const FOLD: Record<string, string> = { ą: "a", ć: "c", ę: "e", ł: "l", ń: "n", ó: "o", ś: "s", ź: "z", ż: "z" };

// Endings the light stemmer leaves when its region rule stops it ("społecznej", "szkole"); a
// second, bounded pass makes more forms of one word meet. Longest first.
const SECOND_PASS = ["ymi", "imi", "ami", "ach", "ych", "ich", "ego", "emu", "iej", "ej", "ow", "om", "em", "im", "y", "i", "a", "e", "u", "o"];
const MIN_STEM = 4;

export function foldDiacritics(text: string): string {
  return text
    .toLowerCase()
    .replace(/[ąćęłńóśźż]/g, (letter) => FOLD[letter] ?? letter)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
}

export function words(text: string): string[] {
  // NFC first: a decomposed "ó" (o + combining accent) must stay one letter of one word.
  return text.normalize("NFC").toLowerCase().match(WORD) ?? [];
}

// Stemming is the costliest step of indexing and of highlighting snippets, and a language's
// common words recur in every text: each lower-case word is stemmed once. Bounded, so a flood of
// made-up words only costs a reset.
const termCache = new Map<string, string | null>();
const TERM_CACHE_LIMIT = 50_000;

/** One word's search term, or null for stop words. */
export function termOf(word: string): string | null {
  const lower = word.toLowerCase();
  const cached = termCache.get(lower);
  if (cached !== undefined) return cached;
  if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear();
  const term = computeTerm(lower);
  termCache.set(lower, term);
  return term;
}

// Words of questions and prepositions that lunr's list lacks ("jakie programy mają gminy w
// Małopolsce?"): as terms they would be required in every result. Dropped from documents too, so
// that a phrase around them still meets ("szkoła w mieście" is two adjacent terms on both sides).
const MORE_STOP_WORDS = new Set([
  "a", "albo", "czego", "czym", "czyli", "dlaczego", "ile", "jaka", "jaki", "jakie", "jakich", "jakiego", "jakiej", "jakim",
  "jakimi", "jaką", "jako", "je", "jest", "ją", "kogo", "komu", "której", "którego", "któremu", "których", "którym", "którymi",
  "którą", "można", "nich", "nią", "nimi", "one", "oni", "ona", "ono", "siebie", "tam", "też", "także", "u", "w", "wam", "was",
  "we", "wy", "ze", "żeby",
]);

function computeTerm(lower: string): string | null {
  if (isPolishStopWord(lower) || MORE_STOP_WORDS.has(lower)) return null;
  let term = foldDiacritics(polishStem(lower));
  if (/^\d+$/.test(term)) return term;
  for (const ending of SECOND_PASS) {
    if (term.length - ending.length >= MIN_STEM && term.endsWith(ending)) {
      term = term.slice(0, -ending.length);
      break;
    }
  }
  return term;
}

/** The terms of a text in order, for to_tsvector('simple', …). */
export function termsOf(text: string): string[] {
  const terms: string[] = [];
  for (const word of words(text)) {
    const term = termOf(word);
    if (term) terms.push(term);
  }
  return terms;
}
