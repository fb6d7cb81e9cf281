import { UnitType, Voivodeship } from "@/generated/prisma/enums";

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
