import { foldDiacritics } from "./analyze";
import { parseQuery, type QueryClause } from "./query";
import { THESAURUS } from "./thesaurus";
import { familyRootOf } from "./word-family";

// What a query also looks for, below the words as typed: the other entries of a thesaurus group
// whose entry the query contains ("śmieci" → "odpady", "WPF" → "wieloletnia prognoza finansowa"),
// and the family root of each word ("bezdomność" → bezdomn…). Applied at query time only: the
// index holds the words of the texts, so editing thesaurus.ts needs no reindex.

type Entry = { text: string; terms: string[] };

/** Alternatives to clauses [start, end) of a query: the other entries of one thesaurus group. */
export type SynonymSpan = { start: number; end: number; alternatives: Entry[] };
/** A word clause's family root, and how it is shown ("bezdomn…"). */
export type FamilyRoot = { clause: number; root: string; label: string };
export type QueryExpansion = { spans: SynonymSpan[]; families: FamilyRoot[] };

export const NO_EXPANSION: QueryExpansion = { spans: [], families: [] };

const termsOfClause = (clause: QueryClause) => (clause.kind === "word" ? [clause.term] : clause.terms);

/** An entry's terms as a query's clauses would have them (single letters dropped: "e-usługi"). */
export function entryTerms(text: string): string[] {
  return parseQuery(text).flatMap(termsOfClause);
}

/** Terms compare by their family root: "ocieplania" meets the entry "ocieplenie". */
const familyKey = (term: string) => familyRootOf(term) ?? term;

// Entries by their first term's family, longest first: a query's longest matching entry wins.
const ENTRIES_BY_FIRST_TERM = new Map<string, { entry: Entry; group: Entry[] }[]>();
for (const texts of THESAURUS) {
  const group = texts.map((text) => ({ text, terms: entryTerms(text) }));
  for (const entry of group) {
    if (entry.terms.length === 0) continue;
    const first = familyKey(entry.terms[0]!);
    const list = ENTRIES_BY_FIRST_TERM.get(first) ?? [];
    list.push({ entry, group });
    ENTRIES_BY_FIRST_TERM.set(first, list);
  }
}
for (const list of ENTRIES_BY_FIRST_TERM.values()) list.sort((a, b) => b.entry.terms.length - a.entry.terms.length);

/** The thesaurus entry at clause `start`: words typed in a row, or a quoted phrase equal to an entry. */
function entryAt(clauses: QueryClause[], start: number): SynonymSpan | null {
  const clause = clauses[start]!;
  const first = familyKey(termsOfClause(clause)[0]!);
  for (const { entry, group } of ENTRIES_BY_FIRST_TERM.get(first) ?? []) {
    const alternatives = group.filter((other) => other !== entry && other.terms.length > 0);
    if (clause.kind === "phrase") {
      if (entry.terms.map(familyKey).join(" ") === clause.terms.map(familyKey).join(" ")) return { start, end: start + 1, alternatives };
      continue;
    }
    const words = clauses.slice(start, start + entry.terms.length);
    if (words.length === entry.terms.length && words.every((w, i) => w.kind === "word" && familyKey(w.term) === familyKey(entry.terms[i]!))) {
      return { start, end: start + entry.terms.length, alternatives };
    }
  }
  return null;
}

/** A root as the visitor wrote it: the same letters of the typed word, when they fold to it. */
function labelOf(word: string, root: string): string {
  const shown = foldDiacritics(word).startsWith(root) ? word.slice(0, root.length) : root;
  return `${shown}…`;
}

export function expansionOf(clauses: QueryClause[]): QueryExpansion {
  const spans: SynonymSpan[] = [];
  for (let start = 0; start < clauses.length; ) {
    const span = entryAt(clauses, start);
    if (span) spans.push(span);
    start = span ? span.end : start + 1;
  }
  const families = clauses.flatMap((clause, i) => {
    const root = clause.kind === "word" ? familyRootOf(clause.term) : null;
    return clause.kind === "word" && root ? [{ clause: i, root, label: labelOf(clause.word, root) }] : [];
  });
  return { spans, families };
}

/** What the page lists after "uwzględniono też": the entries and word families the query added. */
export function expansionLabels(expansion: QueryExpansion): string[] {
  const labels = [...expansion.spans.flatMap((span) => span.alternatives.map((entry) => entry.text)), ...expansion.families.map((family) => family.label)];
  return [...new Set(labels)];
}
