import { termOf, words } from "./analyze";
import type { QueryExpansion } from "./expansion";

// A visitor's query → a PostgreSQL tsquery over our terms. Words become prefix matches of their
// terms ("rewital" finds "rewitalizacja"); "quoted phrases" must appear in that order. Only
// letters and digits ever reach the tsquery, so its syntax (&|!():*<->) cannot be injected.

const MAX_CLAUSES = 12;
const MIN_PREFIX = 3;

export type QueryClause = { kind: "word"; word: string; term: string } | { kind: "phrase"; words: string[]; terms: string[] };

export function parseQuery(q: string): QueryClause[] {
  const clauses: QueryClause[] = [];
  const parts = q.split('"');
  parts.forEach((part, index) => {
    const quoted = index % 2 === 1 && index < parts.length - 1;
    const partWords = words(part);
    // Single letters ("w", "e") carry no meaning as search words; single digits may.
    const pairs = partWords.filter((word) => word.length > 1 || /\d/.test(word)).flatMap((word) => {
      const term = termOf(word);
      return term ? [{ word, term }] : [];
    });
    if (quoted && pairs.length > 1) {
      clauses.push({ kind: "phrase", words: pairs.map((p) => p.word), terms: pairs.map((p) => p.term) });
    } else {
      for (const pair of pairs) clauses.push({ kind: "word", ...pair });
    }
  });
  const seen = new Set<string>();
  return clauses
    .filter((clause) => {
      const key = clause.kind === "word" ? clause.term : clause.terms.join(" ");
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, MAX_CLAUSES);
}

// Shorter prefixes would match too much; highlightOf marks words by the same rule.
function lexeme(term: string, prefix: boolean): string {
  return `'${term}'${prefix && term.length >= MIN_PREFIX ? ":*" : ""}`;
}

/**
 * Stems of one word that the stemmer leaves apart because of Polish consonant alternations:
 * "seniorzy" → seniorz | senior; "bibliotece" ↔ "biblioteka" → bibliotec | bibliotek.
 */
export function alternatives(term: string): string[] {
  const forms = [term];
  if (term.length >= 6 && term.endsWith("rz")) forms.push(term.slice(0, -1));
  if (term.length >= 6 && term.endsWith("k")) forms.push(`${term.slice(0, -1)}c`);
  if (term.length >= 6 && term.endsWith("c")) forms.push(`${term.slice(0, -1)}k`);
  return forms;
}

function wordQuery(term: string): string {
  const forms = alternatives(term);
  return forms.length === 1 ? lexeme(term, true) : `(${forms.map((form) => lexeme(form, true)).join(" | ")})`;
}

function clauseQuery(clause: QueryClause): string {
  return clause.kind === "word" ? wordQuery(clause.term) : `(${clause.terms.map((term) => lexeme(term, false)).join(" <-> ")})`;
}

/** The tsquery text, or null when the query has no searchable word. */
export function toTsquery(clauses: QueryClause[]): string | null {
  if (clauses.length === 0) return null;
  return clauses.map(clauseQuery).join(" & ");
}

// Alternatives nobody typed match as prefixes only when long enough to be specific: "ops" must
// not find "opsz…".
const MIN_ALTERNATIVE_PREFIX = 5;

/**
 * The forms of a thesaurus entry's term. Entries are written in the nominative, whose fleeting e
 * the other cases drop: "ośrodek" ↔ "ośrodka", "budynek" ↔ "budynku" → osrodek | osrodk (for a
 * word without one, "biblioteka" → bibliotk, the extra form matches nothing).
 */
function entryForms(term: string): string[] {
  const forms = alternatives(term);
  if (term.length >= 6 && /[^i]ek$/.test(term)) forms.push(`${term.slice(0, -2)}k`);
  return forms;
}

function alternativeQuery(terms: string[]): string {
  const termQuery = (term: string) => {
    const forms = entryForms(term).map((form) => lexeme(form, form.length >= MIN_ALTERNATIVE_PREFIX));
    return forms.length === 1 ? forms[0]! : `(${forms.join(" | ")})`;
  };
  return terms.length === 1 ? termQuery(terms[0]!) : `(${terms.map(termQuery).join(" <-> ")})`;
}

/**
 * One part per concept of the query, AND-ed: a word or phrase as typed, or with its word family
 * and, for words making up a thesaurus entry, the group's other entries OR-ed in. `added`: the
 * thesaurus entries OR-ed in, each on its own.
 */
export function expandedParts(clauses: QueryClause[], expansion: QueryExpansion): { parts: string[]; added: string[] } {
  const roots = new Map(expansion.families.map((family) => [family.clause, lexeme(family.root, true)]));
  const added: string[] = [];
  const clausePart = (clause: QueryClause, i: number) => {
    const root = roots.get(i);
    return root ? `(${clauseQuery(clause)} | ${root})` : clauseQuery(clause);
  };
  const parts: string[] = [];
  for (let i = 0; i < clauses.length; ) {
    const span = expansion.spans.find((s) => s.start === i);
    if (!span) {
      parts.push(clausePart(clauses[i]!, i));
      i += 1;
      continue;
    }
    const typed = clauses.slice(span.start, span.end).map((clause, j) => clausePart(clause, span.start + j));
    const entries = span.alternatives.map((entry) => alternativeQuery(entry.terms));
    added.push(...entries);
    parts.push(`((${typed.join(" & ")}) | ${entries.join(" | ")})`);
    i = span.end;
  }
  return { parts, added };
}

/**
 * The practices an expanded query finds only through the thesaurus: the second tier of its
 * results. Each has an entry the thesaurus added (else it would match the first tier), so the
 * words' index reads only the matches of the additions, not every match of the expanded query,
 * and the first tier's query is tested on those alone.
 */
export function onlyExpandedTsquery(parts: string[], added: string[], exact: string): string {
  return `${parts.join(" & ")} & (${added.join(" | ")}) & !(${exact})`;
}

/**
 * Looser tsqueries for when no practice has every part (a question in full sentences): every
 * part but one, when there are three or more, then any of them. Most specific first.
 */
export function fewerWordsTsqueries(parts: string[]): string[] {
  if (parts.length < 2) return [];
  const anyWord = parts.join(" | ");
  if (parts.length < 3) return [anyWord];
  const allButOne = parts.map((_, skipped) => `(${parts.filter((__, i) => i !== skipped).join(" & ")})`).join(" | ");
  return [allButOne, anyWord];
}

/** What the tsquery matches, for highlighting: terms (as prefixes when long enough) and phrases of exact terms. */
export type Highlight = { terms: { term: string; prefix: boolean }[]; phrases: string[][] };

export function highlightOf(clauses: QueryClause[], expansion: QueryExpansion): Highlight {
  const entries = expansion.spans.flatMap((span) => span.alternatives.map((entry) => entry.terms));
  return {
    terms: [
      ...clauses.flatMap((clause) => (clause.kind === "word" ? alternatives(clause.term).map((term) => ({ term, prefix: term.length >= MIN_PREFIX })) : [])),
      ...expansion.families.map((family) => ({ term: family.root, prefix: true })),
      ...entries.filter((terms) => terms.length === 1).flatMap(([term]) => entryForms(term!).map((form) => ({ term: form, prefix: form.length >= MIN_ALTERNATIVE_PREFIX }))),
    ],
    phrases: [...clauses.flatMap((clause) => (clause.kind === "phrase" ? [clause.terms] : [])), ...entries.filter((terms) => terms.length > 1)],
  };
}
