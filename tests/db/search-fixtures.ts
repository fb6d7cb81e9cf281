import { expect } from "vitest";
import { runSearch } from "../../src/features/search/run-search";
import type { SearchParams } from "../../src/features/search/schema";
import { POPULATION_BANDS, type PopulationBand } from "../../src/features/search/vocabulary";
import type { Prisma } from "../../src/generated/prisma/client";
import { UnitType, Voivodeship } from "../../src/generated/prisma/enums";
import { db } from "../../src/lib/db";
import { resetDatabase } from "./reset";

// Shared by the search database tests: the demo catalogue as seeded by `npm start`, the slugs of
// its practices, and checks computed straight from Prisma, independently of the search SQL.

/** Empties the database and seeds the full demo data (2 reference records + 47 demo practices). */
export async function seedDemoCatalogue(): Promise<void> {
  await resetDatabase();
  const { seedDemoData } = await import("../../scripts/seed");
  await seedDemoData({ log: () => {}, demoAccount: false });
}

/** The demo catalogue, and the attachments' text job run over its files (some seconds more). */
export async function seedDemoCatalogueWithAttachmentText(): Promise<void> {
  await seedDemoCatalogue();
  const { extractAllPendingAttachmentText } = await import("../../src/features/attachments/text-job");
  await extractAllPendingAttachmentText();
}

export const DEMO_PRACTICE_COUNT = 49;

