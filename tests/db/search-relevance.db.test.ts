import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { suggestWords } from "../../src/features/search/data";
import { runSearch } from "../../src/features/search/run-search";
import { searchParamsSchema } from "../../src/features/search/schema";
import { db } from "../../src/lib/db";
import { createTestPractice } from "../factories";
import { allResultSlugs, DEMO_PRACTICE_COUNT, expectedFacets, expectHonoursFilters, P, seedDemoCatalogueWithAttachmentText, whereOf } from "./search-fixtures";

// Relevance of /szukaj over the demo catalogue (scripts/demo-data): realistic queries a visitor
// would type, each with the practices that must be on the first page (top 10). Expected answers
// were chosen from the demo texts so that they are unambiguous: the practice's title, summary,
// locality or implementing unit contains the word (in some form) the query looks for.

type Raw = Record<string, string | string[]>;
type Case = {
  q: string;
  filters?: Raw;
  /** Slugs that must all be among the first 10 results. */
  expect: string[];
  /** Found only through the spelling fallback (runSearch's `corrected`). */
  corrected?: boolean;
  /** No practice has every word: found through the fallback to some of them (runSearch's `partial`). */
  partial?: boolean;
  /** Listed after „uwzględniono też” (runSearch's `expansions`): what the thesaurus or word families added. */
  expansions?: string[];
  note: string;
};

