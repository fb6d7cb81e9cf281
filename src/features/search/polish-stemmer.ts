import lunr from "lunr";
import registerPolish from "lunr-languages/lunr.pl.js";
import registerStemmerSupport from "lunr-languages/lunr.stemmer.support.js";

// The Polish stemmer and stop-word list of lunr-languages (a Snowball-style light stemmer),
// wrapped as two plain functions. Used identically when indexing and when querying.

registerStemmerSupport(lunr);
registerPolish(lunr);

type PolishLunr = typeof lunr & {
  pl: { stemmer: (token: lunr.Token) => lunr.Token; stopWordFilter: (token: lunr.Token) => lunr.Token | undefined };
};
const polish = (lunr as PolishLunr).pl;

export function isPolishStopWord(word: string): boolean {
  return polish.stopWordFilter(new lunr.Token(word, {})) === undefined;
}

export function polishStem(word: string): string {
  return polish.stemmer(new lunr.Token(word, {})).toString();
}
