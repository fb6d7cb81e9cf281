import type { CategoryNode } from "@/features/category/data";
import { publicContact } from "@/features/practice/public-contact";
import { storedFiguresOf } from "@/features/practice/snapshot";
import { FUNDING_SOURCES, UNIT_TYPES, VOIVODESHIPS } from "@/features/practice/vocabulary";
import { RESULTS_PER_PAGE, type SearchOutcome } from "@/features/search/run-search";
import { searchQueryString } from "@/features/search/schema";
import type { UnitType, Voivodeship } from "@/generated/prisma/enums";
import { formatIsoDate } from "@/lib/format";
import { absoluteUrl } from "@/lib/public-url";
import type { CategoryIndex } from "./category-index";
import type { ApiListRecord, ApiRecord } from "./data";
import { paths } from "./paths";
import type { CategoryTreeJson, PracticeJson, PracticeListItemJson, SearchResultJson } from "./schema";

// Database records → the API's JSON (types from schema.ts, so the compiler checks every field).

function voivodeship(value: Voivodeship) {
  return { slug: VOIVODESHIPS[value].slug, nazwa: VOIVODESHIPS[value].label };
}

function unitType(value: UnitType) {
  return { slug: UNIT_TYPES[value].slug, nazwa: UNIT_TYPES[value].description };
}

function categoryRef(category: { slug: string; name: string }) {
  return { slug: category.slug, nazwa: category.name, url: absoluteUrl(paths.category(category.slug)) };
}

export function practiceListItemJson(record: ApiListRecord): PracticeListItemJson {
  return {
    slug: record.slug,
    tytul: record.title,
    skrot: record.summary,
    miejscowosc: record.locality,
    wojewodztwo: voivodeship(record.voivodeship),
    typJednostki: unitType(record.unitType),
    kategoria: categoryRef(record.primaryCategory),
    dataWprowadzenia: formatIsoDate(record.enteredOn),
    dataAktualizacji: formatIsoDate(record.revisedOn),
    zmieniono: record.updatedAt.toISOString(),
    zalaczniki: record.attachments.map((attachment) => ({
      id: attachment.id,
      tytul: attachment.title,
      nazwaPliku: attachment.fileName,
      typMime: attachment.mimeType,
      rozmiar: attachment.byteSize,
      url: absoluteUrl(paths.attachment(record.slug, attachment.id)),
    })),
    liczbaWdrozen: record._count.adoptionReports,
    linki: {
      strona: absoluteUrl(paths.practice(record.slug)),
      prezentacja: absoluteUrl(paths.presentation(record.slug)),
      zalaczniki: absoluteUrl(paths.attachments(record.slug)),
      api: absoluteUrl(paths.apiPractice(record.slug)),
    },
  };
}

export function practiceJson(record: ApiRecord): PracticeJson {
  const categories = record.categories
    .map((link) => link.category)
    .sort((a, b) => Number(b.id === record.primaryCategoryId) - Number(a.id === record.primaryCategoryId) || a.name.localeCompare(b.name, "pl"));
  return {
    ...practiceListItemJson(record),
    pelnaPrezentacja: record.body,
    kategorie: categories.map(categoryRef),
    jednostka: {
      nazwa: record.implementingUnit,
      ulica: record.street,
      kodPocztowy: record.postalCode,
      poczta: record.postOffice,
      witryna: record.website,
      liczbaMieszkancow: record.population,
    },
    kontakty: record.contacts.map(publicContact).map((contact) => ({
      imieINazwisko: contact.name,
      funkcja: contact.role,
      telefon: contact.phone,
      // A hidden address is reached through "Napisz do autora" only.
      email: contact.emailPublic ? contact.email : null,
    })),
    wdrozenia: record.adoptionReports.map((report) => ({
      jednostka: report.unitName,
      typ: unitType(report.unitType),
      wojewodztwo: voivodeship(report.voivodeship),
      rok: report.year,
      zmiany: report.changes,
    })),
    okresOd: record.periodStart && formatIsoDate(record.periodStart),
    okresDo: record.periodEnd && formatIsoDate(record.periodEnd),
    trwa: record.ongoing,
    rezultaty: record.results,
    rezultatyLiczby: storedFiguresOf(record.resultFigures).map((figure) => ({ wartosc: figure.value, opis: figure.label })),
    kosztCalkowityPln: record.totalCostPln,
    zrodlaFinansowania: record.fundingSources.map((source) => FUNDING_SOURCES[source].slug),
    programFinansowania: record.fundingProgramme,
    partnerzy: record.partners,
    mozliwoscPrzeniesienia: record.transferPotential,
    celeZrownowazonegoRozwoju: record.sdgGoals,
    kontaktyZweryfikowano: record.contactsVerifiedOn && formatIsoDate(record.contactsVerifiedOn),
  };
}

