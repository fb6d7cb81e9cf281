import { describe, expect, it } from "vitest";
import { expansionLabels, expansionOf, NO_EXPANSION } from "./expansion";
import { expandedParts, highlightOf, onlyExpandedTsquery, parseQuery, toTsquery } from "./query";

const expand = (q: string) => {
  const clauses = parseQuery(q);
  const expansion = expansionOf(clauses);
  return { clauses, expansion, tsquery: expandedParts(clauses, expansion).parts.join(" & "), labels: expansionLabels(expansion) };
};

describe("expansionOf", () => {
  it("adds an abbreviation's full name as a phrase, and the full name's abbreviation", () => {
    const wpf = expand("WPF");
    expect(wpf.labels).toEqual(["Wieloletnia Prognoza Finansowa"]);
    expect(wpf.tsquery).toBe("(('wpf':*) | ('wieloletn':* <-> 'prognoz':* <-> 'finans':*))");
    expect(expand("wieloletnia prognoza finansowa").labels).toContain("WPF");
    expect(expand('"Wieloletnią Prognozę Finansową"').labels).toEqual(["WPF"]);
  });

  it("matches the words of an entry typed in a row, in any form, and keeps the other words as they are", () => {
    const { labels, tsquery } = expand("budżetu partycypacyjnego w gminie");
    expect(labels).toContain("budżet obywatelski");
    expect(tsquery).toBe("(('budzet':* & ('partycypacyjn':* | 'partycypacyj':*)) | ('budzet':* <-> ('obywatelsk':* | 'obywatelsc':*))) & 'gmin':*");
    // The same words apart are not the entry.
    expect(expand("budżet gminy partycypacyjny").labels).not.toContain("budżet obywatelski");
  });

  it("does not let short alternatives match as prefixes", () => {
    expect(expand("ośrodek pomocy społecznej").tsquery).toContain("| 'ops' |");
  });

  it("adds word families, shown as the typed word's root", () => {
    const { labels, tsquery } = expand("bezdomność");
    expect(labels).toContain("bezdomn…");
    expect(tsquery).toContain("(('bezdomnosc':* | 'bezdomnosk':*) | 'bezdomn':*)");
    expect(expand("zarządzania").labels).toContain("zarządz…");
  });

  it("meets an entry through the word's family: „ocieplania” finds the group of „ocieplenie”", () => {
    expect(expand("ocieplania").labels).toContain("termomodernizacja");
  });

  it("adds nothing to words outside the thesaurus without a derivational suffix", () => {
    const { clauses, expansion } = expand("Ełk odpady");
    expect(expansion.families).toEqual([]);
    expect(expandedParts(parseQuery("Ełk"), expansionOf(parseQuery("Ełk")))).toEqual({ parts: [toTsquery(parseQuery("Ełk"))], added: [] });
    expect(highlightOf(clauses, NO_EXPANSION).terms.map((t) => t.term)).toEqual(["elk", "odpad"]);
  });

  it("highlights what it adds", () => {
    const { clauses, expansion } = expand("śmieci");
    const highlight = highlightOf(clauses, expansion);
    expect(highlight.terms.map((t) => t.term)).toContain("odpad");
    expect(highlight.phrases).toContainEqual(["odpad", "komunaln"]);
  });

  it("makes the second tier of what the expansion added only, without the words as typed", () => {
    const clauses = parseQuery("śmieci Ełk");
    const { parts, added } = expandedParts(clauses, expansionOf(clauses));
    expect(added).toEqual(["'odpad':*", "('odpad':* <-> 'komunaln':*)"]);
    expect(onlyExpandedTsquery(parts, added, toTsquery(clauses)!)).toBe(
      "(('smiec':*) | 'odpad':* | ('odpad':* <-> 'komunaln':*)) & 'elk':* & ('odpad':* | ('odpad':* <-> 'komunaln':*)) & !('smiec':* & 'elk':*)",
    );
  });
});