const CASES: Case[] = [
  // ── Inflected forms: the query and the text use different forms of one word ──────────────
  { q: "bezrobotnych", expect: [P.gliwice, P.zabrze, P.gryfino, P.bielsko], note: "genitive plural; Bielsko-Biała says „osoby długotrwale bezrobotne”" },
  { q: "bezrobotni", expect: [P.gliwice, P.zabrze, P.gryfino, P.bielsko], note: "nominative plural finds „bezrobotnych”/„bezrobotne”" },
  { q: "szkołach", expect: [P.cekcyn, P.tczew, P.pleszew, P.kedzierzyn], note: "locative finds „Szkoła”, „szkoły”, „szkole”" },
  { q: "rewitalizacji", expect: [P.bielsko, P.lodzKonsultacje, P.torun, P.lodzMikrogranty], note: "finds „rewitalizacja”/„rewitalizacją”" },
  { q: "rewitalizacja", expect: [P.bielsko, P.lodzKonsultacje, P.torun], note: "nominative finds „rewitalizacji” in titles" },
  { q: "seniorów", expect: [P.lubicz, P.pulawy, P.bialystok], note: "„Dom Seniora”, „dla seniorów”, „Rada Seniorów”" },
  { q: "seniorzy", expect: [P.lubicz, P.pulawy, P.bialystok], note: "nominative plural must meet „seniorów”/„Seniora”" },
  { q: "biblioteka", expect: [P.swidnica, P.checiny], note: "nominative must meet the locative „w bibliotece”" },
  { q: "biblioteki", expect: [P.swidnica], note: "„Biblioteka jako trzecie miejsce”" },
  { q: "odpadów", expect: [P.sandomierz, P.ustronie], note: "„gospodarki odpadami”, „odbiór odpadów”" },
  { q: "profilaktyka nowotworów", expect: [P.hajnowka], note: "„program profilaktyki nowotworów”" },
  { q: "organizacjom pozarządowym", expect: [P.lublin, P.wroclaw, P.malbork], note: "dative plural finds „organizacji pozarządowych”, „z organizacjami”" },
  { q: "pływanie", expect: [P.tczew], note: "„nauka pływania”" },
  { q: "budżetu obywatelskiego", expect: [P.izabelin], note: "„Budżet obywatelski w gminie wiejskiej”" },
  { q: "przedszkolach", expect: [P.rzeszow, P.piotrkow], note: "„do przedszkoli”, „szkół i przedszkoli”" },
  { q: "Bielsku-Białej", expect: [P.bielsko], note: "inflected locality" },
  { q: "wykluczeniem społecznym", expect: [P.bytom, P.bielsko, P.ustrzyki], note: "instrumental" },
  { q: "bezdomność", expect: [P.elk], note: "„wychodzących z bezdomności”" },
  { q: "spółdzielni socjalnej", expect: [P.ustrzyki], note: "„Spółdzielnia socjalna „Bieszczadzka Kuchnia””" },
  { q: "pracodawcy", expect: [P.pleszew], note: "„we współpracy z pracodawcami”" },
  { q: "drogi gminne", expect: [P.chelmiec], note: "„utrzymania dróg gminnych”" },
  { q: "zarządzanie kryzysowe", expect: [P.mragowo], note: "„centrum zarządzania kryzysowego”" },
  { q: "Opolszczyzna", expect: [P.opole], note: "„na Opolszczyźnie”" },

  // ── Adjectives in -ich/-im/-imi: the query's form must meet the text's other forms ──────────
  { q: "powiatach grodzkich", filters: { wojewodztwo: "slaskie" }, expect: [P.bielsko, P.bytom, P.gliwice, P.zabrze], note: "metadata „(powiat grodzki)”" },
  { q: "powiatami grodzkimi", filters: { wojewodztwo: "slaskie" }, expect: [P.bielsko, P.bytom, P.gliwice, P.zabrze], note: "instrumental plural" },
  { q: "śląskich powiatach grodzkich", expect: [P.bielsko, P.bytom, P.gliwice, P.zabrze], note: "voivodeship „śląskie” and unit type, both as -ich" },
  { q: "gminach wiejskich", expect: [P.izabelin, P.cekcyn], note: "titles „w gminie wiejskiej”, „w wiejskich szkołach gminy”" },
  { q: "małopolskich gminach", expect: [P.niepolomice, P.chelmiec], note: "voivodeship „małopolskie” with „w gminie …”" },
  { q: "miejskich rowerach", expect: [P.zielonaGora], note: "„miejski rower” in the title" },
  { q: "sołeckich planach", expect: [P.chelmiec], note: "„Sołeckie plany” in the title" },
  { q: "amatorskimi", expect: [P.niepolomice], note: "„Amatorskie ligi sportowe”" },
  { q: "podlaskich seniorów", expect: [P.bialystok], note: "„Podlaska Rada Seniorów”" },

  // ── Without diacritics ─────────────────────────────────────────────────────────────────
  { q: "lodz", expect: [P.lodzMikrogranty, P.lodzKonsultacje], note: "Łódź practices" },
  { q: "spoleczna", expect: [P.ustrzyki, P.zabrze, P.bielsko], note: "„ekonomię społeczną”, „Integracji Społecznej”" },
  { q: "swidnica", expect: [P.swidnica], note: "locality Świdnica" },
  { q: "zielona gora", expect: [P.zielonaGora], note: "„Rowerowa Zielona Góra”" },
  { q: "teleopieka dla seniorow", expect: [P.pulawy], note: "„Teleopieka dla seniorów”" },
  { q: "wodociagowej", expect: [P.ostrowiec], note: "„sieci wodociągowej”" },
  { q: "oswietlenie uliczne", expect: [P.dobrzen], note: "„Oświetlenie uliczne LED”" },
  { q: "budzet obywatelski", expect: [P.izabelin], note: "„Budżet obywatelski”" },
  { q: "rzeszow", expect: [P.rzeszow], note: "„w Rzeszowie”" },
  { q: "Zlate Hory", expect: [P.glucholazy], note: "Czech diacritics folded: „Zlaté Hory”" },
  { q: "mlodziezowa rada miasta", expect: [P.gniezno], note: "„Młodzieżowa Rada Miasta Gniezna”" },

  // ── Prefixes ───────────────────────────────────────────────────────────────────────────
  { q: "rewital", expect: [P.bielsko, P.lodzKonsultacje, P.torun], note: "prefix of „rewitalizacji”" },
  { q: "termomod", expect: [P.augustow], note: "prefix of „termomodernizacja”" },
  { q: "kogener", expect: [P.kolobrzeg], note: "prefix of „Kogeneracja”" },
  { q: "biblio", expect: [P.swidnica], note: "prefix of „Biblioteka”" },
  { q: "profilakt", expect: [P.hajnowka, P.opole, P.wolsztyn], note: "prefix of „profilaktyki”/„profilaktyka”" },

  // ── Quoted phrases ─────────────────────────────────────────────────────────────────────
  { q: '"długotrwale bezrobotnych"', expect: [P.gliwice, P.zabrze, P.bielsko], note: "phrase, with Bielsko-Biała's „długotrwale bezrobotne”" },
  { q: '"budżet obywatelski"', expect: [P.izabelin], note: "phrase in the title" },
  { q: '"centrum integracji społecznej"', expect: [P.zabrze], note: "three-word phrase" },
  { q: '"Krok do pracy"', expect: [P.gliwice], note: "phrase around a stop word" },
  { q: '"Niebieska Karta"', expect: [P.bielsko], note: "programme named in the reference record" },
  { q: '"karty usług"', expect: [P.wieliczka], note: "„karty usług w Starostwie”" },
  { q: '"rada seniorów"', expect: [P.bialystok], note: "„Podlaska Rada Seniorów”" },
  { q: '"wieloletnia prognoza finansowa"', expect: [P.zary], note: "„Wieloletnia Prognoza Finansowa”" },

  // ── Typos, found through the spelling fallback ──────────────────────────────────────────
  { q: "termomodernizcja", expect: [P.augustow], corrected: true, note: "missing letter" },
  { q: "bezrobotnyh", expect: [P.gliwice, P.zabrze, P.gryfino], corrected: true, note: "missing letter" },
  { q: "rewitalizajca", expect: [P.bielsko, P.lodzKonsultacje, P.torun], corrected: true, note: "swapped letters" },
  { q: "bibloteka", expect: [P.swidnica], corrected: true, note: "missing letter" },
  { q: "teleopeika", expect: [P.pulawy], corrected: true, note: "swapped letters" },
  { q: "spółdzilenia socjalna", expect: [P.ustrzyki], corrected: true, note: "swapped letters, second word right" },
  { q: "kogeneracjja", expect: [P.kolobrzeg], corrected: true, note: "doubled letter" },
  { q: "profilaktika", expect: [P.hajnowka, P.opole, P.wolsztyn], corrected: true, note: "y → i" },
  { q: "rewitalizcja lodz", expect: [P.lodzKonsultacje], corrected: true, note: "typo next to a right word" },

  // ── Questions in full sentences: question words are stop words; when no practice has every
  // remaining word, those with all but one of them, then with any of them ──────────────────
  { q: "co zrobiły powiaty grodzkie dla bezrobotnych", expect: [P.gliwice, P.zabrze, P.bielsko], partial: true, note: "no practice says „zrobiły”" },
  { q: "co zrobiły powiaty grodzkie dla bezrobotnych", filters: { wojewodztwo: "slaskie" }, expect: [P.gliwice, P.zabrze, P.bielsko], partial: true, note: "the issue's question, with its voivodeship" },
  { q: "jak gminy wiejskie organizują budżet obywatelski", expect: [P.izabelin], partial: true, note: "„Budżet obywatelski w gminie wiejskiej”" },
  { q: "kto pomaga bezdomnym w Ełku", expect: [P.elk], partial: true, note: "„wychodzących z bezdomności w Ełku”" },
  { q: "jak zmniejszyć straty wody w sieci wodociągowej", expect: [P.ostrowiec], partial: true, note: "„mniej strat wody”" },
  { q: "gdzie jest teleopieka dla seniorów", expect: [P.pulawy], note: "„gdzie”, „jest”, „dla” are stop words: every other word is found" },
  { q: "jakie programy profilaktyki nowotworów są w powiatach", expect: [P.hajnowka], note: "„jakie”, „są”, „w” are stop words" },

  // ── Localities and implementing units ──────────────────────────────────────────────────
  { q: "Bielsko-Biała", expect: [P.bielsko], note: "hyphenated locality" },
  { q: "Miejski Ośrodek Pomocy Społecznej", expect: [P.bielsko, P.gliwice, P.elk], note: "implementing unit (MOPS)" },
  { q: "Bytom", expect: [P.bytom], note: "locality of the second reference record" },
  { q: "Miejski Ośrodek Pomocy Rodzinie", expect: [P.bytom], note: "Bytom's MOPR" },
  { q: "Kędzierzyn-Koźle", expect: [P.kedzierzyn], note: "hyphenated locality" },
  { q: "Ostrowiec Świętokrzyski", expect: [P.ostrowiec], note: "two-word locality" },
  { q: "Starostwo Powiatowe", expect: [P.pleszew, P.hajnowka, P.wieliczka, P.mragowo], note: "implementing unit" },
  { q: "Urząd Marszałkowski", expect: [P.olsztyn, P.opole, P.wroclaw, P.torun, P.bialystok], note: "all five voivodeship offices" },
  { q: "Powiatowy Urząd Pracy", expect: [P.gryfino], note: "PUP w Gryfinie" },
  { q: "Łodzi", expect: [P.lodzMikrogranty, P.lodzKonsultacje], note: "inflected locality" },
  { q: "ul. Karola Miarki", expect: [P.bielsko], note: "street address" },
  { q: "Ełk", expect: [P.elk], note: "three-letter locality" },

  // ── With filters ───────────────────────────────────────────────────────────────────────
  {
    q: "długotrwale bezrobotni",
    filters: { wojewodztwo: "slaskie", typ: "powiat-grodzki" },
    expect: [P.bielsko, P.gliwice, P.zabrze],
    note: "the issue's example: city counties of śląskie for the long-term unemployed",
  },
  { q: "długotrwale bezrobotni", filters: { wojewodztwo: "slaskie", typ: "powiat-grodzki", od: "2010" }, expect: [P.gliwice], note: "only Gliwice was entered after 2009" },
  { q: "pomoc społeczna", filters: { wojewodztwo: "slaskie", typ: "powiat-grodzki" }, expect: [P.bielsko, P.bytom, P.gliwice, P.zabrze], note: "all four Silesian city counties" },
  { q: "bezrobotni", filters: { typ: "powiat" }, expect: [P.gryfino], note: "land county" },
  { q: "rewitalizacji", filters: { wojewodztwo: "lodzkie" }, expect: [P.lodzKonsultacje], note: "voivodeship" },
  { q: "seniorów", filters: { kategoria: "uslugi-spoleczne" }, expect: [P.lubicz, P.pulawy, P.bialystok], note: "parent category includes pomoc-spoleczna and ochrona-zdrowia" },
  { q: "profilaktyka", filters: { kategoria: "ochrona-zdrowia" }, expect: [P.hajnowka, P.opole, P.wolsztyn], note: "subcategory" },
  { q: "gmina", filters: { ludnosc: "do-5-tys" }, expect: [P.ustronie], note: "population under 5,000" },
  { q: "rewitalizacji", filters: { ludnosc: "ponad-500-tys" }, expect: [P.lodzKonsultacje, P.torun], note: "population over 500,000" },
  { q: "rewitalizacji", filters: { od: "2016", do: "2016" }, expect: [P.lodzKonsultacje, P.torun], note: "one year" },
  { q: "rewitalizacji", filters: { do: "2010" }, expect: [P.bielsko], note: "up to 2010" },
  { q: "energii", filters: { kategoria: "efektywnosc-energetyczna", typ: "zwiazek-jst" }, expect: [P.plock], note: "category and unit type" },
  { q: "szkoły", filters: { wojewodztwo: ["kujawsko-pomorskie", "wielkopolskie"] }, expect: [P.cekcyn, P.pleszew, P.wolsztyn, P.gniezno], note: "two voivodeships (OR)" },
  { q: "", filters: { typ: "samorzad-wojewodztwa", wojewodztwo: "opolskie" }, expect: [P.opole], note: "filters without words" },
  { q: "bezrobotnych", filters: { od: "2009", do: "2010" }, expect: [P.gryfino, P.zabrze, P.ustrzyki], note: "years" },
  { q: "aktywizacja", filters: { kategoria: "pomoc-spoleczna", typ: ["powiat-grodzki", "gmina-miejska"] }, expect: [P.gliwice, P.bytom, P.bielsko], note: "two unit types (OR)" },
  { q: "szkoła", filters: { kategoria: "oswiata", ludnosc: "5-20-tys" }, expect: [P.cekcyn, P.checiny], note: "category and population" },
  { q: "transport", filters: { typ: "zwiazek-jst" }, expect: [P.krosno], note: "association of municipalities" },
  { q: "organizacji pozarządowych", filters: { wojewodztwo: "lubelskie" }, expect: [P.lublin], note: "voivodeship" },
  { q: "qzxqzx", filters: { typ: "powiat-grodzki", wojewodztwo: "slaskie" }, expect: [], note: "a word found nowhere gives nothing, never an unfiltered list" },

  // ── Only in attachments (their extracted text; none of these words is in a practice's own
  // text). Kept together, for merging: attachment-text branch ───────────────────────────────
  { q: "kurs spawania", expect: [P.gliwice], note: "„Sprawozdanie 2011.pdf”: „kurs spawania metodą MIG/MAG”" },
  { q: "florystyka", expect: [P.gliwice], note: "PDF: „kurs florystyki i bukieciarstwa”, another form" },
  { q: "defibrylator", expect: [P.pulawy], note: "„Harmonogram szkoleń.docx”: „obsługa defibrylatora AED”" },
  { q: "resuscytacja krążeniowo-oddechowa", expect: [P.pulawy], note: "DOCX, hyphenated words" },
  { q: "pergola", expect: [P.lodzKonsultacje], note: "„Protokół z konsultacji.odt”: „pergolę z pnączami”" },
  { q: '"lip drobnolistnych"', expect: [P.lodzKonsultacje], note: "ODT, a phrase" },
  // ── end of attachment-only cases ─────────────────────────────────────────────────────────

  // ══ Word families, synonyms and abbreviations (word-family.ts, thesaurus.ts) ══════════════
  // Found through what the query adds to the words as typed; ranked below them.
  // ── Word families: a noun finds its adjective, participle and verb, and back ───────────────
  { q: "bezdomność", filters: { wojewodztwo: "slaskie" }, expect: [P.zabrze], expansions: ["bezdomn…"], note: "Zabrze: „osoby … bezdomne”" },
  { q: "bezdomni", expect: [P.elk, P.zabrze], note: "„osoby bezdomne”, „wychodzących z bezdomności”" },
  { q: "niepełnosprawność", expect: [P.bytom, P.krosno], note: "Bytom: „asystent osób niepełnosprawnych”; Krosno: „z niepełnosprawnościami”" },
  { q: "niepełnosprawni", expect: [P.bytom, P.krosno], note: "adjective finds the noun" },
  { q: "aktywizować bezrobotnych", expect: [P.gliwice], expansions: ["aktywiz…"], note: "„aktywizacja”, „aktywizacji” from the verb" },
  { q: "rewitalizować", expect: [P.bielsko, P.lodzKonsultacje, P.torun], note: "verb finds „rewitalizacji”" },
  { q: "ocieplania", expect: [P.augustow], note: "the family of „ocieplenie”, then its thesaurus group: „termomodernizacja”" },
  { q: "szkolnych przedszkoli", expect: [P.rzeszow, P.piotrkow], note: "adjective „szkolnych” finds „szkół”" },

  // ── Synonyms ────────────────────────────────────────────────────────────────────────────
  { q: "segregacja śmieci", expect: [P.ustronie, P.sandomierz], note: "„kosze do segregacji”, „selektywnej zbiórki odpadów”" },
  { q: "śmieci", expect: [P.sandomierz, P.ustronie], expansions: ["odpady"], note: "the texts say „odpady”" },
  { q: "ocieplenie budynków szkolnych", expect: [P.augustow], expansions: ["termomodernizacja"], note: "„termomodernizacja szkół i budynków”" },
  { q: "ocieplenie", expect: [P.augustow], note: "„termomodernizacja”, „docieplenie”" },
  { q: "budżet partycypacyjny", expect: [P.izabelin], expansions: ["budżet obywatelski"], note: "multi-word synonym" },
  { q: "kopciuchy", expect: [P.nowySacz], note: "„program wymiany pieców”" },
  { q: "komunikacja publiczna", expect: [P.zielonaGora, P.krosno], note: "„komunikacji miejskiej”, „transport publiczny”" },
  { q: "dom kultury", expect: [P.cekcyn, P.santok], note: "„gminnego ośrodka kultury”" },
  { q: "wolontariat", expect: [P.cekcyn, P.santok, P.niepolomice], note: "„wolontariusze”, „wolontariuszy”" },
  { q: "osoby starsze", expect: [P.bialystok, P.lubicz, P.pulawy], note: "„osób starszych”, and „seniorów” through the thesaurus" },
  { q: "transport zbiorowy", expect: [P.krosno], note: "„zintegrowany transport publiczny”" },
  { q: "e-usługi", expect: [P.serock], note: "„platformę e-usług”, „załatwiane przez internet”" },

  // ── Abbreviations, both ways ────────────────────────────────────────────────────────────
  { q: "WPF", expect: [P.zary], expansions: ["Wieloletnia Prognoza Finansowa"], note: "„Wieloletnia Prognoza Finansowa” in the title" },
  { q: "NGO", expect: [P.lublin, P.wroclaw], note: "„Akademia NGO”, „organizacji pozarządowych”" },
  { q: "OPS", expect: [P.elk, P.bielsko, P.gliwice, P.bytom, P.lubicz], note: "MOPS, MOPR, GOPS, „Ośrodek Pomocy Społecznej”" },
  { q: "MOPS", expect: [P.elk, P.bielsko, P.gliwice], note: "„Miejski Ośrodek Pomocy Społecznej”" },
  { q: "PUP", expect: [P.gryfino, P.bielsko], note: "„Powiatowy Urząd Pracy”, „PUP”" },
  { q: "urząd pracy", expect: [P.gryfino], note: "„Powiatowy Urząd Pracy”; „PUP” alone ranks below the ten practices with both words" },
  { q: "CIS", expect: [P.zabrze], note: "„Centrum Integracji Społecznej”" },
  { q: "EFS", expect: [P.bytom, P.gliwice], note: "„Europejskiego Funduszu Społecznego (EFS)”" },
  { q: "POKL", expect: [P.bytom], note: "„Programu Operacyjnego Kapitał Ludzki (PO KL)”" },
  { q: "GOK", expect: [P.cekcyn, P.santok], note: "„gminnego ośrodka kultury”" },
  { q: "UMW", expect: [P.olsztyn, P.opole, P.wroclaw], note: "„Samorząd Województwa …”, „Urząd Marszałkowski”" },
  { q: "ośrodek pomocy społecznej", expect: [P.elk, P.bielsko, P.gliwice], note: "phrase entry, found as typed" },
];

