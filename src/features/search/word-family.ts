// Words of one family that the inflectional stemmer leaves apart: a noun and the adjective or verb
// it is made from ("bezdomność" ↔ "bezdomne", "aktywizacja" ↔ "aktywizować", "ocieplenie" ↔
// "ocieplania"). Derivational suffixes are taken off a term (analyze.ts: stemmed, folded) to leave
// the family's root, which the query then matches as a prefix, below the words as typed. Rules, not
// a dictionary: Polish word formation is regular enough here, and a root is only ever a looser
// alternative, never a replacement.

// Longest first within each rule; each leaves at least MIN_ROOT letters.
const SUFFIXES: { endings: string[]; minRoot: number }[] = [
  // -ość nouns of adjectives: bezdomność → bezdomn (bezdomny, bezdomne, bezdomnych).
  { endings: ["osc"], minRoot: 5 },
  // -acja nouns of -ować verbs and their participles: aktywizacja, aktywizować, aktywizujące → aktywiz.
  { endings: ["owan", "owac", "ujac", "acj"], minRoot: 5 },
  // Verbal nouns: ocieplenie → ociepl already; ocieplania, zarządzania → ociepl, zarządz.
  { endings: ["an", "en"], minRoot: 6 },
  // Adjectives of nouns: szkolny → szkol (szkoła, szkół), gminny → gmin.
  { endings: ["n"], minRoot: 5 },
];

/** The root of a term's word family, shorter than the term, or null when no rule applies. */
export function familyRootOf(term: string): string | null {
  if (/\d/.test(term)) return null;
  for (const { endings, minRoot } of SUFFIXES) {
    for (const ending of endings) {
      if (term.endsWith(ending) && term.length - ending.length >= minRoot) return term.slice(0, -ending.length);
    }
  }
  return null;
}
