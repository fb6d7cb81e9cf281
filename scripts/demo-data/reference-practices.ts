import { UnitType, Voivodeship } from "../../src/generated/prisma/enums";
import type { DemoPractice } from "./types";

// The two records of ../shared/reference/, as the original pages give them.

const bielskoSummary = [
  "Obszary zdegradowane objęte rewitalizacją w Bielsku-Białej - Starówka oraz Centrum Miasta - w znacznym stopniu są zamieszkiwane przez osoby długotrwale bezrobotne, niejednokrotnie borykające się z problemami patologii społecznej, które są zmuszone korzystać z systemu pomocy społecznej. W celu integracji tych osób ze społecznością miasta, a tym samym przeciwdziałając procesom wykluczenia, Miejski Ośrodek Pomocy Społecznej podjął się realizacji dwóch projektów społecznych: \"Przeciw Bezradności\" i \"Aktywność popłaca - wsparcie i aktywizacja osób zagrożonych wykluczeniem społecznym\", które stanowią integralną część projektu inwestycyjnego \"Nowa Starówka - Nowe Szanse. Rewitalizacja Bielskiej Starówki\".",
  "Realizowane projekty wynikają z przyjętej Strategii Rozwoju Bielska-Białej do 2020 rok. Wszelkie działania podejmowane w projektach są bezpośrednio sprzężone z istniejącymi w mieście programami pomocy społecznej, tj. Gminnym Programem Prac Społecznie Użytecznych, Gminnym Programem Wychodzenia z Bezdomności, Programem Pracy z Osobami i Rodzinami z Problemem Alkoholowym oraz Programem „Niebieska Karta\".",
  "Inicjatorzy tych projektów utworzyli przeznaczony dla osób zagrożonych wykluczeniem społecznym Punkt Wsparcia, zatrudniający psychologa i terapeutów, którzy badają predyspozycje zawodowe, wyznaczają ścieżki kariery zawodowej, nadzorują grupy samopomocowe, prowadzą indywidualną terapię dla bezrobotnych, warsztaty interpersonalne czy edukacyjne, kursy i szkolenia zawodowe. Beneficjenci odbywają też przygotowanie zawodowe w miejscu pracy, aby nabrać doświadczenia zawodowego przed podjęciem właściwego zatrudnienia. Przy realizacji projektów cenny był udział podmiotów współpracujących i partnerów, takich jak: pracodawcy, organizacje pracodawców, organizacje pozarządowe, instytucje szkoleniowe, OHP, PUP i kościoły.",
];

const bielskoBiala: DemoPractice = {
  title: "Wdrażanie projektów \"miękkich\" na rzecz integracji społecznej przy rewitalizacji obszarów zdegradowanych",
  slug: "wdrazanie-projektow-miekkich-na-rzecz-integracji-spolecznej-przy-rewitalizacji-obszarow-zdegradowanych",
  summary: bielskoSummary.join("\n\n"),
  body: [
    "## Obszar i problem",
    bielskoSummary[0],
    "## Powiązanie z polityką miasta",
    bielskoSummary[1],
    "## Punkt Wsparcia",
    bielskoSummary[2],
  ].join("\n\n"),
  categories: ["pomoc-spoleczna"],
  enteredOn: "2008-01-02",
  revisedOn: "2013-07-09",
  unitType: UnitType.POWIAT_GRODZKI,
  locality: "Bielsko-Biała",
  voivodeship: Voivodeship.SLASKIE,
  postalCode: "43-300",
  postOffice: "Bielsko-Biała",
  implementingUnit: "Miejski Ośrodek Pomocy Społecznej",
  street: "ul. Karola Miarki 11",
  website: "http://www.zaradni.eu",
  population: 178_443,
  contacts: [
    { name: "Artur Kulas", role: "kierownik działu ds. projektów unijnych", phone: "33 4974295", email: "artur.kulas@zaradni.eu" },
  ],
  // The summary's last sentence names the partners.
  details: {
    partners: "Pracodawcy, organizacje pracodawców, organizacje pozarządowe, instytucje szkoleniowe, OHP, PUP i kościoły.",
  },
};