const parse = (c: Pick<Case, "q" | "filters">) => searchParamsSchema.parse({ q: c.q, ...c.filters });
const label = (c: Case) => `${c.q || "(no words)"}${c.filters ? ` ${JSON.stringify(c.filters)}` : ""} — ${c.note}`;

beforeAll(async () => {
  await seedDemoCatalogueWithAttachmentText();
  // Practices that are not public must never be found, however well they match.
  await createTestPractice({ status: "DRAFT" });
  await createTestPractice({ status: "UNPUBLISHED" });
});

// The score reported in docs/search-performance.md, printed after the cases: the share of cases
// passing; the mean reciprocal rank of the best-placed expected practice; and the share of
// expected practices on the first page (recall@10).
const scores: { passed: boolean; reciprocalRank: number; recall: number }[] = [];
afterAll(() => {
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  const judged = scores.filter((score) => !Number.isNaN(score.recall));
  console.log(
    `search relevance: ${scores.filter((s) => s.passed).length}/${scores.length} cases pass; ` +
      `MRR ${mean(judged.map((s) => s.reciprocalRank)).toFixed(3)}; recall@10 ${mean(judged.map((s) => s.recall)).toFixed(3)}`,
  );
});

function scoreOf(c: Case, top: string[]) {
  const ranks = c.expect.map((slug) => top.indexOf(slug)).filter((rank) => rank >= 0);
  return {
    reciprocalRank: ranks.length > 0 ? 1 / (Math.min(...ranks) + 1) : 0,
    recall: c.expect.length > 0 ? ranks.length / c.expect.length : Number.NaN,
  };
}

