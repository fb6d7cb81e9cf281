import { FundingSource, UnitType, Voivodeship } from "@/generated/prisma/enums";

// Polish names of the enumerations; URL slugs equal the values stored in the database.

type Term = { label: string; slug: string };

export const UNIT_TYPES: Record<UnitType, Term & { description: string }> = {
  GMINA_MIEJSKA: { label: "gmina miejska", slug: "gmina-miejska", description: "gmina miejska" },
  GMINA_WIEJSKA: { label: "gmina wiejska", slug: "gmina-wiejska", description: "gmina wiejska" },
  GMINA_MIEJSKO_WIEJSKA: {
    label: "gmina miejsko-wiejska",
    slug: "gmina-miejsko-wiejska",
    description: "gmina miejsko-wiejska",
  },
  POWIAT_GRODZKI: {
    label: "powiat grodzki",
    slug: "powiat-grodzki",
    description: "miasto na prawach powiatu (powiat grodzki)",
  },
  POWIAT: { label: "powiat", slug: "powiat", description: "powiat ziemski" },
  SAMORZAD_WOJEWODZTWA: {
    label: "samorząd województwa",
    slug: "samorzad-wojewodztwa",
    description: "samorząd województwa",
  },
  ZWIAZEK_JST: {
    label: "związek JST",
    slug: "zwiazek-jst",
    description: "związek lub porozumienie jednostek samorządu terytorialnego",
  },
  INNA: { label: "inna jednostka", slug: "inna", description: "inna jednostka, np. stowarzyszenie JST" },
};

export const VOIVODESHIPS: Record<Voivodeship, Term> = {
  DOLNOSLASKIE: { label: "dolnośląskie", slug: "dolnoslaskie" },
  KUJAWSKO_POMORSKIE: { label: "kujawsko-pomorskie", slug: "kujawsko-pomorskie" },
  LUBELSKIE: { label: "lubelskie", slug: "lubelskie" },
  LUBUSKIE: { label: "lubuskie", slug: "lubuskie" },
  LODZKIE: { label: "łódzkie", slug: "lodzkie" },
  MALOPOLSKIE: { label: "małopolskie", slug: "malopolskie" },
  MAZOWIECKIE: { label: "mazowieckie", slug: "mazowieckie" },
  OPOLSKIE: { label: "opolskie", slug: "opolskie" },
  PODKARPACKIE: { label: "podkarpackie", slug: "podkarpackie" },
  PODLASKIE: { label: "podlaskie", slug: "podlaskie" },
  POMORSKIE: { label: "pomorskie", slug: "pomorskie" },
  SLASKIE: { label: "śląskie", slug: "slaskie" },
  SWIETOKRZYSKIE: { label: "świętokrzyskie", slug: "swietokrzyskie" },
  WARMINSKO_MAZURSKIE: { label: "warmińsko-mazurskie", slug: "warminsko-mazurskie" },
  WIELKOPOLSKIE: { label: "wielkopolskie", slug: "wielkopolskie" },
  ZACHODNIOPOMORSKIE: { label: "zachodniopomorskie", slug: "zachodniopomorskie" },
};

export const ALL_UNIT_TYPES = Object.keys(UNIT_TYPES) as UnitType[];
export const ALL_VOIVODESHIPS = Object.keys(VOIVODESHIPS) as Voivodeship[];

const voivodeshipBySlug = new Map(ALL_VOIVODESHIPS.map((value) => [VOIVODESHIPS[value].slug, value]));

/** The voivodeship of a URL slug ("slaskie"), or undefined for any other text. */
export function voivodeshipOfSlug(slug: string): Voivodeship | undefined {
  return voivodeshipBySlug.get(slug);
}

/** Funding sources, as the original bank's forms named them. */
export const FUNDING_SOURCES: Record<FundingSource, Term> = {
  BUDZET_JST: { label: "budżet JST", slug: "budzet-jst" },
  EFS: { label: "EFS / PO KL", slug: "efs" },
  EFRR: { label: "EFRR / RPO", slug: "efrr" },
  NMF_EOG: { label: "Norweski Mechanizm Finansowy / EOG", slug: "nmf-eog" },
  BUDZET_PANSTWA: { label: "budżet państwa", slug: "budzet-panstwa" },
  INNE: { label: "inne", slug: "inne" },
};

export const ALL_FUNDING_SOURCES = Object.keys(FUNDING_SOURCES) as FundingSource[];

/** The UN Sustainable Development Goals by number, as the Polish UN information centre names them. */
export const SDG_GOAL_NAMES: Record<number, string> = {
  1: "Koniec z ubóstwem",
  2: "Zero głodu",
  3: "Dobre zdrowie i jakość życia",
  4: "Dobra jakość edukacji",
  5: "Równość płci",
  6: "Czysta woda i warunki sanitarne",
  7: "Czysta i dostępna energia",
  8: "Wzrost gospodarczy i godna praca",
  9: "Innowacyjność, przemysł, infrastruktura",
  10: "Mniej nierówności",
  11: "Zrównoważone miasta i społeczności",
  12: "Odpowiedzialna konsumpcja i produkcja",
  13: "Działania w dziedzinie klimatu",
  14: "Życie pod wodą",
  15: "Życie na lądzie",
  16: "Pokój, sprawiedliwość i silne instytucje",
  17: "Partnerstwa na rzecz celów",
};
