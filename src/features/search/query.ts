import { termOf, words } from "./analyze";

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

/**
 * Looser tsqueries for when no practice has every word (a question in full sentences): every
 * word but one, when there are three or more, then any of them. Most specific first.
 */
export function fewerWordsTsqueries(clauses: QueryClause[]): string[] {
  if (clauses.length < 2) return [];
  const parts = clauses.map(clauseQuery);
  const anyWord = parts.join(" | ");
  if (clauses.length < 3) return [anyWord];
  const allButOne = parts.map((_, skipped) => `(${parts.filter((__, i) => i !== skipped).join(" & ")})`).join(" | ");
  return [allButOne, anyWord];
}

/** What the tsquery matches, for highlighting: terms (as prefixes when long enough) and phrases of exact terms. */
export type Highlight = { terms: { term: string; prefix: boolean }[]; phrases: string[][] };

export function highlightOf(clauses: QueryClause[]): Highlight {
  return {
    terms: clauses.flatMap((clause) => (clause.kind === "word" ? alternatives(clause.term).map((term) => ({ term, prefix: term.length >= MIN_PREFIX })) : [])),
    phrases: clauses.flatMap((clause) => (clause.kind === "phrase" ? [clause.terms] : [])),
  };
}