describe("search relevance over the demo catalogue", () => {
  it("runs on the seeded demo data", async () => {
    expect(await db.practice.count({ where: { status: "PUBLISHED" } })).toBe(DEMO_PRACTICE_COUNT);
    const slugs = Object.values(P);
    expect(await db.practice.count({ where: { slug: { in: slugs } } })).toBe(slugs.length);
    expect(CASES.length).toBeGreaterThanOrEqual(100);
  });

  it.each(CASES.map((c) => [label(c), c] as const))("%s", async (_label, c) => {
    const params = parse(c);
    const outcome = await runSearch(params);
    const top = outcome.results.map((r) => r.slug);
    const missing = c.expect.filter((slug) => !top.includes(slug));
    const score = { passed: false, ...scoreOf(c, top) };
    scores.push(score);
    expect(missing, `q=${JSON.stringify(c.q)} shown=${JSON.stringify(outcome.shownQuery)}; top 10 was:\n  ${top.join("\n  ")}`).toEqual([]);
    expect(outcome.corrected, `corrected (shown: ${outcome.shownQuery})`).toBe(c.corrected ?? false);
    expect(outcome.partial, "found through some of the words").toBe(c.partial ?? false);
    if (c.expansions) expect(outcome.expansions).toEqual(expect.arrayContaining(c.expansions));
    if (c.expect.length === 0) expect(outcome.total).toBe(0);
    // Every result is published and honours every filter.
    await expectHonoursFilters(top, params);
    score.passed = true;
  });
});

