import type { DemoCategory } from "./types";

// The taxonomy of the original Bank Dobrych Praktyk, in its menu order.
export const demoCategories: DemoCategory[] = [
  {
    name: "Usługi społeczne",
    slug: "uslugi-spoleczne",
    description: "Usługi, które samorząd świadczy mieszkańcom: kultura, pomoc społeczna, oświata, zdrowie, sport.",
    children: [
      { name: "Kultura", slug: "kultura", description: "Instytucje kultury, wydarzenia, ochrona dziedzictwa i czytelnictwo." },
      {
        name: "Pomoc społeczna",
        slug: "pomoc-spoleczna",
        description: "Aktywizacja, integracja społeczna, wsparcie rodzin, seniorów i osób z niepełnosprawnościami.",
      },
      { name: "Oświata", slug: "oswiata", description: "Szkoły, przedszkola, edukacja pozaszkolna i zarządzanie oświatą." },
      { name: "Ochrona zdrowia", slug: "ochrona-zdrowia", description: "Profilaktyka, promocja zdrowia i dostęp do opieki zdrowotnej." },
      { name: "Sport i rekreacja", slug: "sport-i-rekreacja", description: "Infrastruktura sportowa, aktywność fizyczna i wypoczynek." },
    ],
  },
  {
    name: "Usługi techniczne",
    slug: "uslugi-techniczne",
    description: "Drogi, transport publiczny, woda i ścieki, odpady, zieleń i gospodarka komunalna.",
  },
  {
    name: "Rozwój instytucjonalny",
    slug: "rozwoj-instytucjonalny",
    description: "Zarządzanie urzędem, jakość usług administracyjnych, e-administracja, finanse i planowanie.",
  },
  {
    name: "Efektywność energetyczna",
    slug: "efektywnosc-energetyczna",
    description: "Termomodernizacja, oświetlenie, odnawialne źródła energii i zarządzanie energią w gminie.",
  },
  {
    name: "Współpraca JST–NGO",
    slug: "wspolpraca-jst-ngo",
    description: "Współpraca samorządu z organizacjami pozarządowymi: programy, konkursy, inicjatywy lokalne.",
  },
  {
    name: "Współpraca między JST",
    slug: "wspolpraca-miedzy-jst",
    description: "Związki, porozumienia i partnerstwa jednostek samorządu terytorialnego.",
  },
  {
    name: "Dialog społeczny",
    slug: "dialog-spoleczny",
    description: "Konsultacje społeczne, budżet obywatelski, rady mieszkańców i partycypacja.",
  },
];
