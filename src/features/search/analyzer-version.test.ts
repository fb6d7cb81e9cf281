import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ANALYZER_VERSION, termsOf } from "./analyze";
import { searchDocumentOf, vocabularyOf, type SearchablePractice } from "./documents";

// The index stores terms, so a change to the analysis leaves every existing index stale until it
// is rebuilt; `npm start` rebuilds it when ANALYZER_VERSION differs from the one it was built
// with. This pins the analysis of a fixed text to its version: change the analysis, and this
// fails until the version is raised and its fingerprint added below.

const FINGERPRINTS: Record<number, string> = {
  1: "a30708052a3c35169c4209f8843633196a05cf43d7f75367cedf3f888cf95c7c",
  2: "11227af9fd6d81d13772ba9bd7ed632580a84b63bfc63317fb288599493829fc",
  // 3: the details of the record (results, partners, transfer, funding) are searchable.
  3: "c818152d597e0f7c569c087db04ccfdaac7307b613c23be1f79902be37ef7f42",
  // 4: the text of attachments is searchable (weight D).
  4: "2982728a65c01c60208e3a072435ccbd2797d785eec9e9c9e9d7b03a6ac2d24d",
};

const TEXT = `
  Powiaty grodzkie, powiatach grodzkich, powiatami grodzkimi; gmina wiejska, gminie wiejskiej, w gminach wiejskich.
  Województwo śląskie, śląskiego, śląskich; małopolskie, dolnośląskich; polski, polska, polskich, polskimi.
  Bezrobotni, bezrobotnych, bezrobotnym, bezrobotne; szkoła, szkoły, szkole, szkół, szkołach; rewitalizacja, rewitalizacji.
  Seniorzy, seniorów, Seniora; biblioteka, bibliotece, bibliotekami; społeczna, społecznej, społecznych, społecznym.
  Prowadzimy, prowadzi, prowadzą, realizujemy, organizujemy; muzeum, gimnazjum, stypendium, stypendiami.
  Łódź, Łodzi, Bielsko-Biała, Bielsku-Białej, Kędzierzyn-Koźle, Świętokrzyskie, Zlaté Hory, Oświęcim, Żary.
  A i w z na dla się co jak które są; 2011 r., 15%, 500+, e-urząd, 3 km, XXI wieku. Zaz\u0301dziebło (NFD).
  Co, jak, jakie, jakich, gdzie, kto, kogo, czym, dlaczego, ile, je, ją, one, oni, ona, ono, wy, was, u, we, ze, żeby, też, także,
  jest, można, tam, nich, nimi, siebie, czyli, albo, jako, której, których, którym, którymi — pytania całym zdaniem.
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
  results: "Pracę podjęło **97** osób.",
  resultFigures: [{ value: 97, label: "osób podjęło pracę" }],
  partners: "Powiatowy Urząd Pracy w Gliwicach",
  transferPotential: "Dwóch doradców zawodowych i rok pracy.",
  fundingSources: ["EFS"],
  fundingProgramme: "PO KL, Poddziałanie 7.1.1",
  attachmentText: "Sprawozdanie z realizacji projektu w 2011 roku: 97 uczestników podjęło zatrudnienie.",
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
