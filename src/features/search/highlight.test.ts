import { describe, expect, it } from "vitest";
import { NO_EXPANSION } from "./expansion";
import { attachmentSnippet, hasMatch, snippet } from "./highlight";
import { highlightOf, parseQuery } from "./query";

const marked = (fragments: { text: string; match: boolean }[]) => fragments.filter((f) => f.match).map((f) => f.text);
const of = (q: string) => highlightOf(parseQuery(q), NO_EXPANSION);

describe("snippet", () => {
  it("marks every form of the searched words", () => {
    const fragments = snippet(["Wsparcie dla bezrobotnych. Bezrobotni odbyli staże w szkołach."], of("bezrobotny szkoła"));
    expect(marked(fragments)).toEqual(["bezrobotnych", "Bezrobotni", "szkołach"]);
  });

  it("returns text, never markup, and keeps hostile input as text", () => {
    const fragments = snippet(['<img src=x onerror="alert(1)"> bezrobotni'], of("bezrobotni"));
    expect(fragments.map((f) => f.text).join("")).toBe('<img src=x onerror="alert(1)"> bezrobotni');
  });

  it("starts near the first match in a long text", () => {
    const long = `${"Lorem ipsum dolor. ".repeat(40)}Rewitalizacja śródmieścia.`;
    const fragments = snippet([long], of("rewitalizacja"));
    expect(fragments[0]?.text.startsWith("…")).toBe(true);
    expect(fragments[0]?.text).not.toMatch(/^…\S*[^\p{L}\s]/u);
    expect(marked(fragments)).toEqual(["Rewitalizacja"]);
    expect(fragments.at(-1)?.text).toBe(" śródmieścia.");
  });

  it("ends at a whole word with an ellipsis when the text goes on", () => {
    const fragments = snippet([`Rewitalizacja ${"śródmieścia i dworca ".repeat(30)}`], of("rewitalizacja"));
    const text = fragments.map((f) => f.text).join("");
    expect(text.length).toBeLessThanOrEqual(281);
    expect(text).toMatch(/(śródmieścia|i|dworca)…$/);
  });

  it("takes the first text with a match, else the first text", () => {
    expect(marked(snippet(["Streszczenie bez trafienia.", "Pełna prezentacja o rewitalizacji."], of("rewitalizacja")))).toEqual(["rewitalizacji"]);
    expect(snippet(["Streszczenie.", "Treść."], of("zzz")).map((f) => f.text).join("")).toBe("Streszczenie.");
    expect(snippet([""], of("zzz"))).toEqual([]);
  });

  it("matches short terms only whole, as the tsquery does", () => {
    // "ul" (2 letters) is no prefix in SQL: it must not mark "ulica" or "ulotki".
    expect(marked(snippet(["Biuro przy ul. Długiej rozdaje ulotki na ulicach."], of("ul")))).toEqual(["ul"]);
    expect(marked(snippet(["Mieszkańcy Ełku i Ełckiego"], of("Ełk")))).toEqual(["Ełku"]);
    // Longer ones are prefixes: "rewital" marks "rewitalizacji".
    expect(marked(snippet(["Program rewitalizacji."], of("rewital")))).toEqual(["rewitalizacji"]);
  });

  it("marks a phrase only where its words follow one another, stop words skipped", () => {
    const text = "Budżet został uchwalony. Budżet obywatelski w gminie i obywatelski budżet.";
    expect(marked(snippet([text], of('"budżet obywatelski"')))).toEqual(["Budżet", "obywatelski"]);
    expect(marked(snippet(["Program „Krok do pracy” i praca krokowa."], of('"krok do pracy"')))).toEqual(["Krok", "pracy"]);
  });

  it("marks the other side of a consonant alternation", () => {
    expect(marked(snippet(["Zajęcia w bibliotece dla seniorów."], of("biblioteka")))).toEqual(["bibliotece"]);
  });
});

describe("attachmentSnippet", () => {
  const attachments = [
    { fileName: "Regulamin.docx", text: "Zasady uczestnictwa w programie." },
    { fileName: "Sprawozdanie 2011.pdf", text: `${"Wstęp sprawozdania. ".repeat(30)}Dziewięć kobiet ukończyło kurs florystyki.` },
    { fileName: "Aneks.pdf", text: "Florystyka raz jeszcze." },
  ];

  it("names the first attachment whose text shows a searched word, with its snippet around the word", () => {
    const found = attachmentSnippet(attachments, of("florystyka"));
    expect(found?.fileName).toBe("Sprawozdanie 2011.pdf");
    expect(marked(found!.fragments)).toEqual(["florystyki"]);
    expect(found!.fragments[0]!.text.startsWith("…")).toBe(true);
  });

  it("is null when no attachment shows the words", () => {
    expect(attachmentSnippet(attachments, of("hipoterapia"))).toBeNull();
    expect(attachmentSnippet([], of("florystyka"))).toBeNull();
  });

  it("hasMatch tells a snippet with a marked word from one without", () => {
    expect(hasMatch(snippet(["Kurs florystyki"], of("florystyka")))).toBe(true);
    expect(hasMatch(snippet(["Kurs spawania"], of("florystyka")))).toBe(false);
  });
});