/** Slugs of the demo practices (scripts/demo-data), named after their place. */
export const P = {
  // scripts/demo-data/reference-practices.ts
  bielsko: "wdrazanie-projektow-miekkich-na-rzecz-integracji-spolecznej-przy-rewitalizacji-obszarow-zdegradowanych",
  bytom: "systemowy-projekt-aktywizacji-spa-w-bytomiu-w-roku-2011",
  // scripts/demo-data/practices.ts
  swidnica: "biblioteka-jako-trzecie-miejsce-filie-biblioteczne-w-roli-klubow-sasiedzkich",
  checiny: "cyfrowe-archiwum-ziemi-checinskiej-mieszkancy-i-szkoly-ratuja-pamiatki-rodzinne",
  lodzMikrogranty: "podworkowe-mikrogranty-na-dzialania-kulturalne-w-centrum-lodzi",
  olsztyn: "kultura-w-zasiegu-objazdowe-wydarzenia-kulturalne-dla-malych-miejscowosci-warmii-i-mazur",
  gliwice: "krok-do-pracy-aktywizacja-osob-dlugotrwale-bezrobotnych-w-gliwicach",
  lubicz: "dzienny-dom-seniora-i-sasiedzkie-uslugi-opiekuncze-w-gminie-lubicz",
  ustrzyki: "spoldzielnia-socjalna-bieszczadzka-kuchnia-wyjscie-z-bezrobocia-przez-ekonomie-spoleczna",
  elk: "mieszkania-wspomagane-dla-osob-wychodzacych-z-bezdomnosci-w-elku",
  cekcyn: "szkola-otwarta-po-lekcjach-zajecia-pozalekcyjne-w-wiejskich-szkolach-gminy-cekcyn",
  pleszew: "ksztalcenie-zawodowe-szyte-na-miare-powiatowe-szkoly-zawodowe-we-wspolpracy-z-pracodawcami",
  rzeszow: "elektroniczna-rekrutacja-do-przedszkoli-i-szkol-podstawowych-w-rzeszowie",
  kedzierzyn: "pracownie-przyrodnicze-w-kazdej-szkole-podstawowej-nauka-przez-doswiadczenie",
  hajnowka: "powiatowy-program-profilaktyki-nowotworow-u-kobiet-w-powiecie-hajnowskim",
  pulawy: "teleopieka-dla-seniorow-opaski-bezpieczenstwa-i-calodobowe-centrum-alarmowe-w-pulawach",
  opole: "zdrowe-serce-regionalny-program-profilaktyki-chorob-ukladu-krazenia-na-opolszczyznie",
  wolsztyn: "prosto-do-celu-profilaktyka-wad-postawy-u-dzieci-w-wieku-szkolnym-w-gminie-wolsztyn",
  santok: "strefy-aktywnosci-w-kazdym-solectwie-gminy-santok",
  tczew: "kazdy-trzecioklasista-plywa-powszechna-nauka-plywania-w-tczewskich-szkolach",
  zielonaGora: "rowerowa-zielona-gora-siec-tras-rowerowych-i-miejski-rower-zintegrowany-z-komunikacja",
  niepolomice: "amatorskie-ligi-sportowe-prowadzone-wspolnie-z-klubami-w-gminie-niepolomice",
  krosno: "wspolny-bilet-i-zintegrowany-transport-publiczny-gmin-pogorza",
  sandomierz: "wspolny-system-gospodarki-odpadami-gmin-ziemi-sandomierskiej",
  ostrowiec: "strefowy-monitoring-sieci-wodociagowej-mniej-strat-wody-w-ostrowcu-swietokrzyskim",
  chelmiec: "soleckie-plany-utrzymania-drog-gminnych-w-gminie-chelmiec",
  ustronie: "gmina-ktora-latem-rosnie-dziesieciokrotnie-sezonowa-organizacja-uslug-komunalnych-w-ustroniu-morskim",
  serock: "e-urzad-w-serocku-sprawy-urzedowe-zalatwiane-przez-internet",
  wieliczka: "system-zarzadzania-jakoscia-i-karty-uslug-w-starostwie-powiatowym-w-wieliczce",
  zary: "budzet-zadaniowy-i-wieloletnia-prognoza-finansowa-jako-narzedzia-zarzadzania-miastem",
  piotrkow: "centrum-uslug-wspolnych-dla-miejskich-szkol-i-przedszkoli-w-piotrkowie-trybunalskim",
  augustow: "kompleksowa-termomodernizacja-szkol-i-budynkow-uzytecznosci-publicznej-w-augustowie",
  dobrzen: "oswietlenie-uliczne-led-z-inteligentnym-sterowaniem-w-gminie-dobrzen-wielki",
  nowySacz: "sadecki-program-wymiany-piecow-i-punkt-doradztwa-energetycznego-dla-mieszkancow",
  kolobrzeg: "kogeneracja-i-magazyn-ciepla-w-miejskiej-sieci-cieplowniczej-kolobrzegu",
  lublin: "lubelski-inkubator-organizacji-pozarzadowych",
  gryfino: "partnerstwo-lokalne-na-rzecz-zatrudnienia-osob-bezrobotnych-w-powiecie-gryfinskim",
  malbork: "rada-dzialalnosci-pozytku-publicznego-i-wieloletni-program-wspolpracy-z-organizacjami-w-malborku",
  wroclaw: "fundusz-wkladow-wlasnych-dla-dolnoslaskich-organizacji-pozarzadowych",
  klodzko: "wspolna-marka-turystyczna-i-siec-informacji-turystycznej-gmin-ziemi-klodzkiej",
  plock: "wspolna-grupa-zakupowa-energii-elektrycznej-gmin-regionu-plockiego",
  glucholazy: "transgraniczna-wspolpraca-glucholaz-i-czeskiego-miasta-zlate-hory-wspolna-oferta-kulturalna-i-sportowa",
  mragowo: "powiatowe-centrum-zarzadzania-kryzysowego-obslugujace-wszystkie-gminy-powiatu-mragowskiego",
  torun: "regionalne-wsparcie-gmin-w-przygotowaniu-programow-rewitalizacji",
  lodzKonsultacje: "konsultacje-spoleczne-rewitalizacji-obszarowej-centrum-lodzi",
  izabelin: "budzet-obywatelski-w-gminie-wiejskiej-doswiadczenia-izabelina",
  gniezno: "mlodziezowa-rada-miasta-gniezna-szkola-obywatelskosci",
  bialystok: "podlaska-rada-seniorow-glos-osob-starszych-w-polityce-regionalnej",
  zabrze: "centrum-integracji-spolecznej-w-zabrzu-powrot-na-rynek-pracy-osob-dlugotrwale-bezrobotnych",
} as const;

// ── Independent checks (Prisma only, no search SQL) ─────────────────────────────────────────

export type Facet = "voivodeship" | "unitType" | "category" | "band";

/** Ids of the categories a `kategoria` filter stands for (unknown slugs are dropped). */
export async function categoryIdsOf(slugs: string[]): Promise<number[]> {
  if (slugs.length === 0) return [];
  const rows = await db.category.findMany({ where: { slug: { in: slugs } }, select: { id: true } });
  return rows.map((row) => row.id);
}

/** Listed under one of the categories or one of their subcategories. */
function inCategories(ids: number[]): Prisma.PracticeWhereInput {
  return { categories: { some: { OR: [{ categoryId: { in: ids } }, { category: { parentId: { in: ids } } }] } } };
}

function inBand(slug: PopulationBand): Prisma.PracticeWhereInput {
  const band = POPULATION_BANDS.find((b) => b.slug === slug)!;
  return { population: band.max === null ? { gte: band.min } : { gte: band.min, lt: band.max } };
}

/**
 * The Prisma condition of a search's filters: published practices, AND across filters, OR inside
 * one; `omit` leaves one filter out (a facet is counted without its own filter); `ids` restricts
 * to the practices that matched the words of the query.
 */