const bytomSpa: DemoPractice = {
  title: "Systemowy Projekt Aktywizacji – SPA w Bytomiu w roku 2011",
  summary:
    "Celem ogólnym projektu SPA jest zwiększenie integracji społeczno-zawodowej kobiet i mężczyzn - w wieku aktywności zawodowej - korzystających z pomocy społecznej, a zagrożonych wykluczeniem społecznym (lub wykluczonych) oraz ich otoczenia. W roku 2011 w projekcie weźmie udział co najmniej 371 osób, z którymi planuje się zawarcie 331 kontraktów socjalnych.",
  body: `## Cel ogólny

Celem ogólnym projektu SPA jest zwiększenie integracji społeczno-zawodowej kobiet i mężczyzn - w wieku aktywności zawodowej - korzystających z pomocy społecznej, a zagrożonych wykluczeniem społecznym (lub wykluczonych) oraz ich otoczenia.

## Cele szczegółowe

Osiągnięciu celu ogólnego podporządkowane są następujące cele szczegółowe:

- zmniejszenie barier psychologicznych, społecznych i zdrowotnych przyczyniających się do izolacji społeczno-zawodowej,
- zdobycie lub uzupełnienie umiejętności i/lub kwalifikacji, które ułatwiają powrót bądź zaistnienie na rynku pracy,
- rozwój i upowszechnienie pracy socjalnej przyczyniającej się do aktywnej integracji.

## Formy wsparcia

W celu osiągnięcia oczekiwanych rezultatów będzie prowadzona praca socjalna, działania o charakterze środowiskowym i aktywna integracja. Formy wsparcia zostaną dostosowane do indywidualnych potrzeb kobiet i mężczyzn uczestniczących w projekcie, jednak ze szczególnym uwzględnieniem problemów opiekuńczo-wychowawczych. Asystent rodziny, akademia rodzica i różni specjaliści pomogą rozwiązywać problemy rodzin.

Inne propozycje aktywnej integracji w roku 2011 to:

- kontynuacja działań KIS w oparciu o własnych specjalistów i grupy wsparcia,
- asystent osób niepełnosprawnych oraz zajęcia rehabilitacyjne i grup samopomocy dla tej grupy klientek i klientów MOPR,
- treningi kompetencji i umiejętności społecznych oraz szkolenia podnoszące kwalifikacje zawodowe dla młodzieży i dorosłych,
- programy aktywności lokalnej dla Bobrka i Rozbarku.

## Uczestnicy

W roku 2011 w projekcie weźmie udział co najmniej **371 osób** (w tym 223 kobiety, 38 osób niepełnosprawnych, 30 wychowanków placówek opiekuńczo-wychowawczych oraz młodzież ze środowisk zagrożonych wykluczeniem społecznym), z którymi planuje się zawarcie **331 kontraktów socjalnych**. W dzielnicach - Bobrek i Rozbark będą kontynuowane programy aktywności lokalnej (PAL) dla 40 kobiet i mężczyzn. W bieżącym roku przewiduje się udział większej liczby kobiet, gdyż z analiz wynika, że jest to grupa szczególnie narażona na skutki różnych dysfunkcji.

## Finansowanie

Systemowy Projekt Aktywizacji - SPA w Bytomiu jest współfinansowany z Programu Operacyjnego Kapitał Ludzki (PO KL), Europejskiego Funduszu Społecznego (EFS). Projekt ten realizowany jest z Poddziałania 7.1.1 Rozwój i upowszechnianie aktywnej integracji przez ośrodki pomocy społecznej w ramach Priorytetu VII PO KL: Promocja Integracji Społecznej.`,
  categories: ["pomoc-spoleczna"],
  enteredOn: "2011-03-01",
  revisedOn: "2011-03-01",
  unitType: UnitType.POWIAT_GRODZKI,
  locality: "Bytom",
  voivodeship: Voivodeship.SLASKIE,
  postalCode: "41-902",
  postOffice: "Bytom",
  implementingUnit: "Miejski Ośrodek Pomocy Rodzinie w Bytomiu",
  contacts: [],
  // The project's page describes the year 2011: its participants (as planned), funding and measure.
  details: {
    periodStart: "2011-01-01",
    periodEnd: "2011-12-31",
    results:
      "W roku 2011 w projekcie weźmie udział co najmniej 371 osób (w tym 223 kobiety, 38 osób niepełnosprawnych, 30 wychowanków placówek opiekuńczo-wychowawczych oraz młodzież ze środowisk zagrożonych wykluczeniem społecznym), z którymi planuje się zawarcie 331 kontraktów socjalnych. W dzielnicach – Bobrek i Rozbark będą kontynuowane programy aktywności lokalnej (PAL) dla 40 kobiet i mężczyzn.",
    resultFigures: [
      { value: 371, label: "uczestników projektu (co najmniej, plan na 2011 r.)" },
      { value: 223, label: "kobiet wśród uczestników" },
      { value: 38, label: "osób niepełnosprawnych wśród uczestników" },
      { value: 30, label: "wychowanków placówek opiekuńczo-wychowawczych wśród uczestników" },
      { value: 331, label: "kontraktów socjalnych (plan)" },
      { value: 40, label: "uczestników programów aktywności lokalnej w Bobrku i Rozbarku" },
    ],
    fundingSources: ["EFS"],
    fundingProgramme:
      "PO KL, Priorytet VII Promocja Integracji Społecznej, Poddziałanie 7.1.1 Rozwój i upowszechnianie aktywnej integracji przez ośrodki pomocy społecznej",
  },
};

export const referencePractices: DemoPractice[] = [bielskoBiala, bytomSpa];