describe("ranking", () => {
  async function ranks(q: string): Promise<Map<string, number>> {
    const slugs = await allResultSlugs(searchParamsSchema.parse({ q }));
    return new Map(slugs.map((slug, i) => [slug, i]));
  }

  function expectAbove(rank: Map<string, number>, above: string[], below: string[]) {
    for (const a of above) {
      for (const b of below) {
        expect(rank.get(a), `${a} is found`).toBeDefined();
        expect(rank.get(b), `${b} is found`).toBeDefined();
        expect(rank.get(a)!, `${a} ranks above ${b}`).toBeLessThan(rank.get(b)!);
      }
    }
  }

  it("puts the practice with the word in its title above those that only mention it in the full text", async () => {
    // „Biblioteka jako trzecie miejsce…” vs. Izabelin, Gniezno and Cekcyn, whose full presentations
    // mention a library in passing.
    const rank = await ranks("biblioteki");
    expect(rank.get(P.swidnica)).toBe(0);
    expectAbove(rank, [P.swidnica], [P.izabelin, P.gniezno, P.cekcyn]);
  });

  it("puts the three practices about seniors above those that mention seniors in the body", async () => {
    const rank = await ranks("seniorów");
    expectAbove(rank, [P.lubicz, P.pulawy, P.bialystok], [P.santok, P.izabelin, P.olsztyn, P.lodzKonsultacje]);
  });

  it("ranks titles about revitalisation above a practice that mentions it in its summary", async () => {
    const rank = await ranks("rewitalizacji");
    expectAbove(rank, [P.bielsko, P.lodzKonsultacje, P.torun], [P.lodzMikrogranty]);
  });

  it("ranks the waste-management association first for „odpadów”", async () => {
    const rank = await ranks("odpadów");
    expect(rank.get(P.sandomierz)).toBe(0);
    expectAbove(rank, [P.sandomierz], [P.serock]);
  });

  it("ranks the words as typed above their synonyms and word families", async () => {
    // Ustronie's full text says „śmieciarek”; Sandomierz has „odpadami” in its title.
    expectAbove(await ranks("śmieci"), [P.ustronie], [P.sandomierz]);
    // Ełk says „bezdomności”; Zabrze only „bezdomne”.
    expectAbove(await ranks("bezdomność"), [P.elk], [P.zabrze]);
  });

  it("keeps the order of the words of a quoted phrase", async () => {
    const outcome = await runSearch(searchParamsSchema.parse({ q: '"bezrobotnych długotrwale"' }));
    expect(outcome.results.map((r) => r.slug)).not.toContain(P.gliwice);
    expect(outcome.results.map((r) => r.slug)).not.toContain(P.zabrze);
  });

  it("sorts by date entered when asked, newest first", async () => {
    const outcome = await runSearch(searchParamsSchema.parse({ q: "szkoła", sort: "najnowsze" }));
    const dates = outcome.results.map((r) => r.enteredOn.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(outcome.total).toBeGreaterThan(10);
  });
});

describe("filters", () => {
  const COMBINATIONS: Raw[] = [
    { wojewodztwo: "slaskie", typ: "powiat-grodzki" },
    { wojewodztwo: ["malopolskie", "opolskie", "podkarpackie"] },
    { typ: ["gmina-wiejska", "gmina-miejsko-wiejska"], kategoria: "uslugi-spoleczne" },
    { kategoria: ["kultura", "efektywnosc-energetyczna"], ludnosc: ["20-50-tys", "50-100-tys"] },
    { ludnosc: "ponad-500-tys", od: "2012", do: "2018" },
    { q: "gmin", typ: "gmina-wiejska", od: "2010" },
    { q: "mieszkańców", kategoria: "uslugi-spoleczne", wojewodztwo: ["slaskie", "dolnoslaskie", "malopolskie"] },
  ];

  it.each(COMBINATIONS)("every result honours %j, on every page", async (raw) => {
    const params = searchParamsSchema.parse(raw);
    const slugs = await allResultSlugs(params);
    expect(slugs.length).toBeGreaterThan(0);
    expect(new Set(slugs).size).toBe(slugs.length);
    await expectHonoursFilters(slugs, params);
    // …and the total is what Prisma counts for the same filters (only for filters without words).
    if (!params.q) expect(slugs).toHaveLength(await db.practice.count({ where: await whereOf(params) }));
  });
});

describe("facet counts", () => {
  // Each facet is counted under every active filter except its own (AND across facets, OR inside
  // one), over published practices only; recomputed here one Prisma count per value.
  const COMBINATIONS: Raw[] = [
    {},
    { wojewodztwo: ["slaskie", "malopolskie"], typ: "powiat-grodzki" },
    { kategoria: "uslugi-spoleczne", ludnosc: ["20-50-tys", "50-100-tys"], od: "2010" },
    { typ: ["gmina-wiejska", "gmina-miejsko-wiejska"], kategoria: ["oswiata", "sport-i-rekreacja"], do: "2018" },
    { wojewodztwo: "zachodniopomorskie", kategoria: "efektywnosc-energetyczna", ludnosc: "20-50-tys", typ: "inna" },
    { q: "bezrobotnych", wojewodztwo: "slaskie" },
    { q: "gmin", typ: ["gmina-wiejska", "powiat"], kategoria: "uslugi-spoleczne", ludnosc: "5-20-tys" },
  ];

  it.each(COMBINATIONS)("match independent Prisma counts for %j", async (raw) => {
    const params = searchParamsSchema.parse(raw);
    const outcome = await runSearch(params);
    let ids: number[] | undefined;
    if (params.q) {
      // The practices matching the words alone; the facets under test are computed over these.
      const slugs = await allResultSlugs(searchParamsSchema.parse({ q: params.q }));
      ids = (await db.practice.findMany({ where: { slug: { in: slugs } }, select: { id: true } })).map((p) => p.id);
    }
    const expected = await expectedFacets(params, ids);
    expect(outcome.facets.voivodeship).toEqual(expected.voivodeship);
    expect(outcome.facets.unitType).toEqual(expected.unitType);
    expect(outcome.facets.category).toEqual(expected.category);
    expect(outcome.facets.band).toEqual(expected.band);
    expect(outcome.total).toBe(await db.practice.count({ where: await whereOf(params, undefined, ids) }));
  });
});

describe("spelling fallback", () => {
  it("corrects every misspelt word of a phrase and keeps its quotes", async () => {
    const outcome = await runSearch(searchParamsSchema.parse({ q: '"centrum integracij społecznj" Zabrze' }));
    expect(outcome.corrected).toBe(true);
    // Some form of each word; the phrase's quotes and the other word as typed.
    expect(outcome.shownQuery).toMatch(/^"centrum integracj\p{L}+ społeczn\p{L}+" Zabrze$/u);
    expect(outcome.results.map((r) => r.slug)).toContain(P.zabrze);
  });

  it("looks every word up in one query: the closest known spelling, a known word itself", async () => {
    const suggestions = await suggestWords(["bibloteka", "teleopeika", "szkola", "qzxqzxqzx"]);
    expect(Object.fromEntries(suggestions)).toEqual({ bibloteka: "biblioteka", teleopeika: "teleopieka", szkola: "szkoła" });
  });

  it("never suggests words or localities that only unpublished practices contain", async () => {
    await createTestPractice({
      status: "DRAFT",
      title: "Ksylofonoterapia dla seniorów – szkic",
      slug: "ksylofonoterapia-dla-seniorow-szkic",
      summary: "Szkic praktyki, jeszcze nieopublikowany.",
      locality: "Wąchock Dolny",
      postOffice: "Wąchock Dolny",
    });
    const word = await runSearch(searchParamsSchema.parse({ q: "ksylofonoterapja" }));
    expect(word.total).toBe(0);
    expect(word.corrected).toBe(false);
    expect(word.shownQuery).toBe("ksylofonoterapja");
    // One word: no looser query finds other practices, so localities are looked for.
    const place = await runSearch(searchParamsSchema.parse({ q: "Wachock" }));
    expect(place.total).toBe(0);
    expect(place.localities).toEqual([]);
    const partly = await runSearch(searchParamsSchema.parse({ q: "Wachock Dolny" }));
    expect(partly.results.map((r) => r.slug)).not.toContain("ksylofonoterapia-dla-seniorow-szkic");
  });
});

describe("ranking of attachments", () => {
  it("ranks practices that say a word in their own text above one that has it only in an attachment", async () => {
    // „absolwentów”: Pleszew, Kędzierzyn-Koźle and Zabrze in their presentations, Gliwice only in
    // „Sprawozdanie 2011.pdf” (tier 3 with the metadata, see docs/decisions/013-attachment-text.md).
    const slugs = await allResultSlugs(searchParamsSchema.parse({ q: "absolwentów" }));
    expect(slugs.at(-1)).toBe(P.gliwice);
    expect(slugs).toEqual(expect.arrayContaining([P.pleszew, P.kedzierzyn, P.zabrze]));
  });
});