function facetCounts<K extends string>(counts: Partial<Record<K, number>>, slugOf: (key: K) => string | undefined): Record<string, number> {
  const result: Record<string, number> = {};
  for (const [key, count] of Object.entries(counts) as [K, number][]) {
    const slug = slugOf(key);
    if (slug !== undefined) result[slug] = count;
  }
  return result;
}

export function searchResultJson(outcome: SearchOutcome, records: ApiListRecord[], categories: CategoryIndex): SearchResultJson {
  const { params } = outcome;
  const pageLink = (page: number) => absoluteUrl(paths.apiPractices(searchQueryString(params, { strona: page })));
  return {
    parametry: {
      q: params.q,
      wojewodztwo: params.wojewodztwo.map((v) => VOIVODESHIPS[v].slug),
      typ: params.typ.map((t) => UNIT_TYPES[t].slug),
      kategoria: params.kategoria,
      ludnosc: params.ludnosc,
      od: params.od ?? null,
      do: params.do ?? null,
      sort: params.sort,
      wdrozone: params.wdrozone,
      strona: outcome.page,
    },
    slowa: outcome.shownQuery,
    poprawiono: outcome.corrected,
    czescSlow: outcome.partial,
    uwzglednionoTez: outcome.expansions,
    liczbaWynikow: outcome.total,
    strona: outcome.page,
    liczbaStron: outcome.pageCount,
    naStronie: RESULTS_PER_PAGE,
    wyniki: records.map(practiceListItemJson),
    fasety: {
      wojewodztwo: facetCounts(outcome.facets.voivodeship, (v) => VOIVODESHIPS[v]?.slug),
      typ: facetCounts(outcome.facets.unitType, (t) => UNIT_TYPES[t]?.slug),
      kategoria: facetCounts(outcome.facets.category, (id) => categories.get(Number(id))?.slug),
      ludnosc: facetCounts(outcome.facets.band, (band) => band),
    },
    linki: {
      self: pageLink(outcome.page),
      pierwsza: pageLink(1),
      poprzednia: outcome.page > 1 ? pageLink(outcome.page - 1) : null,
      nastepna: outcome.page < outcome.pageCount ? pageLink(outcome.page + 1) : null,
      ostatnia: pageLink(outcome.pageCount),
      html: absoluteUrl(paths.search(searchQueryString(params, { strona: outcome.page }))),
      csv: absoluteUrl(paths.searchCsv(searchQueryString(params, { strona: 1 }))),
    },
  };
}

export function categoryTreeJson(tree: CategoryNode[]): CategoryTreeJson {
  const node = (category: CategoryNode): CategoryTreeJson["kategorie"][number] => ({
    slug: category.slug,
    nazwa: category.name,
    opis: category.description,
    liczbaPraktyk: category.practiceCount,
    url: absoluteUrl(paths.category(category.slug)),
    praktyki: absoluteUrl(paths.apiPractices(new URLSearchParams({ kategoria: category.slug }).toString())),
    kanal: absoluteUrl(paths.categoryFeed(category.slug)),
    podkategorie: category.children.map(node),
  });
  return { kategorie: tree.map(node) };
}