export async function whereOf(params: SearchParams, omit?: Facet, ids?: number[]): Promise<Prisma.PracticeWhereInput> {
  const and: Prisma.PracticeWhereInput[] = [{ status: "PUBLISHED" }];
  if (ids) and.push({ id: { in: ids } });
  if (omit !== "voivodeship" && params.wojewodztwo.length > 0) and.push({ voivodeship: { in: params.wojewodztwo } });
  if (omit !== "unitType" && params.typ.length > 0) and.push({ unitType: { in: params.typ } });
  const categoryIds = await categoryIdsOf(params.kategoria);
  if (omit !== "category" && categoryIds.length > 0) and.push(inCategories(categoryIds));
  if (omit !== "band" && params.ludnosc.length > 0) and.push({ OR: params.ludnosc.map(inBand) });
  if (params.od) and.push({ enteredOn: { gte: new Date(Date.UTC(params.od, 0, 1)) } });
  if (params.do) and.push({ enteredOn: { lt: new Date(Date.UTC(params.do + 1, 0, 1)) } });
  return { AND: and };
}

/** Facet counts computed one Prisma count per value; values with no practice are left out. */
export async function expectedFacets(params: SearchParams, ids?: number[]) {
  const count = async (omit: Facet, extra: Prisma.PracticeWhereInput) =>
    db.practice.count({ where: { AND: [await whereOf(params, omit, ids), extra] } });
  const nonZero = <K extends string>(entries: [K, number][]) =>
    Object.fromEntries(entries.filter(([, n]) => n > 0)) as Partial<Record<K, number>>;
  const categories = await db.category.findMany({ select: { id: true } });
  return {
    voivodeship: nonZero(
      await Promise.all(Object.values(Voivodeship).map(async (v) => [v, await count("voivodeship", { voivodeship: v })] as [typeof v, number])),
    ),
    unitType: nonZero(
      await Promise.all(Object.values(UnitType).map(async (u) => [u, await count("unitType", { unitType: u })] as [typeof u, number])),
    ),
    category: nonZero(
      await Promise.all(categories.map(async (c) => [String(c.id), await count("category", inCategories([c.id]))] as [string, number])),
    ),
    band: nonZero(await Promise.all(POPULATION_BANDS.map(async (b) => [b.slug, await count("band", inBand(b.slug))] as [PopulationBand, number]))),
  };
}

/** Every result of a search, all pages, in order. */
export async function allResultSlugs(params: SearchParams): Promise<string[]> {
  const first = await runSearch({ ...params, strona: 1 });
  const slugs = first.results.map((r) => r.slug);
  for (let page = 2; page <= first.pageCount; page++) {
    slugs.push(...(await runSearch({ ...params, strona: page })).results.map((r) => r.slug));
  }
  return slugs;
}

/** Asserts that each practice (by slug) satisfies every filter of `params`. */
export async function expectHonoursFilters(slugs: string[], params: SearchParams): Promise<void> {
  if (slugs.length === 0) return;
  const categoryIds = await categoryIdsOf(params.kategoria);
  const records = await db.practice.findMany({
    where: { slug: { in: slugs } },
    select: {
      slug: true, status: true, voivodeship: true, unitType: true, population: true, enteredOn: true,
      categories: { select: { categoryId: true, category: { select: { parentId: true } } } },
    },
  });
  expect(records).toHaveLength(slugs.length);
  for (const r of records) {
    const where = `${r.slug} for ${JSON.stringify(params)}`;
    expect(r.status, where).toBe("PUBLISHED");
    if (params.wojewodztwo.length > 0) expect(params.wojewodztwo, where).toContain(r.voivodeship);
    if (params.typ.length > 0) expect(params.typ, where).toContain(r.unitType);
    if (categoryIds.length > 0) {
      const listed = r.categories.some((c) => categoryIds.includes(c.categoryId) || (c.category.parentId !== null && categoryIds.includes(c.category.parentId)));
      expect(listed, `${where}: category`).toBe(true);
    }
    if (params.ludnosc.length > 0) {
      const band = POPULATION_BANDS.find((b) => r.population !== null && r.population >= b.min && (b.max === null || r.population < b.max));
      expect(params.ludnosc, `${where}: population ${r.population}`).toContain(band?.slug);
    }
    const year = r.enteredOn.getUTCFullYear();
    if (params.od) expect(year, `${where}: entered`).toBeGreaterThanOrEqual(params.od);
    if (params.do) expect(year, `${where}: entered`).toBeLessThanOrEqual(params.do);
  }
}
