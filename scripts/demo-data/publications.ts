// "Publikacje i dokumenty": documents written for the demo catalogue. Their PDFs are generated
// from this text by scripts/demo-data/make-publication-pdfs.ts into files/publikacje/ and committed;
// the seed only reads the files.

export type DemoPublicationSection = { heading: string; paragraphs?: string[]; items?: string[] };

export type DemoPublication = {
  title: string;
  description: string;
  /** "YYYY-MM-DD". */
  publishedOn: string;
  /** File name inside scripts/demo-data/files/publikacje/. */
  file: string;
  sections: DemoPublicationSection[];
};

export const demoPublications: DemoPublication[] = [
  {
    title: "Jak opisać dobrą praktykę. Poradnik dla autorów zgłoszeń",
    description:
      "Krok po kroku: co powinien zawierać opis praktyki, jak przygotować skrót i metrykę, jak pisać o rezultatach i kosztach oraz jakie załączniki dołączyć, żeby inne samorządy mogły z praktyki skorzystać.",
    publishedOn: "2024-03-15",
    file: "jak-opisac-dobra-praktyke.pdf",
    sections: [
      {
        heading: "Dla kogo jest ten poradnik",
        paragraphs: [
          "Poradnik jest przeznaczony dla pracowników urzędów gmin, starostw, urzędów marszałkowskich i jednostek organizacyjnych samorządu, którzy chcą zgłosić rozwiązanie do Banku Dobrych Praktyk. Dobry opis pozwala innemu samorządowi ocenić, czy praktyka pasuje do jego warunków, i daje kontakt do osób, które ją wdrażały.",
        ],
      },
      {
        heading: "Skrót – pierwsze wrażenie",
        paragraphs: [
          "Skrót to dwa, najwyżej trzy akapity. W pierwszym zdaniu napisz, kto i jaki problem rozwiązał. Następnie podaj najważniejszy rezultat, najlepiej liczbowo, oraz okres realizacji. Unikaj skrótów i nazw wewnętrznych programów bez wyjaśnienia.",
        ],
      },
      {
        heading: "Metryka praktyki",
        paragraphs: ["Metryka pozwala wyszukać praktykę według miejsca i rodzaju jednostki. Przygotuj:"],
        items: [
          "typ jednostki (gmina miejska, wiejska, miejsko-wiejska, powiat, miasto na prawach powiatu, województwo, związek JST),",
          "miejscowość, województwo, kod pocztowy i adres jednostki wdrażającej,",
          "liczbę mieszkańców jednostki samorządu według ostatnich danych GUS,",
          "adres strony internetowej praktyki lub jednostki,",
          "co najmniej jedną osobę kontaktową z funkcją, telefonem i adresem e-mail (za jej zgodą).",
        ],
      },
      {
        heading: "Pełna prezentacja",
        paragraphs: [
          "Pełna prezentacja opisuje praktykę w układzie: cel, opis działań, rezultaty, finansowanie, partnerzy, trudności i wnioski. Najcenniejsze dla czytelników są informacje o tym, co się nie udało i co zrobiono inaczej, oraz o kosztach i źródłach finansowania.",
          "Rezultaty podawaj w liczbach i porównuj ze stanem wyjściowym. Jeżeli praktyka była oceniana przez zewnętrznego ewaluatora albo nagrodzona w konkursie, napisz o tym.",
        ],
      },
      {
        heading: "Załączniki",
        paragraphs: [
          "Dołącz dokumenty, które pomogą powtórzyć praktykę: regulaminy, wzory umów i formularzy, harmonogramy, raporty z ewaluacji, zdjęcia. Pliki powinny być dostępne cyfrowo: PDF z warstwą tekstową, opisane zdjęcia, tabele z nagłówkami.",
        ],
      },
    ],
  },
  {
    title: "Formularz zgłoszenia dobrej praktyki",
    description:
      "Formularz do wypełnienia i przesłania redakcji banku: dane jednostki, osoby kontaktowe, kategoria, skrót, pełna prezentacja i lista załączników.",
    publishedOn: "2024-03-15",
    file: "formularz-zgloszenia-praktyki.pdf",
    sections: [
      {
        heading: "Część A. Dane jednostki",
        items: [
          "Nazwa jednostki samorządu terytorialnego: ……………………………………",
          "Typ jednostki: ……………………………………",
          "Jednostka wdrażająca (np. ośrodek pomocy społecznej): ……………………………………",
          "Ulica i numer, kod pocztowy, poczta: ……………………………………",
          "Województwo: ……………………   Liczba mieszkańców: ……………………",
          "Strona internetowa: ……………………………………",
        ],
      },
      {
        heading: "Część B. Osoby kontaktowe",
        items: [
          "Imię i nazwisko, funkcja: ……………………………………",
          "Telefon i adres e-mail: ……………………………………",
          "Zgoda na publikację danych kontaktowych w Banku Dobrych Praktyk: TAK / NIE",
        ],
      },
      {
        heading: "Część C. Opis praktyki",
        items: [
          "Tytuł praktyki: ……………………………………",
          "Kategoria (np. pomoc społeczna, efektywność energetyczna, dialog społeczny): ……………………",
          "Okres realizacji: od …………… do ……………",
          "Skrót (do 1500 znaków): ……………………………………",
          "Pełna prezentacja: cel, działania, rezultaty, finansowanie, partnerzy, wnioski – w załączniku",
          "Lista załączników: ……………………………………",
        ],
      },
      {
        heading: "Oświadczenie",
        paragraphs: [
          "Oświadczam, że informacje zawarte w zgłoszeniu są zgodne z prawdą, a jednostka wyraża zgodę na ich publikację w Banku Dobrych Praktyk i redakcyjne opracowanie tekstu.",
          "Data i podpis osoby upoważnionej: ……………………………………",
        ],
      },
    ],
  },
  {
    title: "Regulamin Banku Dobrych Praktyk",
    description:
      "Zasady zgłaszania, weryfikacji, publikacji i aktualizacji praktyk, obowiązki redakcji oraz zasady publikowania danych osób kontaktowych.",
    publishedOn: "2023-11-20",
    file: "regulamin-banku-dobrych-praktyk.pdf",
    sections: [
      {
        heading: "§ 1. Postanowienia ogólne",
        items: [
          "Bank Dobrych Praktyk jest publicznym, bezpłatnym katalogiem rozwiązań sprawdzonych w jednostkach samorządu terytorialnego.",
          "Z banku może korzystać każdy, bez rejestracji i bez opłat.",
        ],
      },
      {
        heading: "§ 2. Zgłaszanie praktyk",
        items: [
          "Praktyki zgłaszają jednostki samorządu terytorialnego, ich związki i jednostki organizacyjne.",
          "Zgłoszenie składa się na formularzu opublikowanym w dziale „Publikacje i dokumenty”.",
          "Zgłaszana praktyka powinna być zrealizowana lub realizowana co najmniej od roku i mieć udokumentowane rezultaty.",
        ],
      },
      {
        heading: "§ 3. Weryfikacja i publikacja",
        items: [
          "Redakcja sprawdza kompletność i rzetelność opisu, w razie potrzeby uzgadnia poprawki z autorami.",
          "Redakcja może odmówić publikacji praktyki, która nie spełnia kryteriów oceny, i informuje o tym zgłaszającego.",
          "Opublikowana praktyka otrzymuje datę wprowadzenia do banku.",
        ],
      },
      {
        heading: "§ 4. Aktualizacja i wycofanie",
        items: [
          "Jednostka może w każdej chwili zgłosić zmianę danych lub wycofanie praktyki.",
          "Redakcja co najmniej raz na dwa lata sprawdza aktualność danych kontaktowych.",
        ],
      },
      {
        heading: "§ 5. Dane osobowe",
        items: [
          "Dane osób kontaktowych są publikowane wyłącznie za ich zgodą, w zakresie: imię i nazwisko, funkcja, służbowy telefon i adres e-mail.",
          "Osoba kontaktowa może w każdej chwili zażądać usunięcia swoich danych.",
        ],
      },
    ],
  },
  {
    title: "Kryteria oceny praktyk zgłaszanych do banku",
    description:
      "Sześć kryteriów, według których redakcja ocenia zgłoszenia: skuteczność, trwałość, możliwość przeniesienia, racjonalność kosztów, partnerstwo i innowacyjność.",
    publishedOn: "2023-11-20",
    file: "kryteria-oceny-praktyk.pdf",
    sections: [
      {
        heading: "Po co kryteria",
        paragraphs: [
          "Bank nie jest rankingiem. Kryteria pomagają ocenić, czy opis przyda się innym samorządom: czy praktyka przyniosła sprawdzalne rezultaty i czy da się ją powtórzyć gdzie indziej.",
        ],
      },
      {
        heading: "Kryteria",
        items: [
          "Skuteczność – praktyka rozwiązała opisany problem, a rezultaty są udokumentowane i porównane ze stanem wyjściowym.",
          "Trwałość – działania są kontynuowane po zakończeniu finansowania zewnętrznego lub zostały włączone do stałych zadań jednostki.",
          "Możliwość przeniesienia – praktykę może wdrożyć samorząd o podobnej wielkości bez wyjątkowych zasobów.",
          "Racjonalność kosztów – koszty są znane i proporcjonalne do rezultatów.",
          "Partnerstwo – w realizacji uczestniczyli mieszkańcy, organizacje pozarządowe, inne jednostki lub przedsiębiorcy.",
          "Innowacyjność – rozwiązanie jest nowe w polskich warunkach albo w nowy sposób łączy znane metody.",
        ],
      },
      {
        heading: "Jak oceniamy",
        paragraphs: [
          "Każde zgłoszenie czyta dwoje redaktorów. Praktyka, która spełnia co najmniej cztery kryteria, w tym skuteczność i możliwość przeniesienia, jest publikowana. Pozostałym autorom przekazujemy uwagi i zachęcamy do uzupełnienia opisu.",
        ],
      },
    ],
  },
  {
    title: "Aktywizacja osób zagrożonych wykluczeniem społecznym. Przegląd praktyk z lat 2008–2013",
    description:
      "Przegląd kilkunastu praktyk ośrodków pomocy społecznej i powiatowych centrów pomocy rodzinie: projekty systemowe, kontrakty socjalne, kluby integracji społecznej i współpraca z pracodawcami. Wnioski dla samorządów planujących podobne działania.",
    publishedOn: "2014-02-10",
    file: "aktywizacja-osob-zagrozonych-wykluczeniem.pdf",
    sections: [
      {
        heading: "Wprowadzenie",
        paragraphs: [
          "W latach 2008–2013 ośrodki pomocy społecznej w całej Polsce realizowały projekty aktywizacji finansowane ze środków Europejskiego Funduszu Społecznego. W banku opisano kilkanaście z nich – od dużych miast po gminy wiejskie. Przegląd zestawia ich wspólne cechy i najważniejsze wnioski.",
        ],
      },
      {
        heading: "Co działało",
        items: [
          "Indywidualna ścieżka wsparcia: diagnoza, kontrakt socjalny, doradztwo zawodowe i szkolenie dobrane do rynku pracy.",
          "Praca w grupach samopomocowych i warsztaty umiejętności społecznych przed szkoleniem zawodowym.",
          "Staże i przygotowanie zawodowe u lokalnych pracodawców, z opiekunem po stronie pracodawcy.",
          "Powiązanie projektów miękkich z rewitalizacją – nowe miejsca pracy przy remontach i w usługach dla mieszkańców.",
        ],
      },
      {
        heading: "Trudności",
        items: [
          "Rezygnacje uczestników w pierwszych tygodniach – ograniczane przez stały kontakt z pracownikiem socjalnym.",
          "Krótki okres projektów – trwałość zapewniały samorządy, które włączyły działania do stałych programów.",
        ],
      },
      {
        heading: "Wnioski",
        paragraphs: [
          "Najlepsze rezultaty osiągały samorządy, które łączyły kilka form wsparcia i współpracowały z powiatowym urzędem pracy, organizacjami pozarządowymi i pracodawcami od etapu planowania projektu.",
        ],
      },
    ],
  },
  {
    title: "Współpraca samorządu z organizacjami pozarządowymi. Wybrane rozwiązania",
    description:
      "Programy współpracy, rady działalności pożytku publicznego, małe granty i inicjatywa lokalna w praktyce gmin i powiatów – na przykładach z działu „Współpraca JST–NGO”.",
    publishedOn: "2012-09-28",
    file: "wspolpraca-jst-ngo-wybrane-rozwiazania.pdf",
    sections: [
      {
        heading: "Program współpracy",
        paragraphs: [
          "Roczny program współpracy z organizacjami pozarządowymi jest obowiązkiem każdej jednostki samorządu. W praktykach opisanych w banku program przygotowywano wspólnie z organizacjami na otwartych spotkaniach, a jego realizację oceniano co roku w sprawozdaniu dostępnym dla mieszkańców.",
        ],
      },
      {
        heading: "Rozwiązania warte uwagi",
        items: [
          "Rada działalności pożytku publicznego opiniująca projekty uchwał i kierunki konkursów dotacyjnych.",
          "Małe granty w trybie uproszczonym dla nowych organizacji i grup nieformalnych.",
          "Inicjatywa lokalna – mieszkańcy wnoszą pracę społeczną, a gmina materiały i sprzęt.",
          "Centrum organizacji pozarządowych z bezpłatnymi salami, doradztwem i szkoleniami.",
        ],
      },
      {
        heading: "Wnioski",
        paragraphs: [
          "Współpraca przynosi efekty, gdy ma stałe zasady i osobę odpowiedzialną po stronie urzędu, a organizacje uczestniczą w planowaniu zadań, a nie tylko w ich realizacji.",
        ],
      },
    ],
  },
  {
    title: "Efektywność energetyczna w gminach. Wnioski z praktyk zgromadzonych w banku",
    description:
      "Termomodernizacja budynków publicznych, modernizacja oświetlenia ulicznego, odnawialne źródła energii i zarządzanie energią – koszty, oszczędności i sposoby finansowania opisane przez gminy.",
    publishedOn: "2019-06-05",
    file: "efektywnosc-energetyczna-w-gminach.pdf",
    sections: [
      {
        heading: "Zakres przeglądu",
        paragraphs: [
          "Przegląd obejmuje praktyki z działu „Efektywność energetyczna”: termomodernizację szkół i urzędów, wymianę oświetlenia ulicznego na LED, instalacje fotowoltaiczne i pompy ciepła w budynkach gminnych oraz wprowadzenie systemów zarządzania energią.",
        ],
      },
      {
        heading: "Najważniejsze obserwacje",
        items: [
          "Audyt energetyczny przed inwestycją pozwalał wybrać działania o najkrótszym okresie zwrotu.",
          "Modernizacja oświetlenia ulicznego zmniejszała zużycie energii o 50–70%.",
          "Gminy, które wyznaczyły energetyka gminnego, monitorowały zużycie w każdym budynku i szybciej wykrywały straty.",
          "Finansowanie łączyło środki własne, dotacje i pożyczki wojewódzkich funduszy ochrony środowiska.",
        ],
      },
      {
        heading: "Wnioski",
        paragraphs: [
          "Efektywność energetyczna opłaca się także małym gminom, jeżeli inwestycje poprzedza rzetelna inwentaryzacja zużycia, a oszczędności są mierzone i raportowane radzie gminy i mieszkańcom.",
        ],
      },
    ],
  },
];
