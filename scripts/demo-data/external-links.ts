// "Inne bazy danych": real databases of good practices that exist at these addresses (checked
// when written). Editors keep the list up to date in the admin.

export type DemoExternalLink = { title: string; url: string; description: string };

export const demoExternalLinks: DemoExternalLink[] = [
  {
    title: "Baza Dobrych Praktyk ZGW RP, ZMP i ZPP",
    url: "https://dobrepraktyki.pl/",
    description:
      "Wspólne przedsięwzięcie Związku Gmin Wiejskich RP, Związku Miast Polskich i Związku Powiatów Polskich prowadzone od 2007 roku: ponad 500 opisów praktyk zarządzania usługami publicznymi, rozwoju instytucjonalnego i współpracy międzysamorządowej, obecnie dostępnych w archiwum bazy.",
  },
  {
    title: "Platforma Dobrych Praktyk Górnośląsko-Zagłębiowskiej Metropolii",
    url: "https://infogzm.metropoliagzm.pl/platforma-dobrych-praktyk/o-projekcie/",
    description:
      "Baza wiedzy o rozwiązaniach wdrożonych przez gminy GZM i inne samorządy w kraju, z opisami projektów i spotkaniami tematycznymi dla pracowników urzędów.",
  },
  {
    title: "Obserwatorium Polityki Miejskiej i Regionalnej IRMiR",
    url: "https://obserwatorium.miasta.pl/",
    description:
      "Serwis Instytutu Rozwoju Miast i Regionów: badania, dane i przykłady działań polskich miast w dziedzinach polityki miejskiej – od rewitalizacji po transport i mieszkalnictwo.",
  },
  {
    title: "Interreg Europe – baza dobrych praktyk (Policy Learning Platform)",
    url: "https://www.interregeurope.eu/good-practices",
    description:
      "Praktyki polityki rozwoju regionalnego z całej Europy, zweryfikowane przez ekspertów platformy: innowacje, konkurencyjność MŚP, gospodarka niskoemisyjna, środowisko, sprawy społeczne i zarządzanie. W języku angielskim.",
  },
  {
    title: "URBACT Good Practices",
    url: "https://urbact.eu/good-practices",
    description:
      "Rozwiązania miast europejskich wyróżnione znakiem URBACT Good Practice, m.in. z Bydgoszczy, Poznania i Rzeszowa: partycypacja, usługi publiczne, mieszkalnictwo, rewitalizacja. W języku angielskim.",
  },
  {
    title: "OECD OPSI – biblioteka studiów przypadków innowacji w sektorze publicznym",
    url: "https://oecd-opsi.org/innovations/",
    description:
      "Ponad tysiąc opisanych innowacji administracji publicznej z kilkudziesięciu krajów, zbieranych przez Obserwatorium Innowacji w Sektorze Publicznym OECD. W języku angielskim.",
  },
];
