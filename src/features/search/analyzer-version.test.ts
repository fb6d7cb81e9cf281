import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ANALYZER_VERSION, termsOf } from "./analyze";
import { searchDocumentOf, vocabularyOf, type SearchablePractice } from "./documents";

// The index stores terms, so a change to the analysis leaves every existing index stale until it
// is rebuilt; `npm start` rebuilds it when ANALYZER_VERSION differs from the one it was built
// with. This pins the analysis of a fixed text to its version: change the analysis, and this
// fails until the version is raised and its fingerprint added below.

const FINGERPRINTS: Record<number, string> = {
  1: "ecb118d8d5fcf91b19ddb05901f1695e3d10e665800ec6e2a37d96f69d9015b1",
  2: "7a9080906cb1be688882d844d1cb95d1aded7ae4e2952e4a98d8ef85a2ec9b73",
};

const TEXT = `
  Powiaty grodzkie, powiatach grodzkich, powiatami grodzkimi; gmina wiejska, gminie wiejskiej, w gminach wiejskich.
  Województwo śląskie, śląskiego, śląskich; małopolskie, dolnośląskich; polski, polska, polskich, polskimi.
  Bezrobotni, bezrobotnych, bezrobotnym, bezrobotne; szkoła, szkoły, szkole, szkół, szkołach; rewitalizacja, rewitalizacji.
  Seniorzy, seniorów, Seniora; biblioteka, bibliotece, bibliotekami; społeczna, społecznej, społecznych, społecznym.
  Prowadzimy, prowadzi, prowadzą, realizujemy, organizujemy; muzeum, gimnazjum, stypendium, stypendiami.
  Łódź, Łodzi, Bielsko-Biała, Bielsku-Białej, Kędzierzyn-Koźle, Świętokrzyskie, Zlaté Hory, Oświęcim, Żary.
  A i w z na dla się co jak które są; 2011 r., 15%, 500+, e-urząd, 3 km, XXI wieku. Zaz\u0301dziebło (NFD).
`;

const PRACTICE: SearchablePractice = {
  id: 1,
  title: "Krok do pracy – aktywizacja osób długotrwale bezrobotnych w Gliwicach",
  summary: "Miejski Ośrodek Pomocy Społecznej prowadził warsztaty i staże dla bezrobotnych mieszkańców.",
  body: "## Cel\n\n**Zwiększenie** zatrudnienia: [program](https://example.pl) dla 120 osób.",
  locality: "Gliwice",
  postOffice: "Gliwice",
  implementingUnit: "Miejski Ośrodek Pomocy Społecznej w Gliwicach",
  street: "ul. Józefa Pszczyńskiego 6",
  unitType: "POWIAT_GRODZKI",
  voivodeship: "SLASKIE",
  categoryNames: ["Usługi społeczne", "Pomoc społeczna"],
};

function fingerprint(): string {
  const output = { terms: termsOf(TEXT), document: searchDocumentOf(PRACTICE), vocabulary: [...vocabularyOf(PRACTICE)] };
  return createHash("sha256").update(JSON.stringify(output)).digest("hex");
}

describe("ANALYZER_VERSION", () => {
  it("names the analysis the code does", () => {
    expect(
      fingerprint(),
      "The analysis changed: raise ANALYZER_VERSION in analyze.ts and add the new fingerprint here (then `npm start` rebuilds indexes)",
    ).toBe(FINGERPRINTS[ANALYZER_VERSION]);
  });

  it("is the newest version, and every version has its own fingerprint", () => {
    expect(ANALYZER_VERSION).toBe(Math.max(...Object.keys(FINGERPRINTS).map(Number)));
    expect(new Set(Object.values(FINGERPRINTS)).size).toBe(Object.keys(FINGERPRINTS).length);
  });
});
