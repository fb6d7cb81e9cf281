import { describe, expect, it } from "vitest";
import { markdownText } from "./markdown-text";

const flat = (markdown: string) => markdownText(markdown).replace(/\s+/g, " ").trim();

describe("markdownText", () => {
  it("keeps the words of headings, lists, quotes and emphasis without their syntax", () => {
    const markdown = [
      "## Cel praktyki",
      "",
      "Zwiększenie **zatrudnienia** i *aktywności* osób __długotrwale__ _bezrobotnych_.",
      "",
      "- staże u pracodawców,",
      "* warsztaty,",
      "1. doradztwo;",
      "2) szkolenia.",
      "> Cytat z ewaluacji #1",
      "### Efekty ###",
      "---",
      "Podsumowanie",
      "===",
    ].join("\n");
    expect(flat(markdown)).toBe(
      "Cel praktyki Zwiększenie zatrudnienia i aktywności osób długotrwale bezrobotnych. staże u pracodawców, warsztaty, doradztwo; szkolenia. Cytat z ewaluacji #1 Efekty Podsumowanie",
    );
  });

  it("keeps the text of links and images, never their addresses", () => {
    expect(flat("Zobacz [regulamin programu](https://gmina.example.pl/regulamin.pdf \"Regulamin\") i ![mapę gminy](mapa.png).")).toBe(
      "Zobacz regulamin programu i mapę gminy.",
    );
    expect(flat("Wzór [umowy][wzor] w BIP.\n\n[wzor]: https://bip.example.pl/umowa")).toBe("Wzór umowy w BIP.");
    expect(flat("Strona: <https://gmina.example.pl>")).toBe("Strona: https://gmina.example.pl");
    expect(flat("Link [z nawiasami](https://pl.wikipedia.org/wiki/Gmina_(Polska)) działa.")).toBe("Link z nawiasami działa.");
  });

  it("drops raw HTML as the page does, and code fences but not the code", () => {
    expect(flat('Tekst <img src=x onerror="alert(1)"> dalej <b>pogrubiony</b> <!-- uwaga -->koniec.')).toBe("Tekst dalej pogrubiony koniec.");
    expect(flat("```\nkod źródłowy\n```\n`zmienna` w tekście")).toBe("kod źródłowy zmienna w tekście");
  });

  it("leaves plain punctuation and words with underscores alone, and decodes entities", () => {
    expect(flat("Wynik 2 * 3 = 6, plik nazwa_pliku_v2.pdf, 500+ i 15%.")).toBe("Wynik 2 * 3 = 6, plik nazwa_pliku_v2.pdf, 500+ i 15%.");
    expect(flat("Kowalski &amp; Nowak &#8211; &quot;Razem&quot; \\*nie kursywa\\*")).toBe('Kowalski & Nowak – "Razem" *nie kursywa*');
  });
});
