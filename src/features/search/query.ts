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
    const pairs = partWords.flatMap((word) => {
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

function lexeme(term: string, prefix: boolean): string {
  return `'${term}'${prefix && term.length >= MIN_PREFIX ? ":*" : ""}`;
}

/** The tsquery text, or null when the query has no searchable word. */
export function toTsquery(clauses: QueryClause[]): string | null {
  if (clauses.length === 0) return null;
  return clauses
    .map((clause) =>
      clause.kind === "word" ? lexeme(clause.term, true) : `(${clause.terms.map((term) => lexeme(term, false)).join(" <-> ")})`,
    )
    .join(" & ");
}

/** Every term the query looks for, for highlighting. */
export function queryTerms(clauses: QueryClause[]): string[] {
  return clauses.flatMap((clause) => (clause.kind === "word" ? [clause.term] : clause.terms));
}
