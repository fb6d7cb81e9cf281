import { UnitType, Voivodeship } from "../../src/generated/prisma/enums";
import type { DemoPractice } from "./types";

// Invented but plausible practices of Polish local government, written for the demo catalogue.
// Places, voivodeships and postal codes are real; units, people, figures and addresses are made up,
// and every e-mail address and website uses an .example.pl domain.

export const demoPractices: DemoPractice[] = [
  // ── Kultura ──────────────────────────────────────────────────────────────────────────────
  {
    title: "Biblioteka jako trzecie miejsce – filie biblioteczne w roli klubów sąsiedzkich",
    summary:
      "Miejska Biblioteka Publiczna w Świdnicy przekształciła cztery osiedlowe filie w otwarte miejsca spotkań mieszkańców. Obok wypożyczalni działają tam kluby sąsiedzkie, zajęcia prowadzone przez samych mieszkańców i bezpłatne porady obywatelskie.\n\nW ciągu trzech lat liczba odwiedzin w filiach niemal się podwoiła, a ponad połowę stałych uczestników zajęć stanowią seniorzy.",
    body: `## Cel praktyki

Celem praktyki było przekształcenie czterech osiedlowych filii Miejskiej Biblioteki Publicznej w miejsca spotkań mieszkańców – tzw. *trzecie miejsca*, obok domu i pracy, w których można spędzić czas bez ponoszenia kosztów. Biblioteka chciała odpowiedzieć zarówno na spadek liczby wypożyczeń, jak i na sygnały Miejskiego Ośrodka Pomocy Społecznej o rosnącej samotności osób starszych mieszkających na dużych osiedlach.

## Opis działań

W 2015 roku przeprowadzono diagnozę potrzeb: ankietę wśród 640 czytelników i mieszkańców oraz cztery warsztaty w filiach. Na ich podstawie przygotowano nową ofertę i zmieniono aranżację wnętrz:

- wydłużono godziny otwarcia filii do 19.00 w dni powszednie i wprowadzono otwarte soboty,
- wydzielono strefę cichej pracy, strefę dla dzieci oraz kąciki z prasą i grami planszowymi,
- uruchomiono kluby sąsiedzkie: dyskusyjny, gier, rękodzieła oraz kawiarenkę językową,
- zorganizowano cykl „Sąsiad uczy sąsiada”, w którym mieszkańcy prowadzą zajęcia z własnych umiejętności – od naprawy rowerów po obsługę smartfona,
- wprowadzono bezpłatne porady prawne i obywatelskie we współpracy z lokalnym stowarzyszeniem.

Każda filia ma swojego animatora – bibliotekarza przeszkolonego w zakresie animacji społeczności lokalnej. Program zajęć ustalany jest co kwartał na otwartym spotkaniu, w którym może wziąć udział każdy mieszkaniec osiedla.

## Rezultaty

- liczba odwiedzin w filiach wzrosła z 48 200 w 2015 r. do 91 500 w 2018 r.,
- liczba aktywnych czytelników zwiększyła się o 27%,
- w zajęciach klubowych regularnie uczestniczy ok. 350 osób, z czego ponad połowa to seniorzy,
- mieszkańcy samodzielnie prowadzą 14 cyklicznych spotkań.

## Finansowanie

Zmiany aranżacyjne, których koszt wyniósł ok. 186 000 zł, sfinansowano z budżetu miasta oraz z dotacji Narodowego Programu Rozwoju Czytelnictwa. Wynagrodzenia animatorów pokrywane są z bieżącego budżetu biblioteki – praktyka nie wymagała tworzenia nowych etatów, a jedynie zmiany zakresu obowiązków.

## Wnioski i rekomendacje

Kluczowe okazało się oddanie części programu w ręce mieszkańców. Biblioteka nie musi wszystkiego organizować sama – wystarczy, że udostępni przestrzeń, pomoże w starcie i zadba o przyjazną atmosferę. Praktykę łatwo przenieść do innych gmin, także tych, które mają tylko jedną placówkę biblioteczną.`,
    categories: ["kultura", "pomoc-spoleczna"],
    enteredOn: "2016-05-12",
    revisedOn: "2019-02-20",
    unitType: UnitType.INNA,
    locality: "Świdnica",
    voivodeship: Voivodeship.DOLNOSLASKIE,
    postalCode: "58-100",
    postOffice: "Świdnica",
    implementingUnit: "Miejska Biblioteka Publiczna w Świdnicy",
    street: "ul. Franciszkańska 18",
    website: "https://www.biblioteka-swidnica.example.pl",
    population: 56_100,
    contacts: [
      {
        name: "Joanna Wróblewska",
        role: "zastępczyni dyrektora ds. programowych",
        phone: "74 852 11 40",
        email: "j.wroblewska@biblioteka-swidnica.example.pl",
      },
    ],
    attachments: [{ title: "Zdjęcie z zajęć klubu sąsiedzkiego", file: "zdjecie-z-realizacji.png" }],
  },
  {
    title: "Cyfrowe Archiwum Ziemi Chęcińskiej – mieszkańcy i szkoły ratują pamiątki rodzinne",
    summary:
      "Gmina Chęciny wspólnie z uczniami i nauczycielami trzech szkół zbiera, skanuje i opisuje fotografie, dokumenty oraz wspomnienia mieszkańców. Zbiory są udostępniane bezpłatnie w internetowym archiwum, a oryginały wracają do właścicieli.",
    body: `## Cel praktyki

Wiele rodzinnych pamiątek – zdjęć, listów, świadectw szkolnych czy dokumentów z okresu wojny – przechowywanych jest w domach bez żadnego opisu i z czasem ginie. Celem praktyki było ocalenie tego dziedzictwa, udostępnienie go wszystkim zainteresowanym oraz zbudowanie więzi między pokoleniami mieszkańców gminy.

## Opis działań

Projekt koordynuje Urząd Gminy i Miasta, a główną rolę odgrywają szkoły. W każdej z trzech uczestniczących szkół powstał zespół uczniów pod opieką nauczyciela historii. Działania obejmują:

1. **Akcje zbierania pamiątek** – raz w kwartale w szkołach, w bibliotece i podczas festynów działa punkt skanowania, do którego mieszkańcy przynoszą materiały.
2. **Digitalizację i opis** – uczniowie, przeszkoleni przez archiwistów z Kielc, skanują materiały w wysokiej rozdzielczości i wspólnie z właścicielami opisują osoby, miejsca i daty.
3. **Historię mówioną** – młodzież nagrywa rozmowy ze starszymi mieszkańcami o dawnym życiu w mieście i na wsi, o pracy w kamieniołomach i o szkole sprzed lat.
4. **Publikację** – materiały trafiają do internetowego archiwum z wyszukiwarką i mapą miejscowości, na licencji pozwalającej na ich swobodne wykorzystanie w edukacji.

Oryginały zawsze wracają do właścicieli; archiwum przechowuje wyłącznie kopie cyfrowe i umowy użyczenia praw.

## Rezultaty

- w ciągu czterech lat zdigitalizowano ponad 4 800 fotografii i dokumentów,
- nagrano 120 relacji świadków historii o łącznej długości ok. 150 godzin,
- w projekcie wzięło udział 86 uczniów i 9 nauczycieli,
- na podstawie zbiorów przygotowano dwie wystawy plenerowe i lekcje regionalne dla wszystkich szkół w gminie.

## Finansowanie

Zakup sprzętu (skanery, rejestratory dźwięku, serwer) kosztował ok. 42 000 zł i został sfinansowany z dotacji programu Narodowego Centrum Kultury oraz z budżetu gminy. Bieżące koszty są niewielkie i obejmują głównie utrzymanie serwisu internetowego.

## Wnioski i rekomendacje

Zaangażowanie uczniów sprawiło, że mieszkańcy chętniej powierzali swoje pamiątki – wnukowie przychodzili z dziadkami. Warto od początku zadbać o kwestie prawne (umowy, zgody na publikację wizerunku) i o staranny opis materiałów, bo to on decyduje o wartości archiwum.`,
    categories: ["kultura", "oswiata"],
    enteredOn: "2013-10-08",
    revisedOn: "2017-04-11",
    unitType: UnitType.GMINA_MIEJSKO_WIEJSKA,
    locality: "Chęciny",
    voivodeship: Voivodeship.SWIETOKRZYSKIE,
    postalCode: "26-060",
    postOffice: "Chęciny",
    implementingUnit: "Urząd Gminy i Miasta Chęciny",
    street: "Plac 2 Czerwca 4",
    website: "https://www.archiwum-checiny.example.pl",
    population: 15_100,
    contacts: [
      { name: "Paweł Sobczyk", role: "inspektor ds. kultury i promocji", phone: "41 315 10 07", email: "p.sobczyk@checiny.example.pl" },
      { name: "Magdalena Król", role: "nauczycielka historii, koordynatorka szkolna", email: "m.krol@sp-checiny.example.pl" },
    ],
  },
  {
    title: "Podwórkowe mikrogranty na działania kulturalne w centrum Łodzi",
    summary:
      "Miasto Łódź przyznaje grupom mieszkańców i małym organizacjom mikrogranty do 5 000 zł na wydarzenia kulturalne organizowane w podwórkach kamienic w obszarze rewitalizacji. Procedura jest uproszczona, a wnioski można składać przez cały rok.\n\nW ciągu trzech edycji odbyło się ponad 170 wydarzeń, w których wzięło udział ok. 21 000 osób.",
    body: `## Cel praktyki

Śródmiejskie podwórka Łodzi to przestrzeń o ogromnym potencjale, ale przez lata kojarzyły się głównie z zaniedbaniem. Równolegle z rewitalizacją kamienic miasto chciało ożywić życie społeczne i kulturalne w ich wnętrzach oraz zachęcić mieszkańców do wspólnego działania. Celem programu jest wsparcie oddolnych inicjatyw kulturalnych, które integrują sąsiadów i budują poczucie współodpowiedzialności za wspólną przestrzeń.

## Opis działań

Program prowadzi Wydział Kultury Urzędu Miasta Łodzi we współpracy z wyłonionym w konkursie operatorem – organizacją pozarządową, która udziela mikrograntów i wspiera ich realizatorów.

- Mikrogrant wynosi od 1 000 do 5 000 zł i może otrzymać go nieformalna grupa co najmniej trzech mieszkańców, wspierana przez organizację patronacką.
- Wniosek to dwustronicowy formularz; decyzja zapada w ciągu 14 dni.
- Operator prowadzi dyżury konsultacyjne, pomaga w rozliczeniu i użycza sprzętu: nagłośnienia, namiotów, projektora.
- Wydarzenia muszą być bezpłatne i otwarte dla wszystkich mieszkańców.

Realizowane działania są bardzo różnorodne: kino podwórkowe, koncerty na balkonach, warsztaty murali, potańcówki, sąsiedzkie wymiany książek i roślin, spacery z opowieściami o historii kamienic.

## Rezultaty

- w trzech edycjach sfinansowano 173 inicjatywy o łącznej wartości ok. 640 000 zł,
- w wydarzeniach uczestniczyło ok. 21 000 osób,
- 38% realizatorów nigdy wcześniej nie prowadziło żadnego projektu społecznego,
- w 11 podwórkach mieszkańcy założyli stałe rady podwórkowe, które współpracują z zarządcą budynków.

## Finansowanie

Program finansowany jest z budżetu miasta w ramach rocznego programu współpracy z organizacjami pozarządowymi. Koszty obsługi przez operatora nie przekraczają 15% wartości puli grantowej.

## Wnioski i rekomendacje

Niewielkie kwoty i prosta procedura przyciągają osoby, które nie napisałyby wniosku w tradycyjnym konkursie. Ważna jest bliska współpraca z zarządcami nieruchomości i z Biurem ds. Rewitalizacji – pozwala to łączyć inwestycje w budynki z działaniami społecznymi i uniknąć konfliktów o korzystanie z podwórek.`,
    categories: ["kultura", "wspolpraca-jst-ngo"],
    enteredOn: "2018-04-23",
    revisedOn: "2021-09-30",
    unitType: UnitType.POWIAT_GRODZKI,
    locality: "Łódź",
    voivodeship: Voivodeship.LODZKIE,
    postalCode: "90-926",
    postOffice: "Łódź",
    implementingUnit: "Urząd Miasta Łodzi – Wydział Kultury",
    street: "ul. Piotrkowska 104",
    website: "https://www.kultura.uml-lodz.example.pl",
    population: 685_300,
    contacts: [
      { name: "Katarzyna Olczak", role: "kierowniczka Oddziału Inicjatyw Lokalnych", phone: "42 638 45 12", email: "k.olczak@uml-lodz.example.pl" },
      { name: "Michał Stasiak", role: "koordynator programu po stronie operatora", phone: "42 630 21 88", email: "m.stasiak@podworka-lodz.example.pl" },
    ],
  },
  {
    title: "Kultura w zasięgu – objazdowe wydarzenia kulturalne dla małych miejscowości Warmii i Mazur",
    summary:
      "Samorząd Województwa Warmińsko-Mazurskiego finansuje i organizuje objazdowe spektakle, koncerty i seanse filmowe w miejscowościach, w których nie ma stałej instytucji kultury. Program realizują regionalne instytucje kultury we współpracy z gminami i sołectwami.",
    body: `## Cel praktyki

W wielu wsiach i małych miastach Warmii i Mazur jedynym miejscem spotkań jest świetlica wiejska, a najbliższe kino czy teatr znajdują się kilkadziesiąt kilometrów dalej. Celem programu jest wyrównanie dostępu do kultury, zwłaszcza dla dzieci, młodzieży i seniorów, którzy mają ograniczone możliwości dojazdu.

## Opis działań

Program koordynuje Departament Kultury Urzędu Marszałkowskiego, a realizują go wojewódzkie instytucje kultury: teatr, filharmonia i regionalny ośrodek kultury. Gminy zgłaszają do programu świetlice i sale, a następnie wspólnie z koordynatorem ustalają repertuar i terminy.

Każdego roku przygotowywany jest **harmonogram objazdów**, obejmujący:

- spektakle teatralne w wersji kameralnej, dostosowane do niewielkich sal,
- koncerty muzyki klasycznej i ludowej, często połączone z krótką prelekcją,
- seanse filmowe z przenośnym ekranem i projektorem,
- warsztaty artystyczne dla dzieci i młodzieży prowadzone przez artystów i edukatorów.

Gmina zapewnia salę, ogrzewanie i promocję wydarzenia, a sołtysi i koła gospodyń wiejskich pomagają w organizacji. Wstęp na wszystkie wydarzenia jest bezpłatny.

## Rezultaty

- w pierwszych dwóch latach zorganizowano 412 wydarzeń w 96 gminach,
- łączna liczba uczestników przekroczyła 38 000 osób,
- w 60% miejscowości było to pierwsze od wielu lat profesjonalne wydarzenie kulturalne,
- kilkanaście gmin zdecydowało się na współfinansowanie dodatkowych występów ze środków własnych.

## Przykład z praktyki

W gminie, w której od ponad dwudziestu lat nie odbył się żaden spektakl teatralny, przedstawienie dla dzieci zorganizowano w remizie ochotniczej straży pożarnej. Strażacy przygotowali salę, koło gospodyń wiejskich upiekło ciasto, a po spektaklu aktorzy poprowadzili warsztaty teatralne dla uczniów miejscowej szkoły. Na wydarzenie przyszło ponad 150 osób – więcej, niż mieszka w samej wsi. Rok później mieszkańcy sami zwrócili się do gminy o kolejne wydarzenia, a przy świetlicy powstała amatorska grupa teatralna.

## Finansowanie

Roczny budżet programu wynosi ok. 1,2 mln zł i pochodzi z budżetu województwa. Instytucje kultury realizują objazdy w ramach dotacji podmiotowych, co pozwala ograniczyć koszty administracyjne.

## Wnioski i rekomendacje

Sukces programu zależy od lokalnych partnerów – tam, gdzie sołtys lub animator świetlicy osobiście zapraszał mieszkańców, sale były pełne. Warto łączyć wydarzenia z innymi inicjatywami, np. dniem seniora czy festynem sołeckim, i zbierać opinie uczestników, aby dopasowywać repertuar do oczekiwań.`,
    categories: ["kultura"],
    enteredOn: "2012-06-14",
    revisedOn: "2014-03-03",
    unitType: UnitType.SAMORZAD_WOJEWODZTWA,
    locality: "Olsztyn",
    voivodeship: Voivodeship.WARMINSKO_MAZURSKIE,
    postalCode: "10-562",
    postOffice: "Olsztyn",
    implementingUnit: "Urząd Marszałkowski Województwa Warmińsko-Mazurskiego w Olsztynie – Departament Kultury",
    street: "ul. Emilii Plater 1",
    website: "https://www.kultura.warmia-mazury.example.pl",
    population: 1_450_000,
    contacts: [
      { name: "Elżbieta Górecka", role: "główna specjalistka ds. upowszechniania kultury", phone: "89 521 94 60", email: "e.gorecka@warmia-mazury.example.pl" },
    ],
    attachments: [
      { title: "Harmonogram objazdów na sezon 2012/2013", file: "harmonogram-projektu.pdf" },
      { title: "Ulotka informacyjna dla gmin", file: "ulotka-informacyjna.pdf" },
    ],
  },

  // ── Pomoc społeczna ──────────────────────────────────────────────────────────────────────
  {
    title: "„Krok do pracy” – aktywizacja osób długotrwale bezrobotnych w Gliwicach",
    summary:
      "Miejski Ośrodek Pomocy Społecznej w Gliwicach prowadzi program aktywizacji osób długotrwale bezrobotnych, łączący pracę socjalną, poradnictwo zawodowe, szkolenia i staże u lokalnych pracodawców. Każdy uczestnik ma indywidualny plan działania i opiekuna.\n\nW ciągu dwóch lat zatrudnienie podjęło 97 osób, a liczba długotrwale bezrobotnych klientów ośrodka spadła o jedną piątą.",
    body: `## Cel praktyki

Duża część klientów Miejskiego Ośrodka Pomocy Społecznej to osoby bezrobotne od ponad dwóch lat, często z niskimi kwalifikacjami i problemami zdrowotnymi. Samo wypłacanie zasiłków nie zmieniało ich sytuacji. Celem programu „Krok do pracy” jest przywrócenie osób długotrwale bezrobotnych na rynek pracy oraz przerwanie dziedziczenia bezrobocia w rodzinach.

## Opis działań

Program realizowany jest przez Dział Aktywizacji Społeczno-Zawodowej we współpracy z Powiatowym Urzędem Pracy, organizacjami pozarządowymi i pracodawcami. Ścieżka uczestnika obejmuje kilka etapów:

1. **Diagnoza** – rozmowa z pracownikiem socjalnym i doradcą zawodowym, ocena barier (zdrowotnych, rodzinnych, mieszkaniowych) i zawarcie kontraktu socjalnego.
2. **Wsparcie psychologiczne i społeczne** – warsztaty motywacyjne, trening kompetencji społecznych, grupy wsparcia.
3. **Podnoszenie kwalifikacji** – kursy zawodowe wybrane na podstawie zapotrzebowania lokalnych firm (np. operator wózka widłowego, pracownik gospodarczy, opiekun osoby starszej).
4. **Staż lub prace społecznie użyteczne** – pierwszy kontakt z pracą pod okiem opiekuna.
5. **Pośrednictwo pracy i wsparcie po zatrudnieniu** – przez sześć miesięcy uczestnik może korzystać z pomocy trenera pracy.

Osobom bezrobotnym samotnie wychowującym dzieci zapewniono opiekę nad dziećmi w czasie zajęć, a uczestnikom z długami – poradnictwo prawne i finansowe. Każdemu bezrobotnym uczestnikowi przydzielany jest stały opiekun, co ogranicza liczbę osób rezygnujących z programu.

Bezrobotni uczestnicy programu sami współtworzą swój plan działania – to oni, wspólnie z opiekunem, decydują o wyborze kursu i miejsca stażu. Zwiększa to ich motywację i poczucie odpowiedzialności za efekty.

## Rezultaty

- w latach 2012–2013 w programie uczestniczyło 412 osób, z czego 356 ukończyło szkolenia,
- zatrudnienie podjęło 97 osób, z czego 71 utrzymało pracę dłużej niż pół roku,
- liczba długotrwale bezrobotnych klientów ośrodka zmniejszyła się o 21%,
- nawiązano stałą współpracę z 34 pracodawcami.

## Finansowanie

Program był współfinansowany z Europejskiego Funduszu Społecznego w ramach Programu Operacyjnego Kapitał Ludzki (Poddziałanie 7.1.1), a wkład własny pochodził z budżetu miasta. Łączny koszt wyniósł ok. 3,4 mln zł.

## Wnioski i rekomendacje

Najważniejsza okazała się indywidualizacja wsparcia i ścisła współpraca z urzędem pracy – wspólne spotkania pracowników obu instytucji pozwoliły uniknąć dublowania działań. Programy dla bezrobotnych warto planować wspólnie z pracodawcami, bo to oni najlepiej znają potrzeby lokalnego rynku pracy.`,
    categories: ["pomoc-spoleczna", "wspolpraca-jst-ngo"],
    enteredOn: "2014-02-17",
    revisedOn: "2016-11-08",
    unitType: UnitType.POWIAT_GRODZKI,
    locality: "Gliwice",
    voivodeship: Voivodeship.SLASKIE,
    postalCode: "44-100",
    postOffice: "Gliwice",
    implementingUnit: "Miejski Ośrodek Pomocy Społecznej w Gliwicach",
    street: "ul. Górnych Wałów 9",
    website: "https://www.mops-gliwice.example.pl",
    population: 184_400,
    contacts: [
      {
        name: "Agnieszka Pietrzyk",
        role: "kierowniczka Działu Aktywizacji Społeczno-Zawodowej",
        phone: "32 335 97 10",
        email: "a.pietrzyk@mops-gliwice.example.pl",
      },
      { name: "Tomasz Ryguła", role: "koordynator projektu", phone: "32 335 97 22", email: "t.rygula@mops-gliwice.example.pl" },
    ],
    attachments: [
      { title: "Raport z realizacji projektu w latach 2012–2013", file: "raport-z-realizacji.pdf" },
      { title: "Prezentacja wyników programu", file: "prezentacja-wynikow.pdf" },
      // Its words (kurs spawania, florystyki…) are only here: search finds them "w załączniku".
      { title: "Sprawozdanie z realizacji programu w 2011 roku", file: "Sprawozdanie 2011.pdf" },
    ],
  },
  {
    title: "Dzienny Dom Seniora i sąsiedzkie usługi opiekuńcze w gminie Lubicz",
    summary:
      "Gminny Ośrodek Pomocy Społecznej w Lubiczu uruchomił Dzienny Dom Seniora oraz sieć sąsiedzkich opiekunów, którzy pomagają osobom starszym w codziennych sprawach. Dzięki temu seniorzy mogą dłużej pozostać w swoich domach i w swoim środowisku.",
    body: `## Cel praktyki

Gmina Lubicz, położona w sąsiedztwie Torunia, szybko się rozwija, ale w starszych wsiach przybywa osób samotnych i niesamodzielnych, których dzieci wyjechały do miasta lub za granicę. Celem praktyki jest zapobieganie izolacji seniorów, wsparcie ich sprawności oraz odciążenie rodzin opiekujących się starszymi krewnymi.

## Opis działań

### Dzienny Dom Seniora

W zaadaptowanym budynku dawnej szkoły powstał Dzienny Dom Seniora dla 25 osób, czynny od poniedziałku do piątku w godzinach 8.00–16.00. Uczestnicy mają zapewniony:

- dowóz busem z miejscowości gminy,
- ciepły posiłek i podwieczorek,
- zajęcia ruchowe z fizjoterapeutą i gimnastykę usprawniającą,
- terapię zajęciową, zajęcia komputerowe i trening pamięci,
- konsultacje psychologa i pielęgniarki środowiskowej.

### Sąsiedzkie usługi opiekuńcze

Dla osób, które nie mogą dojeżdżać do Domu, GOPS zorganizował usługi sąsiedzkie. Przeszkolone osoby z tej samej miejscowości – często emerytki lub kobiety powracające na rynek pracy – odwiedzają seniorów kilka razy w tygodniu, robią zakupy, pomagają w sprawach urzędowych i po prostu dotrzymują towarzystwa. Opiekunki są zatrudnione na umowę zlecenie i objęte superwizją pracownika socjalnego.

## Rezultaty

- z Dziennego Domu Seniora korzysta stale 25 osób, a na liście oczekujących jest kolejnych 12,
- usługami sąsiedzkimi objęto 41 seniorów w 14 sołectwach,
- u 70% uczestników zajęć ruchowych poprawiły się wyniki testów sprawności,
- o jedną trzecią spadła liczba wniosków o umieszczenie w domu pomocy społecznej.

## Finansowanie

Adaptacja budynku i wyposażenie (ok. 310 000 zł) zostały w 80% sfinansowane z rządowego programu „Senior+”. Bieżące utrzymanie Domu kosztuje ok. 420 000 zł rocznie i jest pokrywane z budżetu gminy oraz z odpłatności uczestników, zależnej od ich dochodu.

## Wnioski i rekomendacje

Połączenie stacjonarnej placówki z usługami w miejscu zamieszkania pozwala dotrzeć do różnych grup osób starszych. Warto wykorzystywać niewykorzystane budynki gminne, a opiekunów sąsiedzkich rekrutować lokalnie – seniorzy chętniej otwierają drzwi osobom, które znają.`,
    categories: ["pomoc-spoleczna", "ochrona-zdrowia"],
    enteredOn: "2017-09-05",
    revisedOn: "2020-06-15",
    unitType: UnitType.GMINA_WIEJSKA,
    locality: "Lubicz",
    voivodeship: Voivodeship.KUJAWSKO_POMORSKIE,
    postalCode: "87-162",
    postOffice: "Lubicz",
    implementingUnit: "Gminny Ośrodek Pomocy Społecznej w Lubiczu",
    street: "ul. Toruńska 21",
    website: "https://www.gops-lubicz.example.pl",
    population: 19_800,
    contacts: [
      { name: "Beata Kamińska", role: "kierowniczka GOPS", phone: "56 678 21 35", email: "b.kaminska@gops-lubicz.example.pl" },
      { name: "Renata Lewandowska", role: "koordynatorka Dziennego Domu Seniora", phone: "56 678 21 40" },
    ],
  },
  {
    title: "Spółdzielnia socjalna „Bieszczadzka Kuchnia” – wyjście z bezrobocia przez ekonomię społeczną",
    summary:
      "Gmina Ustrzyki Dolne wspólnie z lokalnym stowarzyszeniem założyła spółdzielnię socjalną osób prawnych, która zatrudnia osoby długotrwale bezrobotne i zagrożone wykluczeniem. Spółdzielnia prowadzi stołówkę, catering dla szkół i usługi porządkowe.",
    body: `## Cel praktyki

W Bieszczadach stopa bezrobocia od lat należy do najwyższych w województwie, a praca ma często charakter sezonowy. Wiele osób korzystających z pomocy społecznej nie ma szans na zatrudnienie na otwartym rynku pracy bez okresu przejściowego. Celem praktyki było stworzenie trwałych miejsc pracy dla osób bezrobotnych, w których mogą odbudować nawyki zawodowe i uzyskać stabilny dochód.

## Opis działań

W 2009 roku gmina i stowarzyszenie działające na rzecz rozwoju lokalnego założyły spółdzielnię socjalną osób prawnych „Bieszczadzka Kuchnia”. Miejsko-Gminny Ośrodek Pomocy Społecznej wytypował kandydatów, a przed rozpoczęciem pracy przeszli oni:

- kurs kucharza i pomocy kuchennej oraz szkolenie sanitarne,
- warsztaty pracy w zespole i rozwiązywania konfliktów,
- szkolenie z zasad funkcjonowania spółdzielni i współdecydowania o jej sprawach.

Gmina udostępniła spółdzielni pomieszczenia dawnej stołówki na preferencyjnych warunkach i – zgodnie z przepisami o zamówieniach publicznych – zastosowała klauzule społeczne w przetargu na dożywianie dzieci w szkołach. Spółdzielnia przygotowuje posiłki dla szkół, prowadzi stołówkę otwartą dla mieszkańców i turystów, a od 2011 roku świadczy także usługi porządkowe dla gminnych budynków.

## Rezultaty

- spółdzielnia zatrudnia 14 osób, z których 11 przed przyjęciem było bezrobotnych dłużej niż dwa lata,
- przygotowuje dziennie ok. 600 posiłków dla uczniów pięciu szkół,
- przychody spółdzielni w drugim roku działalności wyniosły ok. 1,1 mln zł,
- trzy osoby, po zdobyciu doświadczenia, znalazły pracę w pensjonatach i restauracjach.

## Finansowanie

Koszty założenia i wyposażenia kuchni pokryto z dotacji na utworzenie miejsc pracy w spółdzielni socjalnej, środków Europejskiego Funduszu Społecznego oraz wkładu gminy w postaci użyczenia lokalu. Obecnie spółdzielnia utrzymuje się z przychodów ze sprzedaży usług.

## Wnioski i rekomendacje

Spółdzielnia socjalna może być skutecznym narzędziem walki z bezrobociem, jeśli ma zapewniony stały rynek zbytu – w tym przypadku dzięki klauzulom społecznym w zamówieniach gminy. Niezbędne jest też profesjonalne wsparcie w zarządzaniu w pierwszych latach działalności.`,
    categories: ["pomoc-spoleczna", "wspolpraca-jst-ngo"],
    enteredOn: "2010-03-22",
    revisedOn: "2012-05-10",
    unitType: UnitType.GMINA_MIEJSKO_WIEJSKA,
    locality: "Ustrzyki Dolne",
    voivodeship: Voivodeship.PODKARPACKIE,
    postalCode: "38-700",
    postOffice: "Ustrzyki Dolne",
    implementingUnit: "Miejsko-Gminny Ośrodek Pomocy Społecznej w Ustrzykach Dolnych",
    street: "ul. 29 Listopada 15",
    website: "https://www.mgops-ustrzyki.example.pl",
    population: 17_300,
    contacts: [
      { name: "Stanisław Dziedzic", role: "dyrektor MGOPS", phone: "13 461 11 24", email: "s.dziedzic@mgops-ustrzyki.example.pl" },
      { name: "Anna Hnatyszyn", role: "prezeska spółdzielni socjalnej", phone: "13 461 30 52", email: "kontakt@bieszczadzka-kuchnia.example.pl" },
    ],
    attachments: [{ title: "Regulamin rekrutacji członków spółdzielni", file: "regulamin-programu.docx" }],
  },
  {
    title: "Mieszkania wspomagane dla osób wychodzących z bezdomności w Ełku",
    summary:
      "Miejski Ośrodek Pomocy Społecznej w Ełku prowadzi sieć mieszkań wspomaganych, w których osoby wychodzące z bezdomności uczą się samodzielnego życia pod opieką asystenta. Model zakłada szybkie przejście ze schroniska do własnego mieszkania i stopniowe zmniejszanie wsparcia.",
    body: `## Cel praktyki

Pobyt w noclegowni lub schronisku często przedłuża się latami, a osoby bezdomne tracą umiejętności potrzebne do samodzielnego życia. Celem praktyki jest umożliwienie im jak najszybszego zamieszkania w zwykłym mieszkaniu i wyposażenie ich w umiejętności, które pozwolą je utrzymać.

## Opis działań

Miasto przeznaczyło na mieszkania wspomagane osiem lokali z zasobu komunalnego, wyremontowanych przy udziale przyszłych mieszkańców. Każda osoba przyjęta do programu:

- podpisuje umowę określającą zasady pobytu i indywidualny plan usamodzielnienia,
- ma przydzielonego asystenta, który odwiedza ją co najmniej dwa razy w tygodniu,
- uczestniczy w treningu budżetowym, kulinarnym i w zajęciach z załatwiania spraw urzędowych,
- korzysta – w miarę potrzeb – z terapii uzależnień, wsparcia psychologa i doradcy zawodowego,
- ponosi częściową odpłatność za mieszkanie, rosnącą wraz z uzyskiwanym dochodem.

Pobyt trwa zwykle od 12 do 24 miesięcy. Po tym czasie mieszkaniec może ubiegać się o najem lokalu socjalnego lub komunalnego na zasadach ogólnych. Program realizowany jest we współpracy ze stowarzyszeniem prowadzącym schronisko oraz z Miejskim Zarządem Budynków.

## Rezultaty

- w ciągu trzech lat z mieszkań wspomaganych skorzystały 23 osoby,
- 17 z nich zamieszkało samodzielnie i nie wróciło do schroniska,
- 12 osób podjęło stałe zatrudnienie, a pozostałe uzyskały świadczenia, do których miały prawo,
- koszt wsparcia jednej osoby w mieszkaniu okazał się niższy niż koszt miejsca w schronisku.

## Finansowanie

Remont lokali (ok. 260 000 zł) sfinansowano z budżetu miasta i dotacji w ramach rządowego programu wsparcia osób bezdomnych. Wynagrodzenia asystentów pokrywa budżet MOPS.

## Wnioski i rekomendacje

Model wymaga cierpliwości i akceptacji tego, że nie każdemu uda się od razu – część uczestników potrzebuje kilku prób. Kluczowe jest dobre rozpoznanie sytuacji każdej osoby i elastyczność asystentów. Praktykę można wdrożyć nawet w niewielkim mieście, zaczynając od jednego lub dwóch mieszkań.`,
    categories: ["pomoc-spoleczna"],
    enteredOn: "2019-11-04",
    revisedOn: "2022-03-18",
    unitType: UnitType.GMINA_MIEJSKA,
    locality: "Ełk",
    voivodeship: Voivodeship.WARMINSKO_MAZURSKIE,
    postalCode: "19-300",
    postOffice: "Ełk",
    implementingUnit: "Miejski Ośrodek Pomocy Społecznej w Ełku",
    street: "ul. Tadeusza Kościuszki 27A",
    website: "https://www.mops-elk.example.pl",
    population: 61_400,
    contacts: [
      { name: "Dorota Zalewska", role: "kierowniczka Działu Przeciwdziałania Bezdomności", phone: "87 621 17 30", email: "d.zalewska@mops-elk.example.pl" },
    ],
  },

  // ── Oświata ──────────────────────────────────────────────────────────────────────────────
  {
    title: "Szkoła otwarta po lekcjach – zajęcia pozalekcyjne w wiejskich szkołach gminy Cekcyn",
    summary:
      "Gmina Cekcyn udostępnia budynki szkół po południu i w soboty, organizując w nich bezpłatne zajęcia dla dzieci, młodzieży i dorosłych. Szkoła stała się centrum życia każdej z miejscowości, a uczniowie z odległych wsi zyskali dostęp do zajęć, na które wcześniej musieli dojeżdżać do miasta.",
    body: `## Cel praktyki

Na obszarach wiejskich szkoła jest często jedynym budynkiem publicznym z salą gimnastyczną, pracownią komputerową i biblioteką. Po zakończeniu lekcji budynki stały jednak puste, a dzieci wracały autobusem szkolnym do domów, gdzie brakowało oferty zajęć dodatkowych. Celem programu było wykorzystanie potencjału szkół i wyrównanie szans edukacyjnych dzieci z terenów wiejskich.

## Opis działań

Program objął wszystkie szkoły w gminie. W każdej z nich ustalono wspólnie z dyrektorami, rodzicami i radami sołeckimi ofertę zajęć, które odbywają się od poniedziałku do czwartku do godz. 18.00 oraz w soboty. Najważniejsze elementy programu to:

- zajęcia wyrównawcze z matematyki i języka polskiego oraz koła zainteresowań (przyrodnicze, informatyczne, teatralne),
- zajęcia sportowe na salach gimnastycznych i boiskach przyszkolnych,
- kursy komputerowe i językowe dla dorosłych mieszkańców prowadzone przez nauczycieli,
- dodatkowy kurs autobusu szkolnego o godz. 16.30 i 18.15, dzięki któremu dzieci mogą zostać na zajęciach,
- świetlica szkolna czynna dłużej dla dzieci rodziców pracujących w Tucholi i Bydgoszczy.

Nauczyciele prowadzą zajęcia w ramach godzin dodatkowych, a część zajęć – np. z tańca czy szachów – prowadzą wolontariusze i instruktorzy z gminnego ośrodka kultury.

## Rezultaty

- z zajęć korzysta regularnie ok. 420 uczniów, czyli ponad 70% dzieci uczęszczających do szkół w gminie,
- w zajęciach dla dorosłych wzięło udział 160 mieszkańców,
- wyniki sprawdzianu szóstoklasisty w szkołach gminy poprawiły się i w 2011 r. przekroczyły średnią powiatu,
- szkoły zyskały nowych partnerów: koła gospodyń wiejskich, ochotnicze straże pożarne, parafie.

## Finansowanie

W pierwszych latach zajęcia były finansowane w dużej mierze z Europejskiego Funduszu Społecznego w ramach Programu Operacyjnego Kapitał Ludzki (Poddziałanie 9.1.2), a dodatkowe kursy autobusu z budżetu gminy. Po zakończeniu projektu gmina utrzymała najpopularniejsze zajęcia ze środków własnych.

## Wnioski i rekomendacje

Otwarcie szkół po lekcjach nie wymaga dużych inwestycji, ale wymaga dobrej organizacji i zaangażowania dyrektorów. Kluczowy okazał się transport – bez dodatkowych kursów autobusu dzieci z odległych wsi nie mogłyby korzystać z oferty.`,
    categories: ["oswiata", "sport-i-rekreacja"],
    enteredOn: "2009-09-14",
    revisedOn: "2011-06-30",
    unitType: UnitType.GMINA_WIEJSKA,
    locality: "Cekcyn",
    voivodeship: Voivodeship.KUJAWSKO_POMORSKIE,
    postalCode: "89-511",
    postOffice: "Cekcyn",
    implementingUnit: "Urząd Gminy Cekcyn",
    street: "ul. Szkolna 2",
    website: "https://www.cekcyn.example.pl",
    population: 6_800,
    contacts: [
      { name: "Grzegorz Kowalczyk", role: "kierownik Gminnego Zespołu Ekonomiczno-Administracyjnego Szkół", phone: "52 334 75 12", email: "g.kowalczyk@cekcyn.example.pl" },
    ],
  },
  {
    title: "Kształcenie zawodowe szyte na miarę – powiatowe szkoły zawodowe we współpracy z pracodawcami",
    summary:
      "Powiat pleszewski zreformował szkolnictwo zawodowe we współpracy z lokalnymi przedsiębiorcami: kierunki kształcenia są uzgadniane z pracodawcami, a uczniowie odbywają praktyki w zakładach pracy. Absolwenci szkół zawodowych szybko znajdują zatrudnienie, a bezrobocie wśród młodzieży w powiecie wyraźnie spadło.",
    body: `## Cel praktyki

W połowie ubiegłej dekady szkoły zawodowe w powiecie kształciły w zawodach, na które nie było zapotrzebowania, a jednocześnie lokalne firmy – zwłaszcza z branży metalowej i spożywczej – nie mogły znaleźć pracowników. Wysoki poziom bezrobocia wśród absolwentów skłonił władze powiatu do zmiany sposobu zarządzania kształceniem zawodowym.

## Opis działań

Starostwo Powiatowe połączyło szkoły zawodowe w jedno centrum kształcenia i powołało Radę Pracodawców – ciało doradcze złożone z przedstawicieli firm, cechu rzemiosł i Powiatowego Urzędu Pracy. Najważniejsze działania:

- coroczna analiza zapotrzebowania na pracowników, przygotowywana wspólnie z urzędem pracy i pracodawcami,
- otwieranie nowych kierunków wyłącznie po uzyskaniu deklaracji współpracy co najmniej trzech firm,
- programy nauczania uzupełnione o treści wskazane przez pracodawców,
- praktyki zawodowe i nauka zawodu w zakładach pracy, a dla najlepszych uczniów – stypendia fundowane przez firmy,
- doradztwo zawodowe w gimnazjach, aby młodzież świadomie wybierała szkołę i zawód,
- szkolenia nauczycieli przedmiotów zawodowych w przedsiębiorstwach.

Przedsiębiorcy przekazali szkołom część wyposażenia pracowni, a powiat zmodernizował warsztaty szkolne, tak aby odpowiadały standardom stosowanym w zakładach pracy.

## Rezultaty

- liczba uczniów szkół zawodowych wzrosła w ciągu czterech lat o 18%,
- ponad 80% absolwentów podejmuje pracę lub dalszą naukę w ciągu pół roku od ukończenia szkoły,
- udział młodzieży do 25. roku życia wśród bezrobotnych w powiecie zmniejszył się z 31% do 22%,
- porozumienia o współpracy podpisało 46 pracodawców.

## Finansowanie

Modernizację warsztatów (ok. 4,5 mln zł) sfinansowano ze środków Wielkopolskiego Regionalnego Programu Operacyjnego i budżetu powiatu. Staże i doradztwo zawodowe współfinansowano z Europejskiego Funduszu Społecznego.

## Wnioski i rekomendacje

Pracodawcy chętnie angażują się w kształcenie, jeśli widzą realny wpływ na to, czego uczą się uczniowie. Rada Pracodawców powinna mieć konkretne zadania, a nie tylko opiniować dokumenty. Warto też pokazywać rodzicom, że szkoła zawodowa daje dobry start zawodowy.`,
    categories: ["oswiata"],
    enteredOn: "2011-05-09",
    revisedOn: "2015-10-02",
    unitType: UnitType.POWIAT,
    locality: "Pleszew",
    voivodeship: Voivodeship.WIELKOPOLSKIE,
    postalCode: "63-300",
    postOffice: "Pleszew",
    implementingUnit: "Starostwo Powiatowe w Pleszewie",
    street: "ul. Poznańska 79",
    website: "https://www.powiat-pleszew.example.pl",
    population: 62_300,
    contacts: [
      { name: "Marek Walczak", role: "naczelnik Wydziału Oświaty i Spraw Społecznych", phone: "62 742 97 15", email: "m.walczak@powiat-pleszew.example.pl" },
      { name: "Iwona Nowicka", role: "dyrektorka centrum kształcenia zawodowego", phone: "62 742 31 06", email: "i.nowicka@ckz-pleszew.example.pl" },
    ],
    attachments: [{ title: "Prezentacja wyników współpracy z pracodawcami", file: "prezentacja-wynikow.pdf" }],
  },
  {
    title: "Elektroniczna rekrutacja do przedszkoli i szkół podstawowych w Rzeszowie",
    summary:
      "Rzeszów jako jedno z pierwszych miast w regionie wprowadził elektroniczny system rekrutacji do przedszkoli i szkół podstawowych. Rodzice składają wnioski przez internet, a przydział miejsc odbywa się automatycznie według jawnych kryteriów.",
    body: `## Cel praktyki

Przed wprowadzeniem systemu rodzice odwiedzali kilka przedszkoli, składali w każdym osobny wniosek i czekali w kolejkach, a dyrektorzy ręcznie porównywali listy, próbując wyeliminować podwójne zapisy. Proces był czasochłonny i budził wątpliwości co do przejrzystości. Celem praktyki było uproszczenie rekrutacji i zapewnienie, że wszystkie wolne miejsca w placówkach zostaną wykorzystane.

## Opis działań

Wydział Edukacji Urzędu Miasta przygotował wdrożenie wspólnie z dyrektorami przedszkoli i szkół. System jest jedną z pierwszych e-usług oświatowych w mieście i działa według następujących zasad:

1. Rodzic wypełnia wniosek w przeglądarce i wskazuje do trzech placówek w kolejności preferencji.
2. Wydrukowany i podpisany wniosek składa w placówce pierwszego wyboru, która weryfikuje dane.
3. System przydziela punkty według kryteriów ustalonych przez radę miasta i automatycznie kwalifikuje dziecko do placówki najwyżej na liście, w której są wolne miejsca.
4. Wyniki są publikowane jednocześnie we wszystkich placówkach i na koncie rodzica.
5. Wolne miejsca po pierwszym etapie są widoczne na bieżąco i można o nie wnioskować w rekrutacji uzupełniającej.

Dla rodziców bez dostępu do internetu przygotowano punkty pomocy w placówkach i w urzędzie. Przeprowadzono też kampanię informacyjną w mediach lokalnych.

## Rezultaty

- w pierwszym roku przez system złożono 5 300 wniosków, z czego ponad 90% przez internet,
- wyeliminowano problem tzw. martwych dusz, czyli dzieci zapisanych jednocześnie do kilku placówek,
- czas ogłoszenia wyników skrócił się z kilku tygodni do jednego dnia,
- liczba odwołań od decyzji zmniejszyła się o ok. 60%.

## Finansowanie

Koszt zakupu licencji, wdrożenia i szkoleń wyniósł ok. 180 000 zł i został pokryty z budżetu miasta. Roczna opłata serwisowa jest niższa niż wcześniejsze koszty pracy przy ręcznej obsłudze rekrutacji.

## Wnioski i rekomendacje

Kryteria rekrutacji muszą być jasne i opublikowane z wyprzedzeniem. Niezbędne jest wsparcie dla dyrektorów i sekretariatów w pierwszym roku oraz dobra komunikacja z rodzicami – system jest skuteczny tylko wtedy, gdy korzystają z niego wszystkie przedszkola i szkoły w mieście.`,
    categories: ["oswiata", "rozwoj-instytucjonalny"],
    enteredOn: "2012-01-30",
    revisedOn: "2013-05-14",
    unitType: UnitType.POWIAT_GRODZKI,
    locality: "Rzeszów",
    voivodeship: Voivodeship.PODKARPACKIE,
    postalCode: "35-064",
    postOffice: "Rzeszów",
    implementingUnit: "Urząd Miasta Rzeszowa – Wydział Edukacji",
    street: "Rynek 1",
    website: "https://www.edukacja.rzeszow.example.pl",
    population: 180_700,
    contacts: [
      { name: "Jolanta Pawlus", role: "zastępczyni dyrektora Wydziału Edukacji", phone: "17 875 43 10", email: "j.pawlus@erzeszow.example.pl" },
    ],
  },
  {
    title: "Pracownie przyrodnicze w każdej szkole podstawowej – nauka przez doświadczenie",
    summary:
      "Miasto Kędzierzyn-Koźle wyposażyło wszystkie szkoły podstawowe w nowoczesne pracownie przyrodnicze i przeszkoliło nauczycieli w prowadzeniu zajęć metodą eksperymentu. Program realizowany jest we współpracy z lokalnym przemysłem chemicznym i uczelnią.",
    body: `## Cel praktyki

Kędzierzyn-Koźle to ważny ośrodek przemysłu chemicznego, który potrzebuje absolwentów kierunków ścisłych i technicznych. Tymczasem w szkołach podstawowych lekcje przyrody, chemii i fizyki odbywały się głównie przy tablicy – brakowało sprzętu i odczynników. Celem programu było rozbudzenie zainteresowania uczniów naukami przyrodniczymi i poprawa wyników nauczania.

## Opis działań

Program przygotował Wydział Oświaty i Wychowania Urzędu Miasta wspólnie z dyrektorami szkół. Obejmował on:

- utworzenie w każdej z dziewięciu szkół podstawowych pracowni przyrodniczej z zestawami do doświadczeń, mikroskopami cyfrowymi i czujnikami pomiarowymi,
- cykl szkoleń dla 54 nauczycieli prowadzonych przez nauczycieli akademickich i doradców metodycznych,
- opracowanie wspólnego banku scenariuszy lekcji z doświadczeniami, dostępnego dla wszystkich szkół,
- zajęcia pokazowe i dni otwarte w laboratoriach zakładów chemicznych dla uczniów klas siódmych i ósmych,
- miejski festiwal nauki, na którym uczniowie prezentują własne projekty badawcze.

Zakłady przemysłowe zapewniły odczynniki, sfinansowały nagrody w konkursach i udostępniają specjalistów, którzy prowadzą zajęcia w szkołach.

## Rezultaty

- we wszystkich szkołach co najmniej połowa lekcji przyrodniczych odbywa się z wykorzystaniem doświadczeń,
- średni wynik egzaminu ósmoklasisty w części matematycznej wzrósł w ciągu dwóch lat o 6 punktów procentowych,
- liczba uczniów zgłaszających się do konkursów przedmiotowych z chemii i biologii wzrosła ponad dwukrotnie,
- w festiwalu nauki uczestniczyło w 2023 r. ok. 2 500 osób.

## Rola nauczycieli

Najważniejszym elementem programu okazała się sieć współpracy nauczycieli przedmiotów przyrodniczych. Raz w miesiącu spotykają się oni w jednej ze szkół, aby wspólnie przećwiczyć nowe doświadczenia, wymienić się scenariuszami i omówić trudności. Doświadczeni nauczyciele pełnią rolę mentorów dla młodszych kolegów. Dzięki temu nowe pracownie nie stały się jedynie salami z drogim sprzętem, lecz rzeczywiście zmieniły sposób prowadzenia lekcji.

## Finansowanie

Wyposażenie pracowni kosztowało ok. 1,3 mln zł. Większość środków pochodziła z rządowego programu „Laboratoria przyszłości” i budżetu miasta, a wsparcie partnerów przemysłowych wyniosło ok. 150 000 zł rocznie.

## Wnioski i rekomendacje

Sam sprzęt nie zmienia sposobu nauczania – kluczowe są szkolenia i wymiana doświadczeń między nauczycielami. Warto wykorzystywać potencjał lokalnych firm i uczelni, które chętnie angażują się w edukację przyszłych pracowników.`,
    categories: ["oswiata"],
    enteredOn: "2020-02-11",
    revisedOn: "2023-08-29",
    unitType: UnitType.GMINA_MIEJSKA,
    locality: "Kędzierzyn-Koźle",
    voivodeship: Voivodeship.OPOLSKIE,
    postalCode: "47-200",
    postOffice: "Kędzierzyn-Koźle",
    implementingUnit: "Urząd Miasta Kędzierzyn-Koźle – Wydział Oświaty i Wychowania",
    street: "ul. Grzegorza Piramowicza 32",
    website: "https://www.kedzierzynkozle.example.pl",
    population: 59_700,
    contacts: [
      { name: "Krzysztof Wiśniewski", role: "naczelnik Wydziału Oświaty i Wychowania", phone: "77 405 03 61", email: "k.wisniewski@kedzierzynkozle.example.pl" },
      { name: "Ewa Szymańska", role: "doradczyni metodyczna ds. przedmiotów przyrodniczych", email: "e.szymanska@kedzierzynkozle.example.pl" },
    ],
  },

  // ── Ochrona zdrowia ──────────────────────────────────────────────────────────────────────
  {
    title: "Powiatowy program profilaktyki nowotworów u kobiet w powiecie hajnowskim",
    summary:
      "Starostwo Powiatowe w Hajnówce zorganizowało program zwiększający udział kobiet w badaniach mammograficznych i cytologicznych. Obejmuje on dowóz na badania, wizyty mammobusu w gminach i osobiste zaproszenia przekazywane przez położne i sołtysów.",
    body: `## Cel praktyki

Powiat hajnowski jest rozległy i słabo zaludniony, a dojazd do poradni specjalistycznych – szczególnie dla starszych kobiet z małych wsi – bywa dużym problemem. Zgłaszalność na bezpłatne badania profilaktyczne w kierunku raka piersi i raka szyjki macicy była tu znacznie niższa niż średnio w województwie. Celem programu było zwiększenie udziału kobiet w badaniach i wczesne wykrywanie nowotworów.

## Opis działań

Program przygotowano wspólnie z samorządami gmin, szpitalem powiatowym, podstawowymi placówkami opieki zdrowotnej i kołami gospodyń wiejskich. Obejmował:

- wizyty mammobusu w każdej gminie powiatu, ustalane z wyprzedzeniem i połączone z innymi wydarzeniami lokalnymi,
- bezpłatny dowóz kobiet na badania cytologiczne do poradni w Hajnówce,
- osobiste zaproszenia dostarczane przez położne środowiskowe i sołtysów,
- spotkania edukacyjne z lekarzami w świetlicach wiejskich, także w języku białoruskim, który jest językiem domowym części mieszkańców,
- telefoniczną infolinię, pod którą można było umówić badanie i dowóz.

Szczególną uwagę poświęcono kobietom, które nigdy wcześniej nie wykonywały badań – to do nich trafiały osobiste zaproszenia.

## Rezultaty

- zgłaszalność na mammografię wzrosła w ciągu dwóch lat z 38% do 57%, a na cytologię z 22% do 41%,
- zbadano łącznie ponad 6 200 kobiet,
- u 31 kobiet wykryto zmiany wymagające dalszej diagnostyki, a u 9 nowotwór we wczesnym stadium,
- w spotkaniach edukacyjnych wzięło udział ok. 1 400 osób.

## Rola lokalnych liderek

Najskuteczniejszą formą dotarcia do kobiet okazały się rozmowy z osobami, które dobrze znają – położną, sołtyską, przewodniczącą koła gospodyń wiejskich. Przed każdą wizytą mammobusu liderki otrzymywały listę terminów i materiały informacyjne, a następnie osobiście zapraszały sąsiadki i pomagały w zapisach. Kilka kobiet, u których dzięki badaniom wcześnie wykryto chorobę, zgodziło się opowiedzieć o swoich doświadczeniach na spotkaniach – dla wielu uczestniczek był to najważniejszy argument.

## Finansowanie

Badania finansowane są przez Narodowy Fundusz Zdrowia w ramach programów populacyjnych. Powiat i gminy pokryły koszty dowozu, promocji i spotkań edukacyjnych – łącznie ok. 95 000 zł w skali dwóch lat.

## Wnioski i rekomendacje

Sama dostępność bezpłatnych badań nie wystarcza – trzeba usunąć praktyczne bariery, takie jak brak transportu, i dotrzeć do kobiet przez osoby, którym ufają. Współpraca starostwa z gminami i lokalnymi liderkami okazała się najskuteczniejszą formą promocji.`,
    categories: ["ochrona-zdrowia"],
    enteredOn: "2015-03-16",
    revisedOn: "2018-01-22",
    unitType: UnitType.POWIAT,
    locality: "Hajnówka",
    voivodeship: Voivodeship.PODLASKIE,
    postalCode: "17-200",
    postOffice: "Hajnówka",
    implementingUnit: "Starostwo Powiatowe w Hajnówce",
    street: "ul. Aleksego Zina 1",
    website: "https://www.powiat-hajnowka.example.pl",
    population: 44_600,
    contacts: [
      { name: "Halina Pawluczuk", role: "kierowniczka Referatu Zdrowia i Spraw Społecznych", phone: "85 682 20 41", email: "h.pawluczuk@powiat-hajnowka.example.pl" },
    ],
  },
  {
    title: "Teleopieka dla seniorów – opaski bezpieczeństwa i całodobowe centrum alarmowe w Puławach",
    summary:
      "Miasto Puławy zapewnia seniorom mieszkającym samotnie opaski bezpieczeństwa z przyciskiem alarmowym i czujnikiem upadku. Sygnał trafia do całodobowego centrum, które powiadamia rodzinę, sąsiada lub służby ratunkowe.",
    body: `## Cel praktyki

W Puławach, podobnie jak w całym kraju, szybko rośnie liczba osób starszych mieszkających samotnie. Nagłe zasłabnięcie lub upadek w domu bez możliwości wezwania pomocy może mieć tragiczne skutki. Celem programu jest zwiększenie bezpieczeństwa seniorów i umożliwienie im dłuższego, samodzielnego życia we własnych mieszkaniach.

## Opis działań

Program realizuje Urząd Miasta we współpracy z Miejskim Ośrodkiem Pomocy Rodzinie i operatorem centrum teleopieki wyłonionym w przetargu.

- Uczestnik otrzymuje opaskę na nadgarstek z przyciskiem SOS, czujnikiem upadku i lokalizacją GPS.
- Po naciśnięciu przycisku łączy się z ratownikiem lub opiekunem w centrum, który ocenia sytuację.
- Centrum powiadamia wskazane osoby kontaktowe, a w razie potrzeby – pogotowie ratunkowe.
- Opiekunowie centrum dzwonią regularnie do seniorów, przypominają o lekach i wizytach lekarskich.
- Pracownicy MOPR przeprowadzają wywiad, pomagają założyć opaskę i uczą, jak z niej korzystać.

Do programu mogą przystąpić mieszkańcy w wieku powyżej 65 lat, mieszkający samotnie lub przebywający w domu sami przez większą część dnia. Pierwszeństwo mają osoby z chorobami przewlekłymi.

## Rezultaty

- z opasek korzysta 240 seniorów,
- w pierwszym roku centrum odebrało ok. 5 800 połączeń, w tym 74 wezwania wymagające interwencji pogotowia,
- w kilku przypadkach szybka pomoc po upadku lub udarze uratowała życie,
- 92% uczestników deklaruje, że czuje się bezpieczniej, a ich rodziny – spokojniej.

## Finansowanie

W pierwszym okresie usługa była sfinansowana z rządowego programu „Korpus Wsparcia Seniorów”, a po jego zakończeniu miasto przejęło koszty – ok. 35 zł miesięcznie na jednego uczestnika. Opaski są bezpłatne dla seniorów.

## Wnioski i rekomendacje

Technologia jest skuteczna tylko wtedy, gdy towarzyszy jej kontakt z człowiekiem – regularne rozmowy z opiekunem centrum są dla wielu seniorów równie ważne jak sam przycisk alarmowy. Warto zadbać o szkolenie uczestników i ich rodzin oraz o stały kontakt z ośrodkiem pomocy społecznej.`,
    categories: ["ochrona-zdrowia", "pomoc-spoleczna"],
    enteredOn: "2022-06-07",
    revisedOn: "2024-02-12",
    unitType: UnitType.GMINA_MIEJSKA,
    locality: "Puławy",
    voivodeship: Voivodeship.LUBELSKIE,
    postalCode: "24-100",
    postOffice: "Puławy",
    implementingUnit: "Urząd Miasta Puławy",
    street: "ul. Lubelska 5",
    website: "https://www.pulawy.example.pl",
    population: 46_300,
    contacts: [
      { name: "Monika Jaworska", role: "inspektorka w Biurze Spraw Społecznych i Zdrowia", phone: "81 458 61 44", email: "m.jaworska@pulawy.example.pl" },
      { name: "Łukasz Bednarczyk", role: "koordynator programu w MOPR", phone: "81 886 46 20", email: "l.bednarczyk@mopr-pulawy.example.pl" },
    ],
    attachments: [{ title: "Harmonogram szkoleń opiekunów", file: "Harmonogram szkoleń.docx" }],
  },
  {
    title: "„Zdrowe serce” – regionalny program profilaktyki chorób układu krążenia na Opolszczyźnie",
    summary:
      "Samorząd Województwa Opolskiego realizuje program wczesnego wykrywania chorób układu krążenia dla mieszkańców w wieku 35–65 lat. Badania przesiewowe i porady edukacyjne prowadzone są w przychodniach oraz podczas wyjazdowych akcji w gminach.",
    body: `## Cel praktyki

Choroby układu krążenia są główną przyczyną zgonów mieszkańców województwa opolskiego, a wiele osób nie wie o swoim nadciśnieniu czy podwyższonym poziomie cholesterolu. Celem programu jest wczesne wykrycie czynników ryzyka, skierowanie osób zagrożonych do dalszego leczenia i promocja zdrowego stylu życia.

## Opis działań

Program został przygotowany przez Urząd Marszałkowski wspólnie z konsultantem wojewódzkim w dziedzinie kardiologii i zaopiniowany przez Agencję Oceny Technologii Medycznych i Taryfikacji. Realizatorami są przychodnie wybrane w konkursie. Obejmuje:

1. **Badanie przesiewowe** – pomiar ciśnienia tętniczego, glikemii i lipidogramu, ocenę masy ciała oraz wyliczenie ryzyka sercowo-naczyniowego.
2. **Konsultację lekarską** – omówienie wyników i – w razie potrzeby – skierowanie do lekarza rodzinnego lub kardiologa.
3. **Poradnictwo** – indywidualną rozmowę z dietetykiem i edukatorem zdrowotnym.
4. **Akcje wyjazdowe** – dni zdrowia organizowane wspólnie z gminami, w trakcie których badania prowadzone są w domach kultury i remizach.

Gminy i powiaty włączyły się w promocję programu, udostępniały lokale i organizowały dowóz mieszkańców z mniejszych miejscowości.

## Rezultaty

- w ciągu trzech lat badaniami objęto ok. 18 500 osób,
- u ponad 4 000 uczestników wykryto nieznane wcześniej nadciśnienie lub zaburzenia lipidowe,
- 2 300 osób skierowano do dalszej diagnostyki,
- w organizację akcji wyjazdowych włączyły się 52 gminy regionu.

## Współpraca z samorządami lokalnymi

Program od początku zakładał ścisłą współpracę z gminami i powiatami. Samorządy lokalne informowały mieszkańców o terminach badań, rozsyłały zaproszenia do osób z grupy docelowej i udostępniały lokale na akcje wyjazdowe. Część gmin zorganizowała bezpłatny dowóz na badania, a w kilku powiatach szpitale powiatowe przyjmowały osoby skierowane do dalszej diagnostyki w przyspieszonym trybie. Koordynator programu w Urzędzie Marszałkowskim utrzymywał stały kontakt z wyznaczonymi pracownikami urzędów gmin.

## Finansowanie

Program był finansowany ze środków Europejskiego Funduszu Społecznego w ramach Regionalnego Programu Operacyjnego Województwa Opolskiego na lata 2014–2020 oraz z budżetu województwa. Łączna wartość wyniosła ok. 9,6 mln zł.

## Wnioski i rekomendacje

Najwięcej nowych uczestników przyciągały akcje wyjazdowe organizowane blisko miejsca zamieszkania. Współpraca z gminami i lekarzami rodzinnymi była niezbędna, by zapewnić ciągłość opieki po wykryciu nieprawidłowości. Warto od początku zaplanować ewaluację i zbieranie danych, które pozwolą ocenić efekty zdrowotne w dłuższej perspektywie.`,
    categories: ["ochrona-zdrowia", "wspolpraca-miedzy-jst"],
    enteredOn: "2018-10-15",
    revisedOn: "2021-04-26",
    unitType: UnitType.SAMORZAD_WOJEWODZTWA,
    locality: "Opole",
    voivodeship: Voivodeship.OPOLSKIE,
    postalCode: "45-082",
    postOffice: "Opole",
    implementingUnit: "Urząd Marszałkowski Województwa Opolskiego",
    street: "ul. Piastowska 14",
    website: "https://www.zdrowe-serce.opolskie.example.pl",
    population: 986_500,
    contacts: [
      { name: "Aleksandra Czech", role: "naczelniczka Wydziału Zdrowia Publicznego", phone: "77 541 62 30", email: "a.czech@opolskie.example.pl" },
    ],
    attachments: [{ title: "Ulotka dla uczestników programu", file: "ulotka-informacyjna.pdf" }],
  },
  {
    title: "Prosto do celu – profilaktyka wad postawy u dzieci w wieku szkolnym w gminie Wolsztyn",
    summary:
      "Gmina Wolsztyn co roku bada postawę ciała wszystkich uczniów klas I–IV i zapewnia dzieciom z wykrytymi nieprawidłowościami bezpłatną gimnastykę korekcyjną w szkołach. W programie uczestniczą fizjoterapeuci, nauczyciele wychowania fizycznego i rodzice.",
    body: `## Cel praktyki

Badania przeprowadzone w szkołach gminy wykazały, że ponad 40% dzieci w młodszym wieku szkolnym ma wady postawy, najczęściej płaskostopie, skoliozę i plecy okrągłe. Wiele z tych wad można skutecznie skorygować, jeśli zostaną wcześnie wykryte. Celem programu jest wczesna diagnoza i korekcja wad postawy oraz wyrobienie u dzieci nawyku aktywności fizycznej.

## Opis działań

Program realizuje Urząd Miejski we współpracy z dyrektorami szkół i niepublicznym zakładem rehabilitacji wybranym w konkursie ofert. Obejmuje:

- coroczne badania przesiewowe wszystkich uczniów klas I–IV wykonywane w szkołach przez fizjoterapeutów,
- pisemną informację dla rodziców z wynikami i zaleceniami,
- zajęcia gimnastyki korekcyjnej dwa razy w tygodniu w małych grupach, prowadzone w szkołach po lekcjach,
- szkolenia dla nauczycieli wychowania fizycznego i edukacji wczesnoszkolnej,
- spotkania dla rodziców o ergonomii nauki w domu, wyborze plecaka i obuwia,
- ponowne badanie po roku, które pozwala ocenić efekty zajęć.

Do szkół zakupiono lekkie stoliki z regulacją wysokości oraz szafki na podręczniki, aby uczniowie nie musieli codziennie nosić ciężkich plecaków.

## Rezultaty

- badaniami objęto w ciągu trzech lat ok. 2 100 uczniów,
- w zajęciach korekcyjnych uczestniczy każdego roku ok. 350 dzieci,
- u 46% dzieci uczestniczących w zajęciach przez co najmniej rok stwierdzono poprawę,
- w szkołach zauważalnie zmniejszyła się liczba zwolnień z zajęć wychowania fizycznego.

## Współpraca z rodzicami

Rodzice dzieci, u których wykryto wady postawy, są zapraszani na indywidualne konsultacje z fizjoterapeutą. Otrzymują zestaw ćwiczeń do wykonywania w domu oraz wskazówki dotyczące urządzenia miejsca do nauki. Dwa razy w roku szkoły organizują otwarte zajęcia gimnastyki korekcyjnej, na które mogą przyjść rodzice z dziećmi. Takie spotkania pomagają przekonać rodziców, że o efektach decyduje przede wszystkim regularność ćwiczeń.

## Finansowanie

Program finansowany jest z budżetu gminy, w tym ze środków pozostających w dyspozycji gminy w ramach programów polityki zdrowotnej. Roczny koszt wynosi ok. 140 000 zł.

## Wnioski i rekomendacje

Największym wyzwaniem było przekonanie rodziców, że zajęcia korekcyjne są równie ważne jak dodatkowe lekcje języka obcego. Pomogły spotkania z fizjoterapeutą i jasna informacja o efektach. Program można łatwo przenieść do innych gmin, zwłaszcza tam, gdzie szkoły dysponują salą gimnastyczną.`,
    categories: ["ochrona-zdrowia", "oswiata", "sport-i-rekreacja"],
    enteredOn: "2013-04-02",
    revisedOn: "2016-09-19",
    unitType: UnitType.GMINA_MIEJSKO_WIEJSKA,
    locality: "Wolsztyn",
    voivodeship: Voivodeship.WIELKOPOLSKIE,
    postalCode: "64-200",
    postOffice: "Wolsztyn",
    implementingUnit: "Urząd Miejski w Wolsztynie",
    street: "Rynek 1",
    website: "https://www.wolsztyn.example.pl",
    population: 30_200,
    contacts: [
      { name: "Piotr Maćkowiak", role: "kierownik Referatu Oświaty, Kultury i Zdrowia", phone: "68 347 45 22", email: "p.mackowiak@wolsztyn.example.pl" },
    ],
  },

  // ── Sport i rekreacja ────────────────────────────────────────────────────────────────────
  {
    title: "Strefy aktywności w każdym sołectwie gminy Santok",
    summary:
      "Gmina Santok wybudowała w swoich sołectwach sieć ogólnodostępnych stref aktywności – siłowni plenerowych, placów zabaw i miejsc spotkań. Lokalizację i wyposażenie każdej strefy wybierali mieszkańcy na zebraniach wiejskich, a część prac sfinansowano z funduszu sołeckiego.",
    body: `## Cel praktyki

W małych miejscowościach gminy Santok brakowało miejsc, w których mieszkańcy w różnym wieku mogliby aktywnie spędzać czas na świeżym powietrzu. Dzieci bawiły się przy drodze, a dorośli – żeby pobiegać czy poćwiczyć – musieli dojeżdżać do Gorzowa Wielkopolskiego. Celem praktyki było stworzenie w każdym sołectwie bezpiecznej, ogólnodostępnej przestrzeni rekreacyjnej.

## Opis działań

Program realizowano w trzech etapach:

1. **Konsultacje** – na zebraniach wiejskich mieszkańcy wskazywali lokalizację strefy i wybierali z katalogu elementy wyposażenia: urządzenia siłowni plenerowej, plac zabaw, stoły do tenisa, stojaki na rowery, wiaty i ławki.
2. **Budowa** – gmina przygotowała dokumentację i przeprowadziła wspólny przetarg na wszystkie strefy danego roku, co obniżyło koszty. Prace ziemne i nasadzenia zieleni wykonywali częściowo sami mieszkańcy w czynie społecznym.
3. **Ożywienie** – w każdej strefie organizowane są cykliczne zajęcia: nordic walking, zajęcia ruchowe dla seniorów, turnieje rodzinne. Prowadzą je instruktorzy gminnego ośrodka kultury i wolontariusze.

Opiekę nad strefami sprawują rady sołeckie, które zgłaszają usterki i dbają o porządek.

## Rezultaty

- w ciągu trzech lat powstało 11 stref aktywności w 11 sołectwach,
- w cyklicznych zajęciach uczestniczy ok. 300 osób tygodniowo w sezonie letnim,
- strefy stały się miejscem festynów, dożynek i spotkań sąsiedzkich,
- nie odnotowano przypadków poważnego zniszczenia urządzeń – mieszkańcy traktują strefy jak wspólne dobro.

## Finansowanie

Łączny koszt wyniósł ok. 1,35 mln zł. Trzy strefy powstały przy wsparciu rządowego programu „Otwarte Strefy Aktywności”, pozostałe sfinansowano z budżetu gminy i funduszu sołeckiego. Koszty utrzymania są niewielkie i obejmują przede wszystkim przeglądy techniczne urządzeń.

## Wnioski i rekomendacje

Zaangażowanie mieszkańców od etapu wyboru lokalizacji sprawiło, że strefy są intensywnie używane i szanowane. Warto przewidzieć środki nie tylko na budowę, lecz także na prowadzenie zajęć – sama infrastruktura nie wystarczy, by zachęcić do ruchu osoby nieaktywne fizycznie.`,
    categories: ["sport-i-rekreacja", "dialog-spoleczny"],
    enteredOn: "2018-08-22",
    revisedOn: "2020-05-06",
    unitType: UnitType.GMINA_WIEJSKA,
    locality: "Santok",
    voivodeship: Voivodeship.LUBUSKIE,
    postalCode: "66-431",
    postOffice: "Santok",
    implementingUnit: "Urząd Gminy Santok",
    street: "ul. Gorzowska 59",
    website: "https://www.santok.example.pl",
    population: 8_700,
    contacts: [
      { name: "Adam Szulc", role: "inspektor ds. inwestycji i funduszu sołeckiego", phone: "95 728 71 19", email: "a.szulc@santok.example.pl" },
    ],
  },
  {
    title: "Każdy trzecioklasista pływa – powszechna nauka pływania w tczewskich szkołach",
    summary:
      "Miejski Ośrodek Sportu i Rekreacji w Tczewie prowadzi bezpłatną naukę pływania dla wszystkich uczniów klas trzecich szkół podstawowych. Zajęcia odbywają się w czasie lekcji wychowania fizycznego na miejskiej pływalni, a dojazd zapewnia ośrodek.",
    body: `## Cel praktyki

Tczew leży nad Wisłą, a w okolicy nie brakuje jezior, mimo to wiele dzieci nie potrafiło pływać. Zajęcia na basenie były dostępne głównie dla tych, których rodzice mogli za nie zapłacić i zapewnić dojazd. Celem programu jest nauczenie pływania wszystkich dzieci w mieście, niezależnie od sytuacji materialnej rodziny, oraz poprawa bezpieczeństwa nad wodą.

## Opis działań

Program prowadzi Miejski Ośrodek Sportu i Rekreacji – jednostka budżetowa gminy zarządzająca pływalnią i obiektami sportowymi – we współpracy z dyrektorami wszystkich szkół podstawowych w mieście.

- Każda klasa trzecia uczestniczy w 20 godzinach nauki pływania w ciągu roku szkolnego.
- Zajęcia prowadzą instruktorzy pływania zatrudnieni przez MOSiR, w grupach liczących maksymalnie 15 osób.
- Uczniowie dojeżdżają na basen autobusem wynajętym przez ośrodek, pod opieką nauczycieli.
- Na zakończenie kursu dzieci zdają sprawdzian i otrzymują dyplom „Pływam bezpiecznie”.
- Dla uczniów, którzy nie opanowali podstaw pływania, organizowane są dodatkowe zajęcia w czasie ferii zimowych.

Przed rozpoczęciem kursu rodzice otrzymują informację o programie i wyrażają zgodę na udział dziecka. Nauczyciele wychowania fizycznego zostali przeszkoleni z zasad bezpieczeństwa na pływalni.

## Rezultaty

- w każdym roku szkolnym z nauki pływania korzysta ok. 600 dzieci z 11 szkół,
- ponad 85% uczestników potrafi po kursie samodzielnie przepłynąć 25 metrów,
- liczba dzieci zapisujących się na zajęcia w sekcji pływackiej klubu miejskiego wzrosła trzykrotnie,
- pływalnia jest wykorzystywana w godzinach przedpołudniowych, które wcześniej były najmniej obłożone.

## Finansowanie

Program finansowany jest z budżetu miasta. Roczny koszt, obejmujący wynagrodzenia instruktorów i transport, wynosi ok. 230 000 zł. W niektórych latach część kosztów pokrywano z dotacji Ministerstwa Sportu i Turystyki.

## Wnioski i rekomendacje

Realizacja nauki pływania w ramach lekcji sprawia, że obejmuje ona wszystkie dzieci, a nie tylko te z najbardziej zaangażowanych rodzin. Kluczowe są: dobra organizacja transportu, stała obsada instruktorów i współpraca z dyrektorami szkół przy układaniu planu lekcji.`,
    categories: ["sport-i-rekreacja", "oswiata"],
    enteredOn: "2014-09-01",
    revisedOn: "2017-06-12",
    unitType: UnitType.INNA,
    locality: "Tczew",
    voivodeship: Voivodeship.POMORSKIE,
    postalCode: "83-110",
    postOffice: "Tczew",
    implementingUnit: "Miejski Ośrodek Sportu i Rekreacji w Tczewie",
    street: "ul. Bałdowska 10",
    website: "https://www.mosir-tczew.example.pl",
    population: 60_300,
    contacts: [
      { name: "Rafał Kuczkowski", role: "dyrektor MOSiR", phone: "58 531 04 12", email: "r.kuczkowski@mosir-tczew.example.pl" },
      { name: "Sylwia Formela", role: "koordynatorka nauki pływania", phone: "58 531 04 19", email: "s.formela@mosir-tczew.example.pl" },
    ],
  },
  {
    title: "Rowerowa Zielona Góra – sieć tras rowerowych i miejski rower zintegrowany z komunikacją",
    summary:
      "Zielona Góra zbudowała spójną sieć dróg rowerowych łączącą osiedla, centrum i tereny rekreacyjne oraz uruchomiła system roweru miejskiego powiązany z komunikacją autobusową. Rower stał się realną alternatywą dla samochodu, a nowe trasy w lasach wokół miasta przyciągają mieszkańców i turystów.",
    body: `## Cel praktyki

Po połączeniu miasta z gminą wiejską Zielona Góra znacznie się powiększyła, a mieszkańcy nowych dzielnic dojeżdżali do centrum głównie samochodami. Celem programu jest zwiększenie udziału ruchu rowerowego w codziennych podróżach, poprawa jakości powietrza oraz rozwój rekreacji w otaczających miasto lasach.

## Opis działań

Program łączy inwestycje, rozwiązania organizacyjne i promocję:

- **Sieć tras** – wybudowano i oznakowano ponad 60 km dróg rowerowych, tworzących spójne ciągi między osiedlami, szkołami, uczelnią i zakładami pracy. Przy przebudowie ulic obowiązuje zasada uwzględniania infrastruktury rowerowej.
- **Rower miejski** – system kilkudziesięciu stacji z rowerami, w tym elektrycznymi, rozmieszczonych przy węzłach przesiadkowych. Pierwsze 20 minut jazdy jest bezpłatne, a posiadacze biletu okresowego komunikacji miejskiej otrzymują dodatkowe darmowe minuty.
- **Integracja z transportem publicznym** – stojaki rowerowe przy przystankach, parkingi „bike & ride” i możliwość przewozu rowerów w autobusach elektrycznych.
- **Trasy rekreacyjne** – leśne pętle rowerowe i biegowe o różnej długości, przygotowane wspólnie z nadleśnictwem.
- **Promocja** – kampania „Rowerem do pracy”, rowerowe przedszkola ruchu drogowego i coroczne święto rowerzystów.

Mieszkańcy zgłaszają potrzeby i uwagi dotyczące infrastruktury przez miejskiego oficera rowerowego oraz w ramach konsultacji społecznych.

## Rezultaty

- udział roweru w podróżach mieszkańców wzrósł w ciągu czterech lat z 4% do 9%,
- z roweru miejskiego skorzystano w drugim sezonie ponad 420 000 razy,
- na trasach rekreacyjnych w weekendy notuje się ok. 3 000 przejazdów dziennie,
- liczba wypadków z udziałem rowerzystów nie wzrosła mimo większego ruchu.

## Finansowanie

Inwestycje drogowe sfinansowano w znacznej części ze środków Regionalnego Programu Operacyjnego Lubuskie 2020 w ramach zintegrowanych inwestycji terytorialnych. System roweru miejskiego działa na podstawie umowy z operatorem, a miasto dopłaca ok. 1,1 mln zł rocznie.

## Wnioski i rekomendacje

Rowerzyści wybierają trasy spójne i bezpieczne – pojedyncze odcinki dróg rowerowych nie zmieniają zachowań. Integracja roweru z komunikacją miejską zwiększa zasięg obu systemów, a stała obecność oficera rowerowego ułatwia dialog z mieszkańcami.`,
    categories: ["sport-i-rekreacja", "uslugi-techniczne"],
    enteredOn: "2017-05-18",
    revisedOn: "2019-10-03",
    unitType: UnitType.POWIAT_GRODZKI,
    locality: "Zielona Góra",
    voivodeship: Voivodeship.LUBUSKIE,
    postalCode: "65-424",
    postOffice: "Zielona Góra",
    implementingUnit: "Urząd Miasta Zielona Góra – Departament Inwestycji i Zarządzania Drogami",
    street: "ul. Podgórna 22",
    website: "https://www.rower.zielona-gora.example.pl",
    population: 139_800,
    contacts: [
      { name: "Bartosz Nowakowski", role: "oficer rowerowy miasta", phone: "68 456 48 30", email: "b.nowakowski@zielona-gora.example.pl" },
    ],
  },
  {
    title: "Amatorskie ligi sportowe prowadzone wspólnie z klubami w gminie Niepołomice",
    summary:
      "Gmina Niepołomice powierzyła lokalnym klubom sportowym organizację amatorskich lig piłkarskich, siatkarskich i koszykarskich dla dorosłych i młodzieży. Gmina udostępnia obiekty i finansuje zadanie w konkursie ofert, a kluby odpowiadają za rozgrywki, sędziów i promocję.",
    body: `## Cel praktyki

Gmina Niepołomice dysponuje dobrą bazą sportową – halą widowiskowo-sportową, orlikami i boiskami przy szkołach – ale z obiektów korzystały głównie drużyny klubowe i uczniowie. Dorośli mieszkańcy, w tym wielu nowych mieszkańców osiedli podmiejskich, nie mieli oferty sportu rekreacyjnego. Celem praktyki było zwiększenie aktywności fizycznej mieszkańców i lepsze wykorzystanie obiektów sportowych.

## Opis działań

Gmina ogłasza co roku otwarty konkurs ofert na organizację amatorskich rozgrywek ligowych. Wyłonione kluby i stowarzyszenia:

- prowadzą zapisy drużyn i przygotowują terminarz rozgrywek,
- zapewniają sędziów, opiekę medyczną i ubezpieczenie zawodników,
- prowadzą stronę internetową z wynikami, tabelami i statystykami,
- organizują uroczyste zakończenie sezonu z nagrodami dla najlepszych drużyn i zawodników.

Gmina nieodpłatnie udostępnia hale i boiska w godzinach wieczornych i w weekendy. Prowadzone są ligi: halowa piłki nożnej, siatkówki mieszanej, koszykówki „3x3” oraz młodzieżowa liga orlików. Do udziału zachęcane są zespoły firmowe, sąsiedzkie i rodzinne.

## Rezultaty

- w sezonie 2017/2018 w rozgrywkach wzięły udział 64 drużyny i ok. 700 zawodników,
- wykorzystanie hali sportowej w godzinach wieczornych wzrosło z 45% do 90%,
- kluby pozyskały nowych członków i wolontariuszy, a dwa z nich utworzyły sekcje dla dorosłych,
- ligi stały się ważnym wydarzeniem integrującym „starych” i „nowych” mieszkańców gminy.

## Partnerzy i podział zadań

Przy organizacji lig współpracują trzy kluby sportowe i stowarzyszenie sędziów. Gmina – poprzez Referat Sportu i Turystyki – odpowiada za udostępnienie obiektów, ich utrzymanie i ogłaszanie konkursu, a także za promocję rozgrywek w gminnym biuletynie i mediach społecznościowych. Kluby prowadzą zapisy, rozgrywki i dokumentację, a stowarzyszenie sędziów zapewnia obsadę meczów. Raz w roku wszyscy partnerzy spotykają się, aby podsumować sezon i uzgodnić zmiany w regulaminie. Na wniosek uczestników wprowadzono m.in. osobną ligę dla drużyn kobiecych i kategorię „oldboje” dla zawodników powyżej 40. roku życia.

## Finansowanie

Dotacja gminy na organizację lig wynosi ok. 120 000 zł rocznie. Drużyny wnoszą symboliczne wpisowe, a część nagród fundują lokalni przedsiębiorcy.

## Wnioski i rekomendacje

Powierzenie organizacji rozgrywek klubom okazało się tańsze i skuteczniejsze niż prowadzenie ich przez urząd – kluby mają doświadczenie, kontakty i wolontariuszy. Ważne jest zawarcie wieloletnich umów, które dają organizacjom stabilność i pozwalają planować rozwój lig.`,
    categories: ["sport-i-rekreacja", "wspolpraca-jst-ngo"],
    enteredOn: "2015-02-10",
    revisedOn: "2018-07-25",
    unitType: UnitType.GMINA_MIEJSKO_WIEJSKA,
    locality: "Niepołomice",
    voivodeship: Voivodeship.MALOPOLSKIE,
    postalCode: "32-005",
    postOffice: "Niepołomice",
    implementingUnit: "Urząd Miasta i Gminy Niepołomice",
    street: "Plac Zwycięstwa 13",
    website: "https://www.niepolomice.example.pl",
    population: 27_900,
    contacts: [
      { name: "Wojciech Mazur", role: "kierownik Referatu Sportu i Turystyki", phone: "12 250 94 42", email: "w.mazur@niepolomice.example.pl" },
    ],
  },

  // ── Usługi techniczne ────────────────────────────────────────────────────────────────────
  {
    title: "Wspólny bilet i zintegrowany transport publiczny gmin Pogórza",
    summary:
      "Międzygminny Związek Komunikacyjny „Pogórze” zorganizował wspólną sieć autobusowej komunikacji publicznej dla Krosna i okolicznych gmin, ze wspólnym rozkładem jazdy i jednym biletem. Przywrócono połączenia do wsi, które przez lata były pozbawione transportu publicznego.",
    body: `## Cel praktyki

Po likwidacji wielu nierentownych kursów PKS część wsi wokół Krosna została całkowicie odcięta od transportu publicznego. Mieszkańcy bez samochodu – uczniowie, seniorzy, osoby z niepełnosprawnościami – mieli problem z dotarciem do szkoły, lekarza czy pracy. Każda gmina próbowała rozwiązać problem na własną rękę, ale kursy nie były ze sobą skoordynowane. Celem praktyki jest zapewnienie spójnej komunikacji publicznej w całym obszarze funkcjonalnym Krosna.

## Opis działań

Miasto Krosno i siedem sąsiednich gmin utworzyły związek międzygminny, który przejął rolę organizatora publicznego transportu zbiorowego. Związek:

- zaprojektował sieć linii opartą na badaniu potrzeb przewozowych i ankiecie wśród mieszkańców,
- wybrał operatora w przetargu i zawarł z nim wieloletnią umowę o świadczenie usług,
- wprowadził wspólną taryfę i bilet strefowy, ważny we wszystkich autobusach związku i w komunikacji miejskiej Krosna,
- uruchomił aplikację mobilną z rozkładem jazdy, informacją o opóźnieniach i sprzedażą biletów,
- skoordynował rozkłady z pociągami i z godzinami lekcji w szkołach ponadpodstawowych.

Koszty utrzymania linii gminy dzielą według liczby wozokilometrów przejechanych na ich terenie. Decyzje podejmuje zgromadzenie związku, w którym każda gmina ma swojego przedstawiciela.

## Rezultaty

- uruchomiono 14 linii, które obsługują 96 miejscowości, w tym 23 pozbawione wcześniej jakiejkolwiek komunikacji,
- liczba pasażerów wzrosła w ciągu dwóch lat o 38%,
- ponad 40% biletów sprzedawanych jest przez aplikację,
- gminy oszczędzają na dowozie uczniów, który częściowo zastąpiły regularne linie.

## Finansowanie

Deficyt na liniach pokrywany jest z budżetów gmin członkowskich oraz z dopłat z Funduszu rozwoju przewozów autobusowych o charakterze użyteczności publicznej. Zakup systemu biletowego sfinansowano z Regionalnego Programu Operacyjnego Województwa Podkarpackiego.

## Wnioski i rekomendacje

Wspólne zarządzanie komunikacją pozwala zaplanować sieć, która odpowiada rzeczywistym potrzebom mieszkańców, a nie granicom administracyjnym. Kluczowe okazały się jasne zasady podziału kosztów i rzetelne dane o liczbie pasażerów.`,
    categories: ["uslugi-techniczne", "wspolpraca-miedzy-jst"],
    enteredOn: "2019-03-11",
    revisedOn: "2022-11-15",
    unitType: UnitType.ZWIAZEK_JST,
    locality: "Krosno",
    voivodeship: Voivodeship.PODKARPACKIE,
    postalCode: "38-400",
    postOffice: "Krosno",
    implementingUnit: "Międzygminny Związek Komunikacyjny „Pogórze”",
    street: "ul. Lwowska 28",
    website: "https://www.mzk-pogorze.example.pl",
    population: 158_000,
    contacts: [
      { name: "Tadeusz Lorenc", role: "dyrektor biura związku", phone: "13 432 18 90", email: "t.lorenc@mzk-pogorze.example.pl" },
      { name: "Karolina Bielecka", role: "specjalistka ds. planowania sieci komunikacyjnej", phone: "13 432 18 94", email: "k.bielecka@mzk-pogorze.example.pl" },
    ],
    attachments: [
      { title: "Harmonogram uruchamiania linii", file: "harmonogram-projektu.pdf" },
      { title: "Ulotka o wspólnym bilecie", file: "ulotka-informacyjna.pdf" },
    ],
  },
  {
    title: "Wspólny system gospodarki odpadami gmin ziemi sandomierskiej",
    summary:
      "Dwanaście gmin utworzyło związek międzygminny, który od 1 lipca 2013 r. organizuje odbiór i zagospodarowanie odpadów komunalnych na terenie całego obszaru. Wspólny przetarg, sieć punktów selektywnej zbiórki i edukacja ekologiczna pozwoliły obniżyć koszty i zwiększyć poziom recyklingu.",
    body: `## Cel praktyki

Nowelizacja ustawy o utrzymaniu czystości i porządku w gminach nałożyła na samorządy obowiązek organizacji systemu odbioru odpadów od 1 lipca 2013 r. Małe gminy obawiały się, że samodzielnie nie będą w stanie przygotować przetargów, obsługiwać deklaracji i osiągnąć wymaganych poziomów recyklingu. Celem praktyki było wspólne wykonanie tego zadania i zapewnienie mieszkańcom wysokiej jakości usług po rozsądnej cenie.

## Opis działań

Gminy przekazały związkowi zadania z zakresu gospodarki odpadami. Związek:

- ujednolicił regulaminy utrzymania czystości i stawki opłat na terenie wszystkich gmin,
- przeprowadził jeden przetarg na odbiór odpadów, podzielony na sektory,
- prowadzi ewidencję deklaracji, naliczanie opłat i windykację w jednym systemie informatycznym,
- utworzył sieć ośmiu punktów selektywnej zbiórki odpadów komunalnych (PSZOK), w tym jeden mobilny, który objeżdża mniejsze miejscowości,
- uruchomił aplikację mobilną z harmonogramem odbioru i przypomnieniami,
- prowadzi edukację ekologiczną w szkołach i przedszkolach oraz kampanie informacyjne dla mieszkańców.

Gminy zachowały wpływ na decyzje – wójtowie i burmistrzowie zasiadają w zgromadzeniu związku, które uchwala budżet i stawki opłat.

## Rezultaty

- systemem objęto ok. 120 000 mieszkańców,
- poziom recyklingu odpadów papieru, metali, tworzyw sztucznych i szkła wzrósł z 12% w 2013 r. do 41% w 2016 r.,
- koszt odbioru odpadów w przeliczeniu na mieszkańca był o ok. 15% niższy niż w gminach organizujących system samodzielnie,
- liczba dzikich wysypisk zgłaszanych przez mieszkańców zmniejszyła się o połowę.

## Finansowanie

System jest finansowany z opłat wnoszonych przez mieszkańców. Budowę PSZOK-ów dofinansowano ze środków Regionalnego Programu Operacyjnego Województwa Świętokrzyskiego oraz z Wojewódzkiego Funduszu Ochrony Środowiska i Gospodarki Wodnej w Kielcach.

## Wnioski i rekomendacje

Związek międzygminny pozwala małym gminom korzystać z efektu skali i profesjonalnej kadry. Kluczowe jest jednak wypracowanie zaufania między gminami i przejrzystość finansów – każda gmina powinna wiedzieć, ile wpływa od jej mieszkańców i ile kosztuje obsługa jej terenu.`,
    categories: ["uslugi-techniczne", "wspolpraca-miedzy-jst"],
    enteredOn: "2013-07-01",
    revisedOn: "2016-03-22",
    unitType: UnitType.ZWIAZEK_JST,
    locality: "Sandomierz",
    voivodeship: Voivodeship.SWIETOKRZYSKIE,
    postalCode: "27-600",
    postOffice: "Sandomierz",
    implementingUnit: "Związek Międzygminny „Czysty Region” w Sandomierzu",
    street: "ul. Mickiewicza 34",
    website: "https://www.czystyregion.example.pl",
    population: 120_000,
    contacts: [
      { name: "Jerzy Wójcik", role: "przewodniczący zarządu związku", phone: "15 832 25 60", email: "j.wojcik@czystyregion.example.pl" },
      { name: "Natalia Sowa", role: "specjalistka ds. edukacji ekologicznej", phone: "15 832 25 67", email: "n.sowa@czystyregion.example.pl" },
    ],
  },
  {
    title: "Strefowy monitoring sieci wodociągowej – mniej strat wody w Ostrowcu Świętokrzyskim",
    summary:
      "Miejska spółka wodociągowa podzieliła sieć na strefy pomiarowe i wprowadziła zdalny odczyt przepływomierzy, dzięki czemu awarie i wycieki wykrywane są w ciągu kilku godzin. Straty wody zmniejszyły się niemal o połowę, a spółka oszczędza energię zużywaną na pompowanie i uzdatnianie.",
    body: `## Cel praktyki

Sieć wodociągowa w Ostrowcu Świętokrzyskim w dużej części pochodzi z lat 60. i 70. ubiegłego wieku. Straty wody sięgały niemal jednej trzeciej ilości wtłaczanej do sieci – woda, za której pobór, uzdatnienie i pompowanie spółka płaciła, wsiąkała w ziemię. Wykrycie wycieku trwało często tygodniami. Celem praktyki było ograniczenie strat wody, zmniejszenie kosztów eksploatacji i poprawa niezawodności dostaw.

## Opis działań

Spółka komunalna, której jedynym udziałowcem jest gmina, przeprowadziła projekt w kilku etapach:

1. **Podział sieci na strefy** – wydzielono 18 stref pomiarowych, na granicach których zainstalowano przepływomierze i czujniki ciśnienia.
2. **Zdalny monitoring** – dane z urządzeń przesyłane są co 15 minut do systemu w centralnej dyspozytorni. Algorytm analizuje nocne przepływy minimalne i alarmuje o nietypowym wzroście.
3. **Zarządzanie ciśnieniem** – w strefach o nadmiernym ciśnieniu zamontowano reduktory sterowane zdalnie, co zmniejsza liczbę awarii rur.
4. **Aktywne poszukiwanie wycieków** – brygady wyposażone w korelatory akustyczne kierowane są do stref wskazanych przez system.
5. **Planowanie remontów** – dane o awaryjności pozwalają wskazać odcinki, których wymiana przyniesie największy efekt.

Mieszkańcy otrzymują SMS-y o planowanych wyłączeniach wody i mogą zgłaszać awarie przez formularz internetowy.

## Rezultaty

- straty wody zmniejszyły się z 29% do 16% ilości wtłaczanej do sieci,
- średni czas od powstania wycieku do jego usunięcia skrócił się z kilkunastu dni do ok. 36 godzin,
- roczne zużycie energii elektrycznej w pompowniach spadło o ok. 410 MWh,
- liczba awarii sieci zmniejszyła się o 23%.

## Finansowanie

Koszt projektu wyniósł ok. 6,8 mln zł, z czego część pokryła pożyczka z Wojewódzkiego Funduszu Ochrony Środowiska i Gospodarki Wodnej, a resztę środki własne spółki. Inwestycja zwraca się dzięki niższym kosztom zakupu energii i uzdatniania wody.

## Wnioski i rekomendacje

Inwestycja w pomiary jest tańsza niż wymiana całej sieci, a pozwala wskazać miejsca, w których remonty są najbardziej potrzebne. Ważne jest przeszkolenie dyspozytorów i brygad, by dane z systemu przekładały się na szybkie działania w terenie.`,
    categories: ["uslugi-techniczne", "efektywnosc-energetyczna"],
    enteredOn: "2017-11-20",
    revisedOn: "2021-01-14",
    unitType: UnitType.INNA,
    locality: "Ostrowiec Świętokrzyski",
    voivodeship: Voivodeship.SWIETOKRZYSKIE,
    postalCode: "27-400",
    postOffice: "Ostrowiec Świętokrzyski",
    implementingUnit: "Miejskie Wodociągi i Kanalizacja Sp. z o.o. w Ostrowcu Świętokrzyskim",
    street: "ul. Sienkiewicza 125",
    website: "https://www.mwik-ostrowiec.example.pl",
    population: 69_000,
    contacts: [
      { name: "Zbigniew Kowal", role: "kierownik Działu Sieci Wodociągowej", phone: "41 265 12 40", email: "z.kowal@mwik-ostrowiec.example.pl" },
    ],
  },
  {
    title: "Sołeckie plany utrzymania dróg gminnych w gminie Chełmiec",
    summary:
      "Gmina Chełmiec wprowadziła wieloletnie plany remontów i utrzymania dróg, przygotowywane wspólnie z sołectwami na podstawie przeglądów stanu nawierzchni. Mieszkańcy wiedzą, kiedy zostanie wyremontowana ich droga, a gmina racjonalnie planuje wydatki.",
    body: `## Cel praktyki

Gmina Chełmiec ma ponad 300 km dróg gminnych, a wniosków o remonty zawsze było więcej niż środków w budżecie. O kolejności prac decydowała często siła przebicia poszczególnych sołectw, co rodziło poczucie niesprawiedliwości. Celem praktyki było wprowadzenie przejrzystych zasad planowania remontów i włączenie mieszkańców w ustalanie priorytetów.

## Opis działań

Referat Inwestycji i Drogownictwa Urzędu Gminy opracował procedurę, która obejmuje:

- coroczny przegląd wszystkich dróg gminnych z oceną stanu nawierzchni w pięciostopniowej skali i dokumentacją fotograficzną,
- cyfrową mapę dróg dostępną publicznie, z informacją o stanie i planowanych pracach,
- spotkania z sołtysami i radami sołeckimi, na których omawiane są wyniki przeglądu i propozycje prac,
- kryteria ustalania kolejności remontów: stan nawierzchni, natężenie ruchu, dojazd do szkół i przystanków, liczba mieszkańców korzystających z drogi,
- czteroletni plan remontów, aktualizowany co roku i uchwalany razem z budżetem,
- możliwość przeznaczenia funduszu sołeckiego na drobne prace – np. uzupełnienie poboczy czy wymianę przepustów – wykonywane w uzgodnieniu z gminą.

Sołtysi zgłaszają bieżące uszkodzenia przez formularz internetowy, a zgłoszenia trafiają do firmy, z którą gmina ma umowę na utrzymanie dróg.

## Rezultaty

- w ciągu trzech lat wyremontowano ok. 48 km dróg zgodnie z przyjętym planem,
- liczba skarg i interwencji radnych dotyczących kolejności remontów wyraźnie spadła,
- średni czas usunięcia zgłoszonej wyrwy skrócił się do 5 dni roboczych,
- gmina łatwiej pozyskuje środki zewnętrzne, bo ma gotowe, uzasadnione listy zadań.

## Finansowanie

Remonty finansowane są z budżetu gminy, funduszu sołeckiego oraz dotacji na usuwanie skutków klęsk żywiołowych i przebudowę dróg lokalnych. Przegląd dróg wykonują pracownicy urzędu, więc procedura nie generuje istotnych kosztów dodatkowych.

## Wnioski i rekomendacje

Jawne kryteria i dostępne dla wszystkich dane o stanie dróg zmieniły charakter dyskusji – zamiast sporów o to, kto „wywalczy” remont, rozmawia się o faktach. Procedura jest prosta i może zostać zastosowana w każdej gminie wiejskiej.`,
    categories: ["uslugi-techniczne", "dialog-spoleczny"],
    enteredOn: "2010-10-18",
    revisedOn: "2013-12-02",
    unitType: UnitType.GMINA_WIEJSKA,
    locality: "Chełmiec",
    voivodeship: Voivodeship.MALOPOLSKIE,
    postalCode: "33-395",
    postOffice: "Chełmiec",
    implementingUnit: "Urząd Gminy Chełmiec",
    street: "ul. Papieska 2",
    website: "https://www.chelmiec.example.pl",
    population: 26_400,
    contacts: [
      { name: "Józef Gucwa", role: "kierownik Referatu Inwestycji i Drogownictwa", phone: "18 414 56 35", email: "j.gucwa@chelmiec.example.pl" },
      { name: "Marta Zięba", role: "inspektorka ds. drogownictwa", phone: "18 414 56 38", email: "m.zieba@chelmiec.example.pl" },
    ],
  },
  {
    title: "Gmina, która latem rośnie dziesięciokrotnie – sezonowa organizacja usług komunalnych w Ustroniu Morskim",
    summary:
      "Gmina Ustronie Morskie liczy niespełna 4 000 mieszkańców, ale w szczycie sezonu przebywa w niej nawet 40 000 osób. Gmina dostosowała do tego odbiór odpadów, sprzątanie plaż, dostawy wody i obsługę mieszkańców, tak aby koszty sezonu nie obciążały stałych mieszkańców.",
    body: `## Cel praktyki

W miejscowościach nadmorskich infrastruktura komunalna musi obsłużyć latem wielokrotnie więcej osób niż zimą. Wcześniej w Ustroniu Morskim w lipcu i sierpniu przepełnione kosze i kontenery były codziennością, a mieszkańcy skarżyli się na hałas śmieciarek w środku dnia i na spadki ciśnienia wody. Celem praktyki jest zapewnienie wysokiej jakości usług przez cały rok przy racjonalnych kosztach.

## Opis działań

Gmina opracowała „sezonowy plan usług komunalnych”, przyjmowany co roku przed majówką. Obejmuje on:

- **odbiór odpadów** – w sezonie odpady z pensjonatów i lokali gastronomicznych odbierane są codziennie, wyłącznie w godzinach 5.00–9.00; właściciele obiektów noclegowych rozliczają się według liczby miejsc noclegowych,
- **plaże i deptak** – dodatkowe kosze do segregacji co 50 metrów, trzy zmiany sprzątania i czujniki zapełnienia w pojemnikach przy wejściach na plażę,
- **wodę** – zbiornik retencyjny wody pitnej i sterowanie pompami według prognozowanego ruchu turystycznego,
- **obsługę mieszkańców i turystów** – sezonowy punkt informacyjny urzędu przy promenadzie, czynny także w weekendy,
- **współpracę z przedsiębiorcami** – przed sezonem odbywa się spotkanie z właścicielami obiektów noclegowych i gastronomicznych, na którym ustala się harmonogram i zasady.

Zatrudnienie sezonowe przy sprzątaniu plaż i obsłudze punktu informacyjnego oferowane jest w pierwszej kolejności mieszkańcom gminy, w tym osobom pozostającym bez pracy poza sezonem.

## Rezultaty

- liczba skarg na przepełnione pojemniki spadła w ciągu dwóch sezonów o ok. 80%,
- poziom selektywnej zbiórki odpadów z plaż wzrósł z 9% do 31%,
- w szczycie sezonu nie odnotowano przerw w dostawie wody,
- koszty sezonowe pokrywane są z opłat wnoszonych przez podmioty turystyczne i opłaty miejscowej, a nie przez stałych mieszkańców.

## Finansowanie

Zakup pojemników z czujnikami i modernizację stacji uzdatniania wody sfinansowano z budżetu gminy oraz ze środków Programu Fundusze Europejskie dla Pomorza Zachodniego. Bieżące koszty pokrywają opłaty za gospodarowanie odpadami i wpływy z opłaty miejscowej.

## Wnioski i rekomendacje

Gminy turystyczne powinny planować usługi według liczby osób faktycznie przebywających na ich terenie, a nie liczby zameldowanych mieszkańców. Kluczowe okazało się wczesne uzgodnienie zasad z przedsiębiorcami – to oni najlepiej wiedzą, kiedy i gdzie pojawia się najwięcej gości.`,
    categories: ["uslugi-techniczne"],
    enteredOn: "2024-05-15",
    revisedOn: "2025-09-08",
    unitType: UnitType.GMINA_WIEJSKA,
    locality: "Ustronie Morskie",
    voivodeship: Voivodeship.ZACHODNIOPOMORSKIE,
    postalCode: "78-111",
    postOffice: "Ustronie Morskie",
    implementingUnit: "Urząd Gminy Ustronie Morskie",
    street: "ul. Rolna 2",
    website: "https://www.ustronie-morskie.example.pl",
    population: 3_640,
    contacts: [
      { name: "Marcin Nowacki", role: "kierownik Referatu Gospodarki Komunalnej i Ochrony Środowiska", phone: "94 351 55 12", email: "m.nowacki@ustronie-morskie.example.pl" },
      { name: "Weronika Sobieraj", role: "inspektorka ds. gospodarki odpadami", phone: "94 351 55 19", email: "w.sobieraj@ustronie-morskie.example.pl" },
    ],
  },

  // ── Rozwój instytucjonalny ───────────────────────────────────────────────────────────────
  {
    title: "E-urząd w Serocku – sprawy urzędowe załatwiane przez internet",
    summary:
      "Urząd Miasta i Gminy w Serocku udostępnił mieszkańcom platformę e-usług, na której można złożyć wnioski, sprawdzić stan sprawy, opłacić podatki i zarezerwować wizytę w urzędzie. E-urząd jest zintegrowany z ePUAP i z systemem elektronicznego obiegu dokumentów.\n\nW czasie pandemii platforma pozwoliła zachować ciągłość obsługi mieszkańców mimo ograniczeń w dostępie do budynku urzędu.",
    body: `## Cel praktyki

Serock przyciąga nowych mieszkańców, z których wielu pracuje w Warszawie i ma trudność z dotarciem do urzędu w godzinach jego pracy. Celem praktyki było umożliwienie załatwiania jak największej liczby spraw bez wychodzenia z domu, skrócenie czasu obsługi oraz uporządkowanie pracy urzędu dzięki elektronicznemu obiegowi dokumentów.

## Opis działań

Wdrożenie przebiegało etapami:

1. **Elektroniczny obieg dokumentów** – wszystkie pisma wpływające do urzędu są skanowane i rejestrowane w systemie, a sprawy prowadzone są elektronicznie.
2. **Portal e-usług** – mieszkańcy logują się profilem zaufanym i mogą:
   - złożyć ponad 60 rodzajów wniosków za pomocą formularzy z podpowiedziami,
   - sprawdzić stan swojej sprawy i historię korespondencji,
   - zobaczyć wysokość podatków i opłat za odpady oraz zapłacić je online,
   - zarezerwować wizytę w wybranym wydziale na konkretną godzinę.
3. **Integracja z ePUAP** – wnioski złożone przez e-urząd trafiają bezpośrednio do systemu obiegu dokumentów, bez ręcznego przepisywania.
4. **Wsparcie mieszkańców** – w sali obsługi działa stanowisko z komputerem i pracownikiem, który pomaga założyć profil zaufany i złożyć pierwszy wniosek.

Przed uruchomieniem e-usług przeszkolono wszystkich pracowników, a opisy procedur w Biuletynie Informacji Publicznej ujednolicono i napisano prostym językiem.

## Rezultaty

- udział spraw wszczynanych elektronicznie wzrósł z 3% w 2013 r. do 38% w 2020 r.,
- ponad 40% płatności podatków lokalnych dokonywanych jest przez portal,
- średni czas oczekiwania w kolejce skrócił się do kilku minut dzięki rezerwacji wizyt,
- w okresie pandemii urząd obsługiwał wszystkie kluczowe sprawy bez przerw w pracy.

## Finansowanie

Wdrożenie kosztowało ok. 1,9 mln zł i było współfinansowane z Regionalnego Programu Operacyjnego Województwa Mazowieckiego. Rozbudowę e-usług w latach 2019–2021 sfinansowano z budżetu gminy i programu „Cyfrowa Gmina”.

## Wnioski i rekomendacje

Mieszkańcy korzystają z e-usług, jeśli są one naprawdę wygodne – formularze muszą być krótkie, zrozumiałe i działać na telefonie. Równie ważna jak technologia jest zmiana sposobu pracy urzędników, którzy muszą prowadzić sprawy elektronicznie od początku do końca.`,
    categories: ["rozwoj-instytucjonalny"],
    enteredOn: "2013-09-16",
    revisedOn: "2021-10-05",
    unitType: UnitType.GMINA_MIEJSKO_WIEJSKA,
    locality: "Serock",
    voivodeship: Voivodeship.MAZOWIECKIE,
    postalCode: "05-140",
    postOffice: "Serock",
    implementingUnit: "Urząd Miasta i Gminy w Serocku",
    street: "Rynek 21",
    website: "https://www.e-urzad.serock.example.pl",
    population: 14_300,
    contacts: [
      { name: "Robert Zieliński", role: "sekretarz gminy", phone: "22 782 88 10", email: "r.zielinski@serock.example.pl" },
      { name: "Izabela Kurek", role: "informatyczka, administratorka e-usług", phone: "22 782 88 47", email: "i.kurek@serock.example.pl" },
    ],
  },
  {
    title: "System zarządzania jakością i karty usług w Starostwie Powiatowym w Wieliczce",
    summary:
      "Starostwo Powiatowe w Wieliczce wdrożyło system zarządzania jakością zgodny z normą ISO 9001 i opracowało karty usług dla wszystkich spraw załatwianych przez mieszkańców. Regularne badania satysfakcji klientów pozwalają na bieżąco usprawniać obsługę.",
    body: `## Cel praktyki

Szybki rozwój powiatu wielickiego spowodował wzrost liczby spraw – zwłaszcza z zakresu budownictwa, geodezji i rejestracji pojazdów. Mieszkańcy skarżyli się na długi czas oczekiwania, a także na to, że w różnych wydziałach wymagano od nich różnych dokumentów w podobnych sprawach. Celem praktyki było uporządkowanie procesów, skrócenie czasu załatwiania spraw i poprawa jakości obsługi.

## Opis działań

Wdrożenie systemu zarządzania jakością trwało około półtora roku i obejmowało:

- zidentyfikowanie i opisanie wszystkich procesów realizowanych w starostwie,
- opracowanie kart usług – jednolitych opisów każdej sprawy, zawierających wymagane dokumenty, opłaty, terminy, miejsce załatwienia i tryb odwoławczy,
- udostępnienie kart w Biuletynie Informacji Publicznej i w punkcie informacyjnym,
- wyznaczenie pełnomocnika ds. jakości i przeszkolenie audytorów wewnętrznych spośród pracowników,
- coroczne badanie satysfakcji klientów oraz możliwość zgłaszania uwag przez formularz i skrzynkę w holu,
- przegląd zarządzania, w ramach którego kierownictwo analizuje wyniki audytów, skargi i wskaźniki czasu obsługi.

Jednocześnie uruchomiono punkt obsługi klienta, w którym mieszkańcy otrzymują informacje i składają dokumenty bez konieczności szukania właściwego pokoju.

## Rezultaty

- starostwo uzyskało certyfikat zgodności z normą ISO 9001 w 2008 r. i utrzymuje go w kolejnych audytach,
- opracowano 148 kart usług,
- średni czas rejestracji pojazdu skrócił się z 7 do 2 dni roboczych,
- odsetek klientów oceniających obsługę dobrze lub bardzo dobrze wzrósł z 71% do 89%.

## Zaangażowanie pracowników

Wdrożenie systemu nie byłoby możliwe bez udziału pracowników wszystkich wydziałów. To oni opisywali procesy, w których uczestniczą, i proponowali uproszczenia. Przeszkolono 12 audytorów wewnętrznych, którzy co roku sprawdzają działanie procedur w wydziałach innych niż własny. Wnioski z audytów i uwagi klientów omawiane są na naradach kierownictwa, a pracownicy zgłaszający usprawnienia są wyróżniani.

## Finansowanie

Koszty konsultacji, szkoleń i certyfikacji (ok. 95 000 zł) zostały w większości pokryte ze środków Europejskiego Funduszu Społecznego przeznaczonych na modernizację administracji samorządowej. Pozostałe koszty pokrył budżet powiatu.

## Wnioski i rekomendacje

System jakości nie może być wyłącznie dokumentacją przygotowaną na potrzeby audytu – musi być narzędziem codziennej pracy. Najbardziej docenianym przez mieszkańców efektem okazały się karty usług: jasna informacja, co trzeba przynieść i ile się czeka.`,
    categories: ["rozwoj-instytucjonalny"],
    enteredOn: "2008-04-14",
    revisedOn: "2010-11-29",
    unitType: UnitType.POWIAT,
    locality: "Wieliczka",
    voivodeship: Voivodeship.MALOPOLSKIE,
    postalCode: "32-020",
    postOffice: "Wieliczka",
    implementingUnit: "Starostwo Powiatowe w Wieliczce",
    street: "ul. Myślenicka 2",
    website: "https://www.powiat-wieliczka.example.pl",
    population: 110_500,
    contacts: [
      { name: "Barbara Chrobak", role: "pełnomocniczka starosty ds. systemu zarządzania jakością", phone: "12 399 99 21", email: "b.chrobak@powiat-wieliczka.example.pl" },
    ],
  },
  {
    title: "Budżet zadaniowy i Wieloletnia Prognoza Finansowa jako narzędzia zarządzania miastem",
    summary:
      "Urząd Miejski w Żarach jako jeden z pierwszych w regionie wprowadził budżet w układzie zadaniowym, z celami i miernikami dla każdego zadania, powiązany z Wieloletnią Prognozą Finansową. Radni i mieszkańcy widzą, na co wydawane są pieniądze i jakie efekty to przynosi.",
    body: `## Cel praktyki

Tradycyjny budżet, ułożony według klasyfikacji budżetowej, był czytelny tylko dla specjalistów. Radni i mieszkańcy nie wiedzieli, ile kosztuje np. utrzymanie zieleni czy prowadzenie przedszkoli, ani czy te pieniądze są dobrze wydawane. Nowe przepisy o finansach publicznych wprowadziły obowiązek sporządzania Wieloletniej Prognozy Finansowej, co skłoniło miasto do szerszej zmiany sposobu planowania. Celem praktyki było powiązanie wydatków z celami i efektami działań miasta.

## Opis działań

Prace prowadził Wydział Finansowy we współpracy z naczelnikami wszystkich wydziałów i dyrektorami jednostek organizacyjnych:

- opracowano katalog zadań miasta, pogrupowanych w 14 funkcji (np. oświata, transport, bezpieczeństwo, kultura),
- dla każdego zadania wyznaczono cel, osobę odpowiedzialną i mierniki – zarówno nakładu (np. koszt utrzymania 1 km drogi), jak i efektu (np. liczba skarg na stan dróg),
- budżet zadaniowy przygotowywany jest równolegle z budżetem tradycyjnym i przedstawiany radzie miasta jako załącznik,
- Wieloletnią Prognozę Finansową powiązano z wieloletnim planem inwestycyjnym i strategią rozwoju miasta,
- co pół roku przygotowywana jest informacja o stopniu realizacji celów, omawiana na posiedzeniach komisji rady,
- na stronie internetowej miasta opublikowano uproszczony „budżet dla mieszkańca” z infografikami.

## Rezultaty

- wszystkie wydatki miasta są przypisane do zadań z określonymi celami i miernikami,
- dyskusja nad budżetem w radzie koncentruje się na efektach i priorytetach, a nie na pojedynczych paragrafach,
- analiza kosztów jednostkowych pozwoliła zidentyfikować oszczędności, m.in. w utrzymaniu budynków oświatowych,
- miasto utrzymuje bezpieczny poziom zadłużenia przy jednoczesnym wzroście wydatków inwestycyjnych.

## Finansowanie

Wdrożenie zrealizowano siłami własnymi urzędu przy wsparciu eksperckim w ramach projektu szkoleniowego współfinansowanego z Europejskiego Funduszu Społecznego. Nie poniesiono istotnych kosztów dodatkowych.

## Wnioski i rekomendacje

Budżet zadaniowy wymaga zaangażowania całego urzędu, a nie tylko służb finansowych. Warto zacząć od niewielkiej liczby prostych mierników i stopniowo je doskonalić. Publikacja budżetu w przystępnej formie zwiększa zaufanie mieszkańców do władz miasta.`,
    categories: ["rozwoj-instytucjonalny"],
    enteredOn: "2011-02-28",
    revisedOn: "2012-09-17",
    unitType: UnitType.GMINA_MIEJSKA,
    locality: "Żary",
    voivodeship: Voivodeship.LUBUSKIE,
    postalCode: "68-200",
    postOffice: "Żary",
    implementingUnit: "Urząd Miejski w Żarach",
    street: "Rynek 1–5",
    website: "https://www.zary.example.pl",
    population: 39_100,
    contacts: [
      { name: "Halina Bartkowiak", role: "skarbnik miasta", phone: "68 470 83 20", email: "h.bartkowiak@zary.example.pl" },
    ],
  },
  {
    title: "Centrum Usług Wspólnych dla miejskich szkół i przedszkoli w Piotrkowie Trybunalskim",
    summary:
      "Miasto Piotrków Trybunalski utworzyło Centrum Usług Wspólnych, które przejęło obsługę księgową, kadrową i administracyjną miejskich szkół, przedszkoli i placówek oświatowych. Dyrektorzy mogą skupić się na kierowaniu pracą pedagogiczną, a miasto zyskało pełną informację o kosztach oświaty.",
    body: `## Cel praktyki

Każda z kilkudziesięciu miejskich placówek oświatowych prowadziła własną księgowość i kadry, często na niewielkim etacie. Powodowało to różnice w sposobie ewidencji, trudności z zastępstwami i dużą liczbę błędów. Dyrektorzy szkół poświęcali dużo czasu na sprawy administracyjne. Celem praktyki było podniesienie jakości i obniżenie kosztów obsługi oraz lepsze zarządzanie finansami oświaty.

## Opis działań

Na podstawie przepisów ustawy o samorządzie gminnym, umożliwiających wspólną obsługę jednostek, rada miasta utworzyła Centrum Usług Wspólnych. Wdrożenie obejmowało:

- analizę procesów księgowych, płacowych i kadrowych w placówkach oraz określenie zakresu usług,
- przeniesienie pracowników księgowości ze szkół do centrum, bez zwolnień, i podział ich pracy według specjalizacji,
- wprowadzenie jednego systemu finansowo-księgowego i kadrowo-płacowego dla wszystkich jednostek,
- elektroniczny obieg faktur i dokumentów między placówkami a centrum,
- uruchomienie wspólnych zamówień publicznych – m.in. na energię, środki czystości i artykuły biurowe,
- comiesięczne raporty kosztów dla dyrektorów i Wydziału Edukacji.

Dyrektorzy zachowali uprawnienia do dysponowania budżetem swojej placówki, a centrum odpowiada za poprawność ewidencji i terminowość rozliczeń.

## Rezultaty

- centrum obsługuje 36 jednostek: szkoły podstawowe, szkoły ponadpodstawowe, przedszkola i placówki wychowania pozaszkolnego,
- koszty obsługi administracyjnej zmniejszyły się o ok. 14%, głównie dzięki wspólnym zamówieniom,
- liczba błędów wykazywanych w kontrolach zewnętrznych znacząco spadła,
- miasto dysponuje porównywalnymi danymi o kosztach kształcenia w poszczególnych szkołach, co ułatwia planowanie sieci placówek.

## Przebieg wdrożenia

Centrum rozpoczęło działalność po kilkumiesięcznym okresie przygotowań. W pierwszym etapie przejęło obsługę przedszkoli, a dopiero po pół roku – szkół. Takie rozłożenie zmian w czasie pozwoliło dopracować procedury i przeszkolić pracowników na mniejszej liczbie jednostek. Dla dyrektorów przygotowano instrukcje obiegu dokumentów oraz cykl spotkań, na których wyjaśniano nowy podział obowiązków. Wprowadzono także stałych opiekunów – każda placówka ma przypisanego pracownika centrum, do którego może się zwracać we wszystkich sprawach finansowych i kadrowych.

## Finansowanie

Centrum jest finansowane z budżetu miasta w ramach wydatków na oświatę. Wdrożenie wspólnego systemu informatycznego kosztowało ok. 420 000 zł.

## Wnioski i rekomendacje

Kluczowe dla powodzenia było zaangażowanie dyrektorów od początku prac i jasny podział odpowiedzialności między szkołą a centrum. Przeniesienie doświadczonych pracowników z placówek pozwoliło zachować wiedzę o ich specyfice.`,
    categories: ["rozwoj-instytucjonalny", "oswiata"],
    enteredOn: "2016-06-20",
    revisedOn: "2018-12-10",
    unitType: UnitType.POWIAT_GRODZKI,
    locality: "Piotrków Trybunalski",
    voivodeship: Voivodeship.LODZKIE,
    postalCode: "97-300",
    postOffice: "Piotrków Trybunalski",
    implementingUnit: "Urząd Miasta Piotrkowa Trybunalskiego",
    street: "Pasaż Karola Rudowskiego 10",
    website: "https://www.cuw-piotrkow.example.pl",
    population: 74_700,
    contacts: [
      { name: "Ewelina Sadowska", role: "dyrektorka Centrum Usług Wspólnych", phone: "44 732 18 05", email: "e.sadowska@cuw-piotrkow.example.pl" },
      { name: "Andrzej Kaczmarek", role: "naczelnik Wydziału Edukacji", phone: "44 732 77 61", email: "a.kaczmarek@piotrkow.example.pl" },
    ],
  },

  // ── Efektywność energetyczna ─────────────────────────────────────────────────────────────
  {
    title: "Kompleksowa termomodernizacja szkół i budynków użyteczności publicznej w Augustowie",
    summary:
      "Miasto Augustów przeprowadziło kompleksową termomodernizację 12 budynków użyteczności publicznej, w tym wszystkich szkół i przedszkoli. Prace poprzedzono audytami energetycznymi, a po ich zakończeniu wprowadzono stały monitoring zużycia energii.\n\nZużycie ciepła w zmodernizowanych budynkach spadło średnio o 46%.",
    body: `## Cel praktyki

Większość budynków oświatowych w Augustowie powstała w latach 60.–80. ubiegłego wieku i miała nieocieplone ściany, nieszczelne okna oraz przestarzałe instalacje grzewcze. Koszty ogrzewania stanowiły dużą część wydatków miasta na utrzymanie szkół, a w salach lekcyjnych zimą bywało zimno. Celem praktyki było zmniejszenie zużycia energii i kosztów, poprawa komfortu uczniów i pracowników oraz ograniczenie emisji zanieczyszczeń w mieście o walorach uzdrowiskowych.

## Opis działań

Program termomodernizacji przygotowano i przeprowadzono w kilku krokach:

1. **Audyty energetyczne** wszystkich 12 budynków, które wskazały zakres prac i oszczędności możliwe do uzyskania.
2. **Ustalenie kolejności** prac według opłacalności – w pierwszej kolejności budynki o najwyższym zużyciu ciepła na metr kwadratowy.
3. **Prace budowlane**, w tym:
   - docieplenie ścian zewnętrznych i stropodachów,
   - wymiana okien i drzwi zewnętrznych,
   - modernizacja instalacji centralnego ogrzewania z montażem zaworów termostatycznych i automatyki pogodowej,
   - montaż instalacji solarnych do podgrzewania wody w dwóch budynkach z salą gimnastyczną i natryskami.
4. **Monitoring** – w każdym budynku zamontowano liczniki ciepła z odczytem zdalnym, a zużycie jest co miesiąc porównywane z wartościami planowanymi.

Prace w szkołach prowadzono głównie w okresie wakacji, aby nie zakłócać zajęć. Uczniowie uczestniczyli w lekcjach o oszczędzaniu energii przygotowanych na podstawie danych z ich własnych budynków.

## Rezultaty

- zużycie ciepła w zmodernizowanych budynkach spadło średnio o 46%,
- roczne oszczędności na kosztach ogrzewania wynoszą ok. 640 000 zł,
- emisja dwutlenku węgla zmniejszyła się o ok. 1 900 ton rocznie,
- poprawił się komfort cieplny w salach lekcyjnych, a budynki zyskały nowy, estetyczny wygląd.

## Finansowanie

Całkowity koszt wyniósł ok. 11,2 mln zł. Środki pochodziły z Regionalnego Programu Operacyjnego Województwa Podlaskiego na lata 2007–2013, preferencyjnej pożyczki z Wojewódzkiego Funduszu Ochrony Środowiska i Gospodarki Wodnej oraz z budżetu miasta.

## Wnioski i rekomendacje

Rzetelne audyty energetyczne i monitoring po zakończeniu prac są niezbędne, by ocenić rzeczywiste efekty i szybko wykryć nieprawidłowości w eksploatacji. Termomodernizacja przynosi najlepsze rezultaty, gdy obejmuje jednocześnie przegrody budowlane i instalację grzewczą.`,
    categories: ["efektywnosc-energetyczna", "oswiata"],
    enteredOn: "2010-05-24",
    revisedOn: "2014-08-05",
    unitType: UnitType.GMINA_MIEJSKA,
    locality: "Augustów",
    voivodeship: Voivodeship.PODLASKIE,
    postalCode: "16-300",
    postOffice: "Augustów",
    implementingUnit: "Urząd Miejski w Augustowie",
    street: "ul. Młyńska 35",
    website: "https://www.augustow.example.pl",
    population: 30_400,
    contacts: [
      { name: "Sławomir Jankowski", role: "kierownik Wydziału Inwestycji", phone: "87 643 29 15", email: "s.jankowski@augustow.example.pl" },
      { name: "Agata Milewska", role: "specjalistka ds. zarządzania energią", phone: "87 643 29 31", email: "a.milewska@augustow.example.pl" },
    ],
    attachments: [
      { title: "Raport z realizacji programu termomodernizacji", file: "raport-z-realizacji.pdf" },
      { title: "Szkoła po termomodernizacji – zdjęcie", file: "zdjecie-z-realizacji.png" },
    ],
  },
  {
    title: "Oświetlenie uliczne LED z inteligentnym sterowaniem w gminie Dobrzeń Wielki",
    summary:
      "Gmina Dobrzeń Wielki wymieniła wszystkie oprawy oświetlenia ulicznego na energooszczędne lampy LED z systemem zdalnego sterowania. Natężenie światła dostosowuje się do pory nocy i ruchu, a awarie są wykrywane automatycznie.",
    body: `## Cel praktyki

Oświetlenie ulic było jedną z największych pozycji w rachunkach gminy za energię elektryczną. Większość opraw stanowiły przestarzałe lampy sodowe i rtęciowe, a część miejscowości miała niedoświetlone przejścia dla pieszych i przystanki. Celem praktyki było obniżenie kosztów energii, poprawa bezpieczeństwa na drogach i ograniczenie emisji.

## Opis działań

Gmina przygotowała projekt wspólnie z zewnętrznym doradcą energetycznym:

- przeprowadzono inwentaryzację wszystkich 2 140 punktów świetlnych, z określeniem ich stanu technicznego i właściciela infrastruktury,
- wykonano projekt oświetlenia zgodny z aktualnymi normami, uwzględniający kategorię dróg i natężenie ruchu,
- wymieniono wszystkie oprawy na lampy LED, a na przejściach dla pieszych zastosowano dedykowane oprawy o podwyższonym natężeniu światła,
- zainstalowano system zdalnego sterowania, który pozwala obniżać moc oświetlenia w godzinach nocnych i zwiększać ją przy wykryciu ruchu,
- system automatycznie informuje o awariach, a mieszkańcy mogą zgłaszać usterki przez aplikację z mapą punktów świetlnych,
- z operatorem sieci dystrybucyjnej zawarto porozumienie w sprawie przejęcia części infrastruktury przez gminę.

Prace wykonano w formule partnerstwa publiczno-prywatnego, w której wykonawca odpowiada za utrzymanie oświetlenia przez 12 lat i gwarantuje poziom oszczędności.

## Rezultaty

- zużycie energii elektrycznej na oświetlenie spadło o 68%, z ok. 1 050 MWh do 340 MWh rocznie,
- roczne koszty energii i konserwacji zmniejszyły się o ok. 520 000 zł,
- czas usunięcia awarii skrócił się do 48 godzin,
- nowe oświetlenie objęło 38 przejść dla pieszych, na których od czasu modernizacji nie doszło do żadnego wypadku.

## Finansowanie

Koszt inwestycji wyniósł ok. 7,4 mln zł. Część środków pochodziła z pożyczki z Narodowego Funduszu Ochrony Środowiska i Gospodarki Wodnej w ramach programu wspierającego efektywne oświetlenie, a pozostała część jest spłacana partnerowi prywatnemu z uzyskanych oszczędności.

## Wnioski i rekomendacje

Inwentaryzacja i uporządkowanie kwestii własności infrastruktury zajmuje dużo czasu i warto zacząć od niej jak najwcześniej. System sterowania zwiększa oszczędności, ale jego ustawienia należy konsultować z policją i mieszkańcami, aby nie obniżyć poziomu bezpieczeństwa.`,
    categories: ["efektywnosc-energetyczna", "uslugi-techniczne"],
    enteredOn: "2019-07-08",
    revisedOn: "2021-11-30",
    unitType: UnitType.GMINA_WIEJSKA,
    locality: "Dobrzeń Wielki",
    voivodeship: Voivodeship.OPOLSKIE,
    postalCode: "46-081",
    postOffice: "Dobrzeń Wielki",
    implementingUnit: "Urząd Gminy Dobrzeń Wielki",
    street: "ul. Namysłowska 44",
    website: "https://www.dobrzenwielki.example.pl",
    population: 14_700,
    contacts: [
      { name: "Henryk Kupka", role: "kierownik Referatu Gospodarki Komunalnej", phone: "77 469 50 72", email: "h.kupka@dobrzenwielki.example.pl" },
    ],
  },
  {
    title: "Sądecki program wymiany pieców i punkt doradztwa energetycznego dla mieszkańców",
    summary:
      "Miasto Nowy Sącz łączy dotacje do wymiany kotłów na paliwo stałe z bezpłatnym doradztwem energetycznym i pomocą w wypełnianiu wniosków. Mieszkańcy mogą w jednym miejscu dowiedzieć się, jak ocieplić dom, jakie źródło ciepła wybrać i z jakich programów skorzystać.",
    body: `## Cel praktyki

Nowy Sącz, położony w kotlinie, należy do miast o najgorszej jakości powietrza w Polsce w sezonie grzewczym. Głównym źródłem zanieczyszczeń są przestarzałe piece węglowe w domach jednorodzinnych. Wielu mieszkańców – zwłaszcza starszych – nie wiedziało, jak skorzystać z dostępnych programów dotacyjnych, a procedury wydawały się zbyt skomplikowane. Celem praktyki jest przyspieszenie wymiany źródeł ciepła i poprawa jakości powietrza.

## Opis działań

Urząd Miasta uruchomił punkt doradztwa energetycznego, w którym pracują ekodoradcy. Program obejmuje:

- bezpłatne konsultacje w punkcie, telefonicznie i w domu mieszkańca – doradca ocenia stan budynku i proponuje optymalny zakres prac,
- pomoc w przygotowaniu wniosków do miejskiego programu dotacji oraz do rządowego programu „Czyste Powietrze”,
- miejskie dotacje do wymiany kotła na pompę ciepła, kocioł gazowy lub przyłączenie do sieci ciepłowniczej, z wyższą stawką dla osób o niskich dochodach,
- osłonę dla najuboższych – dopłaty do rachunków za ogrzewanie w pierwszych sezonach po wymianie, realizowane przez ośrodek pomocy społecznej,
- kontrole palenisk prowadzone przez straż miejską, połączone z informacją o możliwości uzyskania wsparcia,
- kampanię edukacyjną w szkołach, parafiach i na osiedlach.

Miasto prowadzi publiczną mapę czujników jakości powietrza, dzięki której mieszkańcy mogą obserwować efekty zmian.

## Rezultaty

- w ciągu trzech lat wymieniono ok. 2 300 kotłów na paliwo stałe,
- ekodoradcy udzielili ponad 9 000 porad,
- liczba dni z przekroczeniem dobowego poziomu dopuszczalnego pyłu PM10 zmniejszyła się o ok. 40%,
- ponad 600 wniosków do programu „Czyste Powietrze” złożono przy pomocy punktu.

## Finansowanie

Miejski program dotacji finansowany jest z budżetu miasta i pożyczki z Wojewódzkiego Funduszu Ochrony Środowiska i Gospodarki Wodnej w Krakowie. Wynagrodzenia ekodoradców pokrywane są w ramach regionalnego projektu zintegrowanego dotyczącego ochrony powietrza.

## Wnioski i rekomendacje

Sama dotacja nie wystarcza – mieszkańcy potrzebują osobistego wsparcia na każdym etapie, od decyzji po rozliczenie. Połączenie doradztwa, dotacji i osłony socjalnej pozwala dotrzeć także do osób ubogich energetycznie, które same nie podjęłyby inwestycji.`,
    categories: ["efektywnosc-energetyczna", "ochrona-zdrowia"],
    enteredOn: "2020-01-27",
    revisedOn: "2023-03-06",
    unitType: UnitType.POWIAT_GRODZKI,
    locality: "Nowy Sącz",
    voivodeship: Voivodeship.MALOPOLSKIE,
    postalCode: "33-300",
    postOffice: "Nowy Sącz",
    implementingUnit: "Urząd Miasta Nowego Sącza – Wydział Ochrony Środowiska i Rolnictwa",
    street: "Rynek 1",
    website: "https://www.czystepowietrze.nowysacz.example.pl",
    population: 83_800,
    contacts: [
      { name: "Kinga Słaby", role: "ekodoradczyni, koordynatorka punktu doradztwa", phone: "18 443 53 90", email: "k.slaby@nowysacz.example.pl" },
    ],
  },
  {
    title: "Kogeneracja i magazyn ciepła w miejskiej sieci ciepłowniczej Kołobrzegu",
    summary:
      "Miejskie Przedsiębiorstwo Energetyki Cieplnej w Kołobrzegu zmodernizowało źródła ciepła, budując blok kogeneracyjny, kolektory słoneczne i magazyn ciepła. Sieć ciepłownicza stała się efektywna energetycznie, a mieszkańcy odczuli stabilizację cen ogrzewania.",
    body: `## Cel praktyki

Kołobrzeg jest uzdrowiskiem, w którym szczególnie ważna jest czystość powietrza. Miejska ciepłownia opierała się na starych kotłach węglowych, a w sezonie letnim – gdy ciepło potrzebne jest tylko do podgrzewania wody w hotelach i sanatoriach – pracowała z niską sprawnością. Rosnące ceny uprawnień do emisji dwutlenku węgla zagrażały też wzrostem cen ciepła. Celem praktyki było przekształcenie systemu w efektywny energetycznie, niskoemisyjny system ciepłowniczy.

## Opis działań

Spółka komunalna, której właścicielem jest gmina miasto Kołobrzeg, zrealizowała program inwestycyjny obejmujący:

- budowę bloku kogeneracyjnego zasilanego gazem ziemnym, wytwarzającego jednocześnie ciepło i energię elektryczną,
- instalację pola kolektorów słonecznych o powierzchni ok. 6 000 m², które latem pokrywają znaczną część zapotrzebowania na ciepłą wodę,
- budowę zbiornika – magazynu ciepła, który pozwala gromadzić nadwyżki ciepła i oddawać je w godzinach szczytu,
- wymianę najstarszych odcinków sieci na rury preizolowane i modernizację węzłów cieplnych u odbiorców,
- wdrożenie systemu zdalnego nadzoru nad pracą sieci i węzłów.

Równolegle spółka prowadzi program przyłączania budynków ogrzewanych indywidualnymi piecami węglowymi, oferując bezpłatne przyłącze i pomoc w uzyskaniu dotacji.

## Rezultaty

- system spełnia kryteria efektywnego energetycznie systemu ciepłowniczego,
- emisja dwutlenku węgla zmniejszyła się o ok. 38%, a emisja pyłów o ponad 90%,
- straty ciepła w sieci przesyłowej spadły z 17% do 11%,
- do sieci przyłączono 64 nowe budynki, w tym kamienice w centrum miasta.

## Finansowanie

Łączny koszt inwestycji wyniósł ok. 86 mln zł. Projekt sfinansowano z dotacji w ramach Programu Operacyjnego Infrastruktura i Środowisko 2014–2020, pożyczki z Narodowego Funduszu Ochrony Środowiska i Gospodarki Wodnej oraz ze środków własnych spółki.

## Wnioski i rekomendacje

Łączenie różnych źródeł ciepła z magazynem energii daje elastyczność i odporność na wahania cen paliw. Miejskie przedsiębiorstwo może być ważnym narzędziem polityki energetycznej gminy, jeśli ma jasno określone cele i wsparcie właściciela.`,
    categories: ["efektywnosc-energetyczna", "uslugi-techniczne"],
    enteredOn: "2022-04-04",
    revisedOn: "2025-01-20",
    unitType: UnitType.INNA,
    locality: "Kołobrzeg",
    voivodeship: Voivodeship.ZACHODNIOPOMORSKIE,
    postalCode: "78-100",
    postOffice: "Kołobrzeg",
    implementingUnit: "Miejskie Przedsiębiorstwo Energetyki Cieplnej Sp. z o.o. w Kołobrzegu",
    street: "ul. Koszalińska 82",
    website: "https://www.mpec-kolobrzeg.example.pl",
    population: 44_900,
    contacts: [
      { name: "Mariusz Dąbrowski", role: "prezes zarządu spółki", phone: "94 355 14 80", email: "m.dabrowski@mpec-kolobrzeg.example.pl" },
      { name: "Paulina Kozłowska", role: "kierowniczka Działu Rozwoju", phone: "94 355 14 86", email: "p.kozlowska@mpec-kolobrzeg.example.pl" },
    ],
  },

  // ── Współpraca JST–NGO ───────────────────────────────────────────────────────────────────
  {
    title: "Lubelski Inkubator Organizacji Pozarządowych",
    summary:
      "Miasto Lublin prowadzi inkubator, który pomaga mieszkańcom zakładać organizacje pozarządowe i wspiera młode stowarzyszenia i fundacje w pierwszych latach działalności. Organizacje mogą korzystać z bezpłatnych sal, doradztwa prawnego i księgowego oraz szkoleń.",
    body: `## Cel praktyki

W Lublinie działa kilka tysięcy organizacji pozarządowych, ale wiele z nich to małe stowarzyszenia bez biura, stałych pracowników i doświadczenia w pozyskiwaniu środków. Nowe organizacje często upadały w ciągu pierwszych dwóch lat. Celem praktyki jest wzmocnienie sektora pozarządowego, tak aby mógł być partnerem miasta w realizacji zadań publicznych.

## Opis działań

Inkubator działa w budynku udostępnionym przez miasto, a jego prowadzenie powierzono w konkursie ofert doświadczonej organizacji. Oferta obejmuje:

- **przestrzeń** – sale spotkań i szkoleń, stanowiska pracy z dostępem do internetu, możliwość rejestracji siedziby i skrytki pocztowej,
- **doradztwo** – bezpłatne porady prawne, księgowe, z zakresu pozyskiwania funduszy i rozliczania dotacji,
- **szkolenia** – cykl „Akademia NGO” dla osób zakładających organizacje i dla liderów małych stowarzyszeń,
- **mentoring** – doświadczeni działacze wspierają nowe organizacje w pierwszym roku działalności,
- **sieciowanie** – spotkania branżowe, targi organizacji i wspólne projekty partnerskie.

Urząd Miasta przygotowuje przy tym uproszczone procedury konkursowe i organizuje spotkania informacyjne przed ogłoszeniem każdego konkursu dotacyjnego.

## Rezultaty

- w ciągu trzech lat z inkubatora skorzystało ok. 520 organizacji i grup nieformalnych,
- powstały 74 nowe stowarzyszenia i fundacje, z których 80% działa nadal,
- udzielono ponad 3 000 porad prawnych i księgowych,
- udział małych organizacji wśród beneficjentów miejskich konkursów wzrósł z 18% do 33%.

## Jak korzystać z inkubatora

Z oferty mogą korzystać zarówno zarejestrowane organizacje, jak i grupy mieszkańców, które dopiero myślą o założeniu stowarzyszenia. Wystarczy zarezerwować salę lub konsultację przez formularz internetowy albo telefonicznie. Inkubator jest czynny od poniedziałku do soboty do godz. 21.00, a wszystkie usługi są bezpłatne. Organizacje korzystające z inkubatora dłużej podpisują umowę partnerską, która określa zakres wsparcia, i zobowiązują się dzielić swoimi doświadczeniami z nowymi grupami.

## Finansowanie

Działalność inkubatora finansowana jest z budżetu miasta w ramach wieloletniej umowy z operatorem – ok. 650 000 zł rocznie. Część szkoleń współfinansowano z Europejskiego Funduszu Społecznego.

## Wnioski i rekomendacje

Inkubator najlepiej prowadzić w partnerstwie z organizacjami, które znają potrzeby sektora – urząd nie jest naturalnym doradcą dla stowarzyszeń, z którymi zawiera umowy. Ważne jest też, aby wsparcie było dostępne w godzinach popołudniowych i wieczornych, bo większość działaczy pracuje społecznie.`,
    categories: ["wspolpraca-jst-ngo", "rozwoj-instytucjonalny"],
    enteredOn: "2014-11-03",
    revisedOn: "2017-02-27",
    unitType: UnitType.POWIAT_GRODZKI,
    locality: "Lublin",
    voivodeship: Voivodeship.LUBELSKIE,
    postalCode: "20-109",
    postOffice: "Lublin",
    implementingUnit: "Urząd Miasta Lublin – Biuro Partycypacji Społecznej",
    street: "pl. Króla Władysława Łokietka 1",
    website: "https://www.inkubator-ngo.lublin.example.pl",
    population: 341_700,
    contacts: [
      { name: "Małgorzata Kozak", role: "kierowniczka Biura Partycypacji Społecznej", phone: "81 466 15 00", email: "m.kozak@lublin.example.pl" },
      { name: "Jakub Wawrzyniak", role: "koordynator inkubatora", phone: "81 532 40 17", email: "j.wawrzyniak@inkubator-ngo.lublin.example.pl" },
    ],
  },
  {
    title: "Partnerstwo lokalne na rzecz zatrudnienia osób bezrobotnych w powiecie gryfińskim",
    summary:
      "Powiatowy Urząd Pracy w Gryfinie zawiązał partnerstwo z organizacjami pozarządowymi, ośrodkami pomocy społecznej i pracodawcami, aby skuteczniej pomagać osobom bezrobotnym z terenów wiejskich. Organizacje w ramach konkursu grantowego prowadzą zajęcia aktywizacyjne w swoich miejscowościach.",
    body: `## Cel praktyki

Powiat gryfiński ma rozległe obszary wiejskie, w tym wiele miejscowości popegeerowskich, w których bezrobocie było wyraźnie wyższe niż w miastach powiatu. Osoby bezrobotne z tych wsi rzadko korzystały z oferty urzędu pracy – dojazd do Gryfina był trudny i kosztowny, a wiele osób nie wierzyło, że może coś zmienić. Celem praktyki było dotarcie z ofertą aktywizacji bezpośrednio do mieszkańców wsi, przy wykorzystaniu potencjału lokalnych organizacji.

## Opis działań

Starostwo i Powiatowy Urząd Pracy podpisały porozumienie partnerskie z dziewięcioma gminami powiatu, ośrodkami pomocy społecznej, organizacjami pozarządowymi i organizacją pracodawców. W ramach partnerstwa:

- PUP ogłosił konkurs grantowy dla organizacji pozarządowych na prowadzenie lokalnych punktów aktywizacji w świetlicach wiejskich,
- organizacje prowadzą w punktach spotkania informacyjne, warsztaty motywacyjne, kluby pracy i zajęcia komputerowe,
- doradcy zawodowi i pośrednicy pracy z PUP pełnią w punktach dyżury według stałego harmonogramu,
- ośrodki pomocy społecznej wskazują osoby, które mogą skorzystać ze wsparcia, i prowadzą z nimi pracę socjalną,
- pracodawcy zgłaszają oferty pracy i staży oraz uczestniczą w lokalnych targach pracy.

Uczestnicy punktów mogą następnie skorzystać z instrumentów rynku pracy: szkoleń, staży, prac interwencyjnych i dotacji na rozpoczęcie działalności gospodarczej.

## Rezultaty

- uruchomiono 14 punktów aktywizacji w świetlicach i remizach,
- ze wsparcia skorzystało ok. 1 100 osób bezrobotnych, w tym 640 kobiet,
- 310 osób podjęło zatrudnienie lub działalność gospodarczą w ciągu roku od udziału w zajęciach,
- w organizacjach prowadzących punkty zatrudniono lokalnych animatorów, w tym osoby wcześniej bezrobotne.

## Finansowanie

Granty dla organizacji i działania partnerstwa finansowano ze środków Europejskiego Funduszu Społecznego w ramach Programu Operacyjnego Kapitał Ludzki. Instrumenty rynku pracy finansowane były z Funduszu Pracy.

## Wnioski i rekomendacje

Lokalne organizacje znają mieszkańców i cieszą się ich zaufaniem, czego urzędowi trudno osiągnąć. Konkurs grantowy z prostymi zasadami pozwolił zaangażować także małe stowarzyszenia wiejskie. Partnerstwo wymaga jednak stałej koordynacji i regularnych spotkań wszystkich partnerów.`,
    categories: ["wspolpraca-jst-ngo", "pomoc-spoleczna"],
    enteredOn: "2009-06-15",
    revisedOn: "2012-01-23",
    unitType: UnitType.POWIAT,
    locality: "Gryfino",
    voivodeship: Voivodeship.ZACHODNIOPOMORSKIE,
    postalCode: "74-100",
    postOffice: "Gryfino",
    implementingUnit: "Powiatowy Urząd Pracy w Gryfinie",
    street: "ul. Łużycka 71",
    website: "https://www.pup-gryfino.example.pl",
    population: 83_200,
    contacts: [
      { name: "Grażyna Pietrzak", role: "dyrektorka Powiatowego Urzędu Pracy", phone: "91 416 20 31", email: "g.pietrzak@pup-gryfino.example.pl" },
      { name: "Leszek Mroczek", role: "koordynator partnerstwa", phone: "91 416 20 44", email: "l.mroczek@pup-gryfino.example.pl" },
    ],
    attachments: [{ title: "Regulamin konkursu grantowego dla organizacji", file: "regulamin-programu.docx" }],
  },
  {
    title: "Rada Działalności Pożytku Publicznego i wieloletni program współpracy z organizacjami w Malborku",
    summary:
      "Miasto Malbork powołało Radę Działalności Pożytku Publicznego i wspólnie z organizacjami pozarządowymi przygotowało wieloletni program współpracy. Organizacje współdecydują o priorytetach konkursów dotacyjnych i uczestniczą w ocenie ofert.",
    body: `## Cel praktyki

Współpraca miasta z organizacjami pozarządowymi ograniczała się do corocznego konkursu dotacyjnego, którego priorytety ustalał urząd. Organizacje nie miały wpływu na zasady współpracy, a wyniki konkursów budziły czasem wątpliwości. Celem praktyki było stworzenie stałego forum dialogu i partnerskich zasad współpracy, opartych na przejrzystości i długofalowym planowaniu.

## Opis działań

W 2011 roku Burmistrz Miasta Malborka powołał Radę Działalności Pożytku Publicznego, złożoną z przedstawicieli organizacji, radnych i urzędu. Następnie:

- Rada wspólnie z organizacjami przygotowała wieloletni program współpracy na lata 2012–2015, określający cele, formy współpracy i priorytetowe obszary,
- program był konsultowany na otwartych spotkaniach i przez formularz internetowy,
- wprowadzono dwuletnie i trzyletnie umowy dotacyjne dla zadań o charakterze ciągłym, takich jak prowadzenie świetlic czy zajęć sportowych,
- w komisjach oceniających oferty zasiadają przedstawiciele organizacji niebiorących udziału w danym konkursie,
- urząd publikuje wyniki konkursów wraz z kartami oceny ofert,
- raz w roku odbywa się Malborskie Forum Organizacji Pozarządowych, na którym omawiane są efekty współpracy.

Rada opiniuje również projekty uchwał i strategii dotyczących sfery pożytku publicznego, m.in. programu profilaktyki uzależnień i strategii rozwiązywania problemów społecznych.

## Rezultaty

- liczba organizacji składających oferty w konkursach wzrosła z 22 do 37,
- wartość zadań zleconych organizacjom zwiększyła się o ok. 40%,
- liczba protestów dotyczących wyników konkursów spadła do zera,
- wieloletnie umowy pozwoliły organizacjom zatrudnić stałych pracowników i planować działania.

## Finansowanie

Działania są finansowane z budżetu miasta w ramach środków przeznaczonych na realizację zadań publicznych przez organizacje pozarządowe. Funkcjonowanie Rady nie generuje dodatkowych kosztów – jej członkowie pracują społecznie.

## Wnioski i rekomendacje

Rada Działalności Pożytku Publicznego ma sens tylko wtedy, gdy władze miasta traktują jej opinie poważnie i informują o sposobie ich uwzględnienia. Przejrzystość ocen i wieloletnie umowy budują zaufanie i pozwalają organizacjom rozwijać się.`,
    categories: ["wspolpraca-jst-ngo", "dialog-spoleczny"],
    enteredOn: "2012-03-19",
    revisedOn: "2015-05-04",
    unitType: UnitType.GMINA_MIEJSKA,
    locality: "Malbork",
    voivodeship: Voivodeship.POMORSKIE,
    postalCode: "82-200",
    postOffice: "Malbork",
    implementingUnit: "Urząd Miasta Malborka",
    street: "ul. Piłsudskiego 4",
    website: "https://www.malbork.example.pl",
    population: 39_200,
    contacts: [
      { name: "Teresa Grabowska", role: "pełnomocniczka burmistrza ds. współpracy z organizacjami pozarządowymi", phone: "55 629 04 55", email: "t.grabowska@malbork.example.pl" },
    ],
  },
  {
    title: "Fundusz wkładów własnych dla dolnośląskich organizacji pozarządowych",
    summary:
      "Samorząd Województwa Dolnośląskiego uruchomił fundusz, z którego organizacje pozarządowe mogą otrzymać dofinansowanie wkładu własnego wymaganego w projektach finansowanych ze źródeł zewnętrznych. Dzięki temu małe organizacje mogą sięgać po środki krajowe i europejskie, na które wcześniej nie było ich stać.",
    body: `## Cel praktyki

Wiele programów krajowych i europejskich wymaga od wnioskodawców wkładu własnego, często w wysokości od 10% do 20% wartości projektu. Dla małych organizacji pozarządowych, które nie mają stałych dochodów, była to bariera nie do pokonania – rezygnowały z ubiegania się o środki albo zaciągały prywatne pożyczki. Celem funduszu jest zwiększenie ilości środków zewnętrznych pozyskiwanych do regionu przez organizacje i wzmocnienie ich potencjału.

## Opis działań

Fundusz prowadzi Urząd Marszałkowski na podstawie regulaminu przyjętego przez zarząd województwa po konsultacjach z organizacjami i Wojewódzką Radą Działalności Pożytku Publicznego. Zasady działania:

- o dofinansowanie mogą się ubiegać organizacje z siedzibą w województwie, realizujące projekty na rzecz mieszkańców regionu,
- wsparcie wynosi do 80% wymaganego wkładu własnego, maksymalnie 30 000 zł na projekt,
- wnioski przyjmowane są w trybie ciągłym, co pozwala dopasować się do terminów różnych programów,
- organizacja może złożyć wniosek wstępny jeszcze przed otrzymaniem decyzji o przyznaniu dotacji zewnętrznej, a ostateczne przyznanie środków następuje po jej uzyskaniu,
- w urzędzie działa punkt konsultacyjny, który pomaga w przygotowaniu wniosków.

Fundusz ma formę otwartego konkursu ofert, co zapewnia zgodność z przepisami ustawy o działalności pożytku publicznego i o wolontariacie.

## Rezultaty

- w ciągu trzech lat dofinansowano wkład własny w 286 projektach,
- organizacje pozyskały dzięki temu ok. 21 mln zł ze źródeł zewnętrznych – każda złotówka z funduszu przyniosła średnio ok. 8 zł,
- ponad połowa beneficjentów po raz pierwszy realizowała projekt finansowany ze środków europejskich,
- fundusz wspierał projekty z zakresu kultury, pomocy społecznej, ekologii, sportu i edukacji.

## Finansowanie

Fundusz finansowany jest z budżetu województwa – ok. 1 mln zł rocznie. Koszty obsługi są niewielkie, ponieważ zadanie realizują pracownicy wydziału odpowiedzialnego za współpracę z organizacjami.

## Wnioski i rekomendacje

Fundusz wkładów własnych to stosunkowo tanie narzędzie o dużym efekcie dźwigni finansowej. Kluczowa jest elastyczność – nabór ciągły i możliwość złożenia wniosku wstępnego. Podobne rozwiązania mogą wprowadzić również duże miasta i powiaty.`,
    categories: ["wspolpraca-jst-ngo"],
    enteredOn: "2016-10-10",
    revisedOn: "2019-12-16",
    unitType: UnitType.SAMORZAD_WOJEWODZTWA,
    locality: "Wrocław",
    voivodeship: Voivodeship.DOLNOSLASKIE,
    postalCode: "50-411",
    postOffice: "Wrocław",
    implementingUnit: "Urząd Marszałkowski Województwa Dolnośląskiego – Wydział Współpracy z Organizacjami Pozarządowymi",
    street: "ul. Wybrzeże Juliusza Słowackiego 12–14",
    website: "https://www.ngo.dolnyslask.example.pl",
    population: 2_903_000,
    contacts: [
      { name: "Dariusz Piątek", role: "kierownik Działu Wspierania Organizacji", phone: "71 776 92 14", email: "d.piatek@dolnyslask.example.pl" },
      { name: "Olga Lis", role: "specjalistka ds. funduszu wkładów własnych", phone: "71 776 92 19", email: "o.lis@dolnyslask.example.pl" },
    ],
    attachments: [{ title: "Regulamin funduszu wkładów własnych", file: "regulamin-programu.docx" }],
  },

  // ── Współpraca między JST ────────────────────────────────────────────────────────────────
  {
    title: "Wspólna marka turystyczna i sieć informacji turystycznej gmin Ziemi Kłodzkiej",
    summary:
      "Gminy Ziemi Kłodzkiej w ramach związku gmin wspólnie promują region pod jedną marką turystyczną, prowadzą sieć punktów informacji turystycznej i wspólny kalendarz wydarzeń. Wspólne działania są tańsze i skuteczniejsze niż promocja prowadzona przez każdą gminę osobno.",
    body: `## Cel praktyki

Ziemia Kłodzka to jeden z najciekawszych turystycznie regionów Polski – z uzdrowiskami, górami, twierdzami i zabytkami. Każda z gmin promowała się jednak samodzielnie, wydając własne foldery i uczestnicząc osobno w targach. Turyści nie myślą kategoriami granic administracyjnych, a rozproszona promocja była mało widoczna. Celem praktyki jest zbudowanie rozpoznawalnej marki regionu i wydłużenie pobytów turystów.

## Opis działań

Związek Gmin Ziemi Kłodzkiej koordynuje wspólne działania gmin członkowskich:

- opracowanie marki turystycznej regionu z logo, hasłem i systemem identyfikacji wizualnej stosowanym przez wszystkie gminy,
- wspólny portal turystyczny i aplikacja mobilna z opisem atrakcji, tras i bazy noclegowej,
- sieć 16 punktów informacji turystycznej działających według wspólnych standardów obsługi, z wymianą materiałów i informacji,
- wspólny kalendarz wydarzeń kulturalnych i sportowych, który pozwala unikać kolizji terminów najważniejszych imprez,
- wspólne stoisko na targach turystycznych w kraju i za granicą, zwłaszcza w Czechach i Niemczech,
- karta turystyczna uprawniająca do zniżek w kilkudziesięciu obiektach w całym regionie.

Koszty działań dzielone są proporcjonalnie do liczby mieszkańców i liczby udzielonych noclegów w poszczególnych gminach.

## Rezultaty

- liczba udzielonych noclegów w regionie wzrosła w ciągu trzech lat o 24%,
- portal turystyczny odwiedza ok. 600 000 użytkowników rocznie,
- w programie karty turystycznej uczestniczy 74 partnerów, w tym muzea, baseny i restauracje,
- gminy zaoszczędziły na promocji, rezygnując z dublujących się wydawnictw.

## Zasady współpracy w związku

Każda gmina członkowska deleguje do zgromadzenia związku swojego przedstawiciela, a bieżącą pracę koordynuje kilkuosobowe biuro. Plan działań promocyjnych przyjmowany jest co roku na podstawie propozycji zgłaszanych przez gminy i branżę turystyczną. Do współpracy zaproszono także lokalne organizacje turystyczne, właścicieli obiektów noclegowych i uzdrowiska. Dzięki temu promocja regionu opiera się na ofercie, którą turyści rzeczywiście znajdą na miejscu.

## Finansowanie

Działania finansowane są ze składek gmin członkowskich oraz ze środków programów współpracy transgranicznej Polska–Czechy. Portal i aplikację współfinansowano z Regionalnego Programu Operacyjnego Województwa Dolnośląskiego.

## Wnioski i rekomendacje

Wspólna marka wymaga kompromisów – gminy muszą zaakceptować, że w promocji liczy się region, a nie pojedyncza miejscowość. Stałe biuro związku i jasne zasady finansowania sprawiają, że współpraca nie zależy od bieżącej sytuacji politycznej w gminach.`,
    categories: ["wspolpraca-miedzy-jst", "kultura"],
    enteredOn: "2011-08-29",
    revisedOn: "2015-06-08",
    unitType: UnitType.ZWIAZEK_JST,
    locality: "Kłodzko",
    voivodeship: Voivodeship.DOLNOSLASKIE,
    postalCode: "57-300",
    postOffice: "Kłodzko",
    implementingUnit: "Związek Gmin Ziemi Kłodzkiej",
    street: "ul. Wojska Polskiego 2",
    website: "https://www.ziemiaklodzka-zwiazek.example.pl",
    population: 162_000,
    contacts: [
      { name: "Ryszard Białek", role: "dyrektor biura związku", phone: "74 865 89 12", email: "r.bialek@ziemiaklodzka-zwiazek.example.pl" },
    ],
  },
  {
    title: "Wspólna grupa zakupowa energii elektrycznej gmin regionu płockiego",
    summary:
      "Gminy regionu płockiego w ramach związku międzygminnego wspólnie kupują energię elektryczną i gaz dla swoich budynków, oświetlenia ulicznego i jednostek organizacyjnych. Jeden przetarg i profesjonalne wsparcie pozwoliły uzyskać niższe ceny i zmniejszyć obciążenie urzędów.",
    body: `## Cel praktyki

Po liberalizacji rynku energii gminy mogły wybierać sprzedawcę, ale małe samorządy nie miały specjalistów, którzy potrafiliby przygotować przetarg i porównać oferty. Wiele z nich pozostawało przy dotychczasowym sprzedawcy na taryfie, płacąc wyższe ceny. Celem praktyki było obniżenie kosztów energii dla gmin oraz profesjonalizacja zarządzania zakupem i zużyciem energii.

## Opis działań

Międzygminny Związek Energetyczny Regionu Płockiego pełni rolę zamawiającego w imieniu gmin, które przystąpiły do grupy zakupowej. Działania obejmują:

- inwentaryzację wszystkich punktów poboru energii w gminach i ich jednostkach – szkołach, przedszkolach, ośrodkach kultury, oczyszczalniach i oświetleniu ulicznym,
- przygotowanie i przeprowadzenie wspólnego przetargu na sprzedaż energii elektrycznej, a w kolejnych latach również gazu,
- obsługę zmiany sprzedawcy i weryfikację faktur,
- analizę zużycia energii w budynkach i wskazywanie gminom obiektów o nietypowo wysokim zużyciu,
- optymalizację mocy umownych i grup taryfowych,
- szkolenia dla pracowników gmin z zakresu zarządzania energią.

Każda gmina zachowuje odrębną umowę ze sprzedawcą, ale na warunkach wynegocjowanych wspólnie.

## Rezultaty

- w grupie zakupowej uczestniczy 19 gmin i ok. 1 400 punktów poboru energii,
- w pierwszym przetargu uzyskano ceny niższe średnio o 17% od dotychczasowych,
- łączne oszczędności w pierwszych trzech latach przekroczyły 6 mln zł,
- optymalizacja mocy umownych przyniosła dodatkowo ok. 300 000 zł oszczędności rocznie.

## Organizacja współpracy

Przystąpienie do grupy zakupowej odbywa się na podstawie porozumienia, w którym gmina upoważnia związek do przeprowadzenia postępowania w jej imieniu. Gminy przekazują dane o punktach poboru według jednolitego wzoru, a biuro związku sprawdza ich kompletność i zgodność z danymi operatora systemu dystrybucyjnego. Przed każdym przetargiem przedstawiciele gmin spotykają się, aby ustalić okres zamówienia, rodzaj umowy i sposób ustalania ceny. Gminy, które tego chcą, mogą kupować energię pochodzącą ze źródeł odnawialnych.

## Finansowanie

Koszty działania grupy pokrywane są ze składek gmin, proporcjonalnych do wolumenu kupowanej energii. Składki stanowią niewielki ułamek uzyskanych oszczędności.

## Wnioski i rekomendacje

Wspólny zakup energii to prosty sposób na oszczędności, zwłaszcza dla małych gmin. Dodatkową korzyścią okazała się wiedza o zużyciu energii, która pozwala planować termomodernizację i inne inwestycje. Ważne jest staranne przygotowanie danych o punktach poboru, bo błędy na tym etapie utrudniają realizację umów.`,
    categories: ["wspolpraca-miedzy-jst", "efektywnosc-energetyczna"],
    enteredOn: "2014-10-27",
    revisedOn: "2018-02-05",
    unitType: UnitType.ZWIAZEK_JST,
    locality: "Płock",
    voivodeship: Voivodeship.MAZOWIECKIE,
    postalCode: "09-400",
    postOffice: "Płock",
    implementingUnit: "Międzygminny Związek Energetyczny Regionu Płockiego",
    street: "ul. Kolegialna 15",
    website: "https://www.mze-plock.example.pl",
    population: 214_000,
    contacts: [
      { name: "Waldemar Kurowski", role: "dyrektor biura związku", phone: "24 367 15 40", email: "w.kurowski@mze-plock.example.pl" },
      { name: "Justyna Olszewska", role: "specjalistka ds. zamówień publicznych", phone: "24 367 15 43", email: "j.olszewska@mze-plock.example.pl" },
    ],
    attachments: [{ title: "Prezentacja wyników grupy zakupowej", file: "prezentacja-wynikow.pdf" }],
  },
  {
    title: "Transgraniczna współpraca Głuchołaz i czeskiego miasta Zlaté Hory – wspólna oferta kulturalna i sportowa",
    summary:
      "Gmina Głuchołazy i czeskie miasto Zlaté Hory od lat realizują wspólne przedsięwzięcia: festiwale, zawody sportowe, transgraniczne szlaki turystyczne i wymianę młodzieży. Współpraca opiera się na umowie partnerskiej i wspólnym zespole koordynacyjnym.",
    body: `## Cel praktyki

Głuchołazy i Zlaté Hory leżą kilka kilometrów od siebie, po obu stronach granicy polsko-czeskiej, i przez dziesięciolecia były od siebie odcięte. Po wejściu obu państw do strefy Schengen mieszkańcy zaczęli swobodnie się odwiedzać, ale brakowało wspólnej oferty i wiedzy o sąsiadach. Celem praktyki jest budowanie więzi między mieszkańcami obu miast, wspólny rozwój turystyki i lepsze wykorzystanie infrastruktury po obu stronach granicy.

## Opis działań

Współpracę koordynuje polsko-czeski zespół złożony z pracowników urzędów i instytucji kultury obu miast. Najważniejsze działania:

- **wspólne wydarzenia** – festiwal kultury pogranicza, jarmark bożonarodzeniowy odbywający się na zmianę w obu miastach, koncerty i wystawy,
- **sport** – transgraniczny bieg górski, turnieje piłkarskie i siatkarskie drużyn młodzieżowych, wspólne zawody narciarskie,
- **turystyka** – oznakowane szlaki piesze i rowerowe przecinające granicę, wspólna mapa i przewodnik w dwóch językach,
- **wymiana młodzieży** – obozy językowe, wspólne lekcje i projekty szkolne,
- **współpraca służb** – wspólne ćwiczenia ochotniczych straży pożarnych i porozumienie o wzajemnej pomocy w razie powodzi.

Miasta wspólnie przygotowują wnioski do programów współpracy transgranicznej, w tym do funduszu mikroprojektów Euroregionu Pradziad.

## Rezultaty

- w ciągu czterech lat zrealizowano 23 wspólne mikroprojekty,
- w wydarzeniach transgranicznych uczestniczy rocznie ok. 15 000 osób,
- wyznaczono 46 km transgranicznych szlaków turystycznych,
- ponad 400 uczniów wzięło udział w wymianach i wspólnych zajęciach.

## Trudności i sposoby ich pokonania

Na początku współpracy barierą był język i różnice w procedurach obu państw – inne są m.in. zasady zamówień publicznych i rozliczania dotacji. Miasta wspólnie zatrudniły tłumacza i przygotowały dwujęzyczny słowniczek najczęściej używanych pojęć, a wszystkie materiały promocyjne wydawane są w dwóch językach. Okazało się też, że najtrwalsze efekty przynoszą wydarzenia organizowane regularnie, w stałych terminach, na które mieszkańcy obu miast czekają co roku.

## Finansowanie

Większość działań współfinansowana jest z Europejskiego Funduszu Rozwoju Regionalnego w ramach programu współpracy transgranicznej Republika Czeska – Rzeczpospolita Polska, a wkład własny pochodzi z budżetów obu miast.

## Wnioski i rekomendacje

Stały zespół koordynacyjny i regularne spotkania są ważniejsze niż pojedyncze projekty – dzięki nim współpraca trwa także w okresach bez dofinansowania. Warto inwestować w naukę języka sąsiada, zwłaszcza wśród dzieci i młodzieży.`,
    categories: ["wspolpraca-miedzy-jst", "kultura", "sport-i-rekreacja"],
    enteredOn: "2011-11-21",
    revisedOn: "2014-09-15",
    unitType: UnitType.GMINA_MIEJSKO_WIEJSKA,
    locality: "Głuchołazy",
    voivodeship: Voivodeship.OPOLSKIE,
    postalCode: "48-340",
    postOffice: "Głuchołazy",
    implementingUnit: "Urząd Miejski w Głuchołazach",
    street: "ul. Rynek 15",
    website: "https://www.glucholazy.example.pl",
    population: 25_300,
    contacts: [
      { name: "Lucyna Bednarz", role: "inspektorka ds. współpracy zagranicznej", phone: "77 408 09 33", email: "l.bednarz@glucholazy.example.pl" },
    ],
  },
  {
    title: "Powiatowe centrum zarządzania kryzysowego obsługujące wszystkie gminy powiatu mrągowskiego",
    summary:
      "Powiat mrągowski i wszystkie gminy z jego terenu zawarły porozumienie o wspólnym prowadzeniu całodobowego centrum zarządzania kryzysowego. Centrum monitoruje zagrożenia, ostrzega mieszkańców i koordynuje działania służb, także w sezonie turystycznym.",
    body: `## Cel praktyki

Mazury przyciągają latem tysiące turystów, a gwałtowne burze, nawałnice i pożary lasów mogą w krótkim czasie zagrozić wielu osobom. Małe gminy nie były w stanie samodzielnie utrzymywać całodobowej służby dyżurnej, a informacje o zagrożeniach docierały do nich z opóźnieniem. Celem praktyki było stworzenie jednego, profesjonalnego centrum zarządzania kryzysowego dla całego powiatu.

## Opis działań

Na podstawie porozumień międzygminnych zawartych między powiatem a gminami:

- w starostwie utworzono Powiatowe Centrum Zarządzania Kryzysowego, działające całą dobę przez siedem dni w tygodniu,
- gminy współfinansują etaty dyżurnych i korzystają z centrum jako gminnego punktu alarmowania,
- centrum prowadzi wspólny dla wszystkich gmin system powiadamiania mieszkańców SMS-em i przez aplikację mobilną,
- ujednolicono gminne plany zarządzania kryzysowego i bazę danych o siłach i środkach, w tym o sprzęcie ochotniczych straży pożarnych,
- przy centrum działa punkt informacji dla turystów, przekazujący ostrzeżenia do ośrodków wypoczynkowych, przystani i pól namiotowych,
- raz w roku organizowane są wspólne ćwiczenia z udziałem straży pożarnej, policji, WOPR i służb gminnych.

## Rezultaty

- wszystkie gminy powiatu korzystają z jednego centrum, dzięki czemu informacje o zagrożeniach docierają do nich natychmiast,
- w systemie powiadamiania zarejestrowało się ok. 12 000 mieszkańców i turystów,
- podczas nawałnic w sezonie letnim centrum skutecznie koordynowało ewakuację kilku obozowisk,
- koszty utrzymania służby dyżurnej dla każdej gminy są kilkakrotnie niższe niż przy samodzielnej organizacji.

## Przykład działania

Podczas gwałtownej nawałnicy, która przeszła nad powiatem w szczycie sezonu, centrum otrzymało ostrzeżenie meteorologiczne z kilkugodzinnym wyprzedzeniem. Dyżurni przekazali je do wszystkich gmin, ośrodków wypoczynkowych i organizatorów obozów harcerskich, a mieszkańcy i turyści otrzymali komunikaty SMS. Przy wsparciu ochotniczych straży pożarnych z kilku gmin w ciągu godziny ewakuowano ponad 300 osób z pól namiotowych. Po przejściu burzy centrum koordynowało usuwanie powalonych drzew i przywracanie przejezdności dróg.

## Finansowanie

Wyposażenie centrum sfinansowano z budżetu powiatu i dotacji wojewody. Bieżące koszty dzielone są między powiat i gminy według ustalonego w porozumieniu klucza, uwzględniającego liczbę mieszkańców i liczbę miejsc noclegowych.

## Wnioski i rekomendacje

Wspólne centrum to przykład zadania, które znacznie lepiej realizować razem. Podstawą jest porozumienie precyzyjnie określające obowiązki stron i zasady finansowania oraz regularne ćwiczenia, które budują zaufanie między służbami.`,
    categories: ["wspolpraca-miedzy-jst", "rozwoj-instytucjonalny"],
    enteredOn: "2012-08-06",
    revisedOn: "2016-05-23",
    unitType: UnitType.POWIAT,
    locality: "Mrągowo",
    voivodeship: Voivodeship.WARMINSKO_MAZURSKIE,
    postalCode: "11-700",
    postOffice: "Mrągowo",
    implementingUnit: "Starostwo Powiatowe w Mrągowie",
    street: "ul. Królewiecka 60A",
    website: "https://www.powiat-mragowo.example.pl",
    population: 48_900,
    contacts: [
      { name: "Krzysztof Żukowski", role: "kierownik Powiatowego Centrum Zarządzania Kryzysowego", phone: "89 741 29 12", email: "k.zukowski@powiat-mragowo.example.pl" },
    ],
  },
  {
    title: "Regionalne wsparcie gmin w przygotowaniu programów rewitalizacji",
    summary:
      "Samorząd Województwa Kujawsko-Pomorskiego prowadzi program wsparcia gmin w przygotowaniu i wdrażaniu gminnych programów rewitalizacji. Gminy otrzymują dotacje na dokumentację, szkolenia i doradztwo, a doświadczeniami dzielą się w regionalnej sieci.",
    body: `## Cel praktyki

Po wejściu w życie ustawy o rewitalizacji gminy stanęły przed zadaniem przygotowania nowych programów rewitalizacji, obejmujących delimitację obszaru zdegradowanego, szerokie konsultacje i plan działań społecznych, gospodarczych i przestrzennych. Szczególnie małe gminy nie miały kadr ani doświadczenia, a od jakości programów zależał dostęp do środków regionalnego programu operacyjnego. Celem praktyki jest podniesienie jakości programów rewitalizacji i przygotowanie gmin do ich skutecznej realizacji.

## Opis działań

Urząd Marszałkowski przygotował kompleksowy program wsparcia:

- **konkurs dotacji** na przygotowanie programów rewitalizacji – wsparcie obejmowało diagnozę, konsultacje społeczne i opracowanie dokumentu,
- **wytyczne regionalne** określające wymagania wobec programów, przygotowane wspólnie z ekspertami i przedstawicielami gmin,
- **szkolenia i warsztaty** dla pracowników urzędów i członków komitetów rewitalizacji,
- **doradztwo** – zespół ekspertów opiniował projekty programów przed ich uchwaleniem i wskazywał elementy do poprawy,
- **regionalna sieć rewitalizacji** – cykliczne spotkania koordynatorów gminnych, wizyty studyjne i baza dobrych przykładów.

Ocena programów prowadzona jest według jawnych kryteriów, a gminy wpisane do wykazu programów rewitalizacji mogą ubiegać się o środki na projekty rewitalizacyjne.

## Rezultaty

- z dotacji na przygotowanie programów skorzystało 98 gmin,
- do wykazu programów rewitalizacji wpisano ponad 120 programów,
- w szkoleniach uczestniczyło ok. 900 osób,
- w programach rewitalizacji wyraźnie wzrósł udział projektów społecznych, m.in. skierowanych do osób bezrobotnych i zagrożonych wykluczeniem.

## Przykład zastosowania

Jedna z małych gmin miejsko-wiejskich wykorzystała dotację na szczegółową diagnozę obszaru zdegradowanego, obejmującego stare miasto i osiedle popegeerowskie. Konsultacje prowadzono w szkole, bibliotece i na targowisku, a mieszkańcy wskazali jako najważniejsze problemy brak miejsc spotkań i pracy dla młodych. W programie rewitalizacji znalazły się nie tylko remont rynku i kamienic, ale też klub młodzieżowy, inkubator dla lokalnych rzemieślników i program aktywizacji osób bezrobotnych.

## Finansowanie

Dotacje na przygotowanie programów finansowano ze środków Programu Operacyjnego Pomoc Techniczna 2014–2020 oraz z budżetu województwa. Koszty sieci i szkoleń pokryto z pomocy technicznej regionalnego programu operacyjnego.

## Wnioski i rekomendacje

Rewitalizacja nie może ograniczać się do remontów – jej istotą jest rozwiązywanie problemów społecznych na obszarze zdegradowanym. Wsparcie na etapie przygotowania programów zwróciło się w postaci lepszych projektów. Sieć wymiany doświadczeń okazała się dla gmin równie cenna jak pieniądze.`,
    categories: ["wspolpraca-miedzy-jst", "rozwoj-instytucjonalny"],
    enteredOn: "2016-09-12",
    revisedOn: "2018-10-22",
    unitType: UnitType.SAMORZAD_WOJEWODZTWA,
    locality: "Toruń",
    voivodeship: Voivodeship.KUJAWSKO_POMORSKIE,
    postalCode: "87-100",
    postOffice: "Toruń",
    implementingUnit: "Urząd Marszałkowski Województwa Kujawsko-Pomorskiego",
    street: "Plac Teatralny 2",
    website: "https://www.rewitalizacja.kujawsko-pomorskie.example.pl",
    population: 2_080_000,
    contacts: [
      { name: "Przemysław Borowski", role: "kierownik Biura ds. Rewitalizacji", phone: "56 621 83 40", email: "p.borowski@kujawsko-pomorskie.example.pl" },
      { name: "Anna Kubiak", role: "główna specjalistka ds. programów rewitalizacji", phone: "56 621 83 47", email: "a.kubiak@kujawsko-pomorskie.example.pl" },
    ],
  },

  // ── Dialog społeczny ─────────────────────────────────────────────────────────────────────
  {
    title: "Konsultacje społeczne rewitalizacji obszarowej centrum Łodzi",
    summary:
      "Przed rozpoczęciem rewitalizacji obszarowej centrum Łodzi miasto przeprowadziło szeroki proces konsultacji z mieszkańcami remontowanych kwartałów. Obejmował on spotkania w podwórkach, dyżury w punkcie konsultacyjnym, spacery badawcze i indywidualne rozmowy z lokatorami kamienic przeznaczonych do remontu.\n\nWnioski z konsultacji zmieniły projekty przebudowy ulic, zasady przeprowadzek i program działań społecznych.",
    body: `## Cel praktyki

Rewitalizacja obszarowa centrum Łodzi to jedno z największych przedsięwzięć tego typu w Polsce – obejmuje kilkadziesiąt kamienic, ulice, podwórka i parki w najstarszej części miasta. Dla mieszkańców oznacza ona nie tylko poprawę warunków życia, ale też przeprowadzki na czas remontu, niepewność i obawy o przyszłość. Celem konsultacji było włączenie mieszkańców w planowanie zmian, uwzględnienie ich potrzeb i zmniejszenie ryzyka konfliktów.

## Opis działań

Konsultacje prowadziło Biuro ds. Rewitalizacji Urzędu Miasta Łodzi wspólnie z organizacjami pozarządowymi i animatorami lokalnymi. Proces obejmował kilka form:

1. **Punkt konsultacyjny** w lokalu na parterze jednej z kamienic – czynny sześć dni w tygodniu, z dyżurami urbanistów, pracowników socjalnych i prawników.
2. **Spotkania podwórkowe** – w każdym kwartale zorganizowano spotkania z mieszkańcami na ich podwórkach, tam, gdzie czują się pewnie.
3. **Spacery badawcze** z udziałem mieszkańców, osób starszych, rodziców z wózkami i osób z niepełnosprawnościami.
4. **Indywidualne rozmowy** z każdym gospodarstwem domowym w kamienicach przeznaczonych do remontu – dotyczące potrzeb mieszkaniowych, preferencji co do lokalu zamiennego i możliwości powrotu.
5. **Warsztaty projektowe** dotyczące zagospodarowania podwórek i ulic, z makietami i wizualizacjami.

Raport z konsultacji wraz z informacją, które uwagi zostały uwzględnione, opublikowano i przedstawiono na otwartym spotkaniu.

## Rezultaty

- w konsultacjach wzięło udział ok. 3 200 osób, a rozmowy indywidualne przeprowadzono z ponad 1 100 gospodarstwami,
- na wniosek mieszkańców zmieniono projekty kilku ulic, m.in. wprowadzając więcej zieleni i miejsc do siedzenia,
- przyjęto zasadę, że mieszkańcy mogą wrócić do wyremontowanych kamienic, jeśli tego chcą,
- program działań społecznych uzupełniono o wsparcie dla osób bezrobotnych i seniorów mieszkających na obszarze rewitalizacji.

## Finansowanie

Konsultacje finansowane były z budżetu miasta oraz ze środków pomocy technicznej na przygotowanie projektów rewitalizacyjnych współfinansowanych z Regionalnego Programu Operacyjnego Województwa Łódzkiego.

## Wnioski i rekomendacje

Rewitalizacja bez mieszkańców staje się jedynie remontem. Konsultacje muszą być prowadzone tam, gdzie ludzie mieszkają, i językiem, który rozumieją. Najtrudniejsze jest dotrzymanie obietnic złożonych w trakcie konsultacji – dlatego warto od początku mówić jasno, na co mieszkańcy mają wpływ, a na co nie.`,
    categories: ["dialog-spoleczny", "wspolpraca-jst-ngo"],
    enteredOn: "2016-02-15",
    revisedOn: "2020-07-13",
    unitType: UnitType.POWIAT_GRODZKI,
    locality: "Łódź",
    voivodeship: Voivodeship.LODZKIE,
    postalCode: "90-447",
    postOffice: "Łódź",
    implementingUnit: "Urząd Miasta Łodzi – Biuro ds. Rewitalizacji",
    street: "ul. Piotrkowska 175",
    website: "https://www.rewitalizacja.uml-lodz.example.pl",
    population: 696_500,
    contacts: [
      { name: "Agnieszka Włodarczyk", role: "koordynatorka konsultacji społecznych", phone: "42 638 59 21", email: "a.wlodarczyk@uml-lodz.example.pl" },
      { name: "Paweł Grzelak", role: "zastępca dyrektora Biura ds. Rewitalizacji", phone: "42 638 59 10", email: "p.grzelak@uml-lodz.example.pl" },
    ],
    attachments: [
      { title: "Harmonogram konsultacji społecznych", file: "harmonogram-projektu.pdf" },
      { title: "Zdjęcie ze spotkania podwórkowego", file: "zdjecie-z-realizacji.png" },
      { title: "Protokół z konsultacji skweru", file: "Protokół z konsultacji.odt" },
    ],
  },
  {
    title: "Budżet obywatelski w gminie wiejskiej – doświadczenia Izabelina",
    summary:
      "Gmina Izabelin co roku przeznacza część wydatków na budżet obywatelski, w którym mieszkańcy zgłaszają projekty i w głosowaniu decydują o ich realizacji. Budżet obywatelski uzupełnia fundusz sołecki i obejmuje projekty ważne dla całej gminy.",
    body: `## Cel praktyki

Budżet obywatelski kojarzy się głównie z dużymi miastami, ale może być z powodzeniem stosowany również w gminach wiejskich. W Izabelinie mieszkańcy – w tym wielu nowych, którzy przeprowadzili się z Warszawy – chcieli mieć większy wpływ na to, jak zmienia się ich otoczenie. Celem praktyki jest zwiększenie zaangażowania mieszkańców w sprawy gminy i lepsze dopasowanie wydatków do ich potrzeb.

## Opis działań

Zasady budżetu obywatelskiego przygotowano wspólnie z mieszkańcami na otwartych warsztatach, a następnie przyjęto uchwałą rady gminy. Każda edycja przebiega według stałego harmonogramu:

1. **Spotkania informacyjne** w każdym sołectwie i dyżury urzędników pomagających przygotować projekty.
2. **Zgłaszanie projektów** – projekt może zgłosić każdy mieszkaniec, z poparciem co najmniej 15 osób.
3. **Weryfikacja** – urząd sprawdza wykonalność i koszty projektów, a w razie wątpliwości kontaktuje się z autorami.
4. **Prezentacja projektów** – autorzy przedstawiają swoje pomysły na spotkaniu i w gminnym biuletynie.
5. **Głosowanie** – mieszkańcy głosują przez internet lub w punktach w urzędzie, bibliotece i szkołach; mogą głosować także osoby od 16. roku życia.
6. **Realizacja** – projekty wykonywane są w kolejnym roku, a postęp prac jest publikowany na stronie gminy.

Pula budżetu obywatelskiego podzielona jest na część ogólnogminną i część sołecką, tak aby także mniejsze miejscowości miały szansę na realizację swoich projektów.

## Rezultaty

- w pierwszych czterech edycjach zgłoszono 112 projektów, a zrealizowano 41,
- w głosowaniu uczestniczy ok. 18% uprawnionych mieszkańców – więcej niż w wielu dużych miastach,
- zrealizowano m.in. ścieżki edukacyjne w lesie, plac zabaw, doposażenie biblioteki, zajęcia dla seniorów i oświetlenie przejść dla pieszych,
- autorzy projektów często angażują się później w pracę rad sołeckich i organizacji.

## Finansowanie

Na budżet obywatelski gmina przeznacza ok. 500 000 zł rocznie z budżetu własnego, niezależnie od funduszu sołeckiego. Koszty organizacji głosowania są niewielkie dzięki wykorzystaniu bezpłatnej platformy internetowej.

## Wnioski i rekomendacje

W gminie wiejskiej budżet obywatelski dobrze uzupełnia fundusz sołecki – pozwala finansować projekty przekraczające granice jednego sołectwa. Kluczowe są: prosta procedura, rzetelna weryfikacja projektów i terminowa realizacja zwycięskich pomysłów, bo od tego zależy zaufanie mieszkańców.`,
    categories: ["dialog-spoleczny"],
    enteredOn: "2015-04-20",
    revisedOn: "2019-03-25",
    unitType: UnitType.GMINA_WIEJSKA,
    locality: "Izabelin",
    voivodeship: Voivodeship.MAZOWIECKIE,
    postalCode: "05-080",
    postOffice: "Izabelin",
    implementingUnit: "Urząd Gminy Izabelin",
    street: "ul. 3 Maja 42",
    website: "https://www.izabelin.example.pl",
    population: 10_900,
    contacts: [
      { name: "Karol Wysocki", role: "koordynator budżetu obywatelskiego", phone: "22 721 80 70", email: "k.wysocki@izabelin.example.pl" },
    ],
    // A scan without a text layer: the admin marks it "brak warstwy tekstowej (skan?)".
    attachments: [{ title: "Uchwała rady gminy o budżecie obywatelskim (skan)", file: "Skan uchwały.pdf" }],
  },
  {
    title: "Młodzieżowa Rada Miasta Gniezna – szkoła obywatelskości",
    summary:
      "Młodzieżowa Rada Miasta Gniezna, wybierana przez uczniów gnieźnieńskich szkół, opiniuje decyzje dotyczące młodzieży i realizuje własne projekty. Rada ma swój budżet, opiekuna w urzędzie i stały kontakt z radnymi miasta.",
    body: `## Cel praktyki

Młodzi ludzie rzadko uczestniczą w życiu publicznym i często nie wiedzą, jak działa samorząd. Jednocześnie wiele decyzji miasta – dotyczących szkół, sportu, kultury czy transportu – bezpośrednio ich dotyczy. Celem praktyki jest włączenie młodzieży w podejmowanie decyzji, nauka demokracji w praktyce i budowanie postaw obywatelskich.

## Opis działań

Młodzieżowa Rada Miasta została powołana uchwałą Rady Miasta, która określiła jej statut. Zasady działania:

- radni młodzieżowi wybierani są na dwuletnią kadencję w wyborach przeprowadzanych we wszystkich szkołach ponadgimnazjalnych i gimnazjach w mieście – każda ze szkół ma co najmniej jednego przedstawiciela,
- rada obraduje raz w miesiącu w sali sesyjnej ratusza, a jej obrady są jawne,
- przewodniczący rady może zabierać głos na sesjach Rady Miasta w sprawach dotyczących młodzieży,
- rada opiniuje projekty uchwał dotyczących oświaty, sportu, kultury i komunikacji miejskiej,
- rada dysponuje własnym budżetem na projekty młodzieżowe, o którego podziale decyduje samodzielnie,
- opiekun z Wydziału Edukacji pomaga w organizacji pracy i kontaktach z urzędem.

Radni młodzieżowi uczestniczą w szkoleniach z zakresu samorządu terytorialnego, wystąpień publicznych i prowadzenia projektów.

## Rezultaty

- z inicjatywy rady utworzono strefę wolnego Wi-Fi w parku i na rynku oraz wydłużono godziny otwarcia biblioteki w okresie sesji egzaminacyjnej,
- rada zorganizowała festiwal kultury młodzieżowej i cykl debat z kandydatami na prezydenta miasta,
- frekwencja w wyborach do rady w szkołach przekracza 60%,
- kilku byłych radnych młodzieżowych zaangażowało się w działalność organizacji pozarządowych, a dwoje zostało radnymi miasta.

## Finansowanie

Działalność rady finansowana jest z budżetu miasta – ok. 25 000 zł rocznie na projekty i szkolenia. Obsługę organizacyjną zapewnia Wydział Edukacji.

## Wnioski i rekomendacje

Młodzieżowa rada ma sens tylko wtedy, gdy jej opinie są brane pod uwagę, a młodzi ludzie widzą efekty swoich działań. Własny budżet, nawet niewielki, uczy odpowiedzialności i planowania. Warto zadbać o ścisłą współpracę ze szkołami, które pomagają w organizacji wyborów.`,
    categories: ["dialog-spoleczny", "oswiata"],
    enteredOn: "2010-11-08",
    revisedOn: "2013-01-28",
    unitType: UnitType.GMINA_MIEJSKA,
    locality: "Gniezno",
    voivodeship: Voivodeship.WIELKOPOLSKIE,
    postalCode: "62-200",
    postOffice: "Gniezno",
    implementingUnit: "Urząd Miejski w Gnieźnie",
    street: "ul. Lecha 6",
    website: "https://www.gniezno.example.pl",
    population: 69_900,
    contacts: [
      { name: "Dominika Pawlak", role: "opiekunka Młodzieżowej Rady Miasta, Wydział Edukacji", phone: "61 426 04 51", email: "d.pawlak@gniezno.example.pl" },
    ],
  },
  {
    title: "Podlaska Rada Seniorów – głos osób starszych w polityce regionalnej",
    summary:
      "Samorząd Województwa Podlaskiego powołał Wojewódzką Radę Seniorów, która opiniuje dokumenty strategiczne i programy regionalne z punktu widzenia potrzeb osób starszych. Rada współpracuje z gminnymi radami seniorów i wspiera powstawanie nowych rad w regionie.",
    body: `## Cel praktyki

Województwo podlaskie należy do najszybciej starzejących się regionów w Polsce – w wielu gminach seniorzy stanowią ponad jedną czwartą mieszkańców. Polityka regionalna w zakresie zdrowia, transportu czy usług społecznych musi uwzględniać ich potrzeby, ale głos osób starszych rzadko był słyszalny w procesie decyzyjnym. Celem praktyki jest stworzenie stałego forum dialogu z seniorami i wzmocnienie ich udziału w życiu publicznym.

## Opis działań

Wojewódzka Rada Seniorów została powołana uchwałą Zarządu Województwa Podlaskiego po konsultacjach z organizacjami seniorów, uniwersytetami trzeciego wieku i gminnymi radami seniorów. Działania obejmują:

- opiniowanie projektów dokumentów strategicznych województwa, m.in. strategii polityki społecznej i regionalnego programu zdrowotnego,
- przygotowywanie rekomendacji dotyczących np. dostępności transportu publicznego, opieki długoterminowej i przeciwdziałania wykluczeniu cyfrowemu,
- coroczne Podlaskie Forum Seniorów z udziałem kilkuset przedstawicieli rad gminnych i organizacji,
- wsparcie dla gmin w tworzeniu gminnych rad seniorów – wzory uchwał, szkolenia i doradztwo,
- regionalny konkurs „Gmina przyjazna seniorom”, promujący dobre praktyki samorządów,
- współpracę z Regionalnym Ośrodkiem Polityki Społecznej przy diagnozie sytuacji osób starszych.

W skład Rady wchodzi 15 osób – przedstawiciele organizacji seniorów, uniwersytetów trzeciego wieku i gminnych rad seniorów z różnych części województwa.

## Rezultaty

- Rada wydała ponad 30 opinii do dokumentów i programów regionalnych, z których większość została uwzględniona,
- liczba gminnych rad seniorów w województwie wzrosła w ciągu trzech lat z 9 do 27,
- w Podlaskim Forum Seniorów uczestniczy co roku ok. 400 osób,
- na wniosek Rady w programach regionalnych uwzględniono kursy kompetencji cyfrowych i dowóz osób starszych do lekarzy w gminach wiejskich.

## Finansowanie

Obsługę Rady i organizację forum finansuje budżet województwa – ok. 120 000 zł rocznie. Członkowie Rady pracują społecznie, otrzymując jedynie zwrot kosztów podróży.

## Wnioski i rekomendacje

Rada seniorów jest cennym źródłem wiedzy o codziennych problemach osób starszych, których nie widać w statystykach. Ważne jest, aby miała realny wpływ na dokumenty i otrzymywała informację zwrotną o sposobie uwzględnienia jej opinii.`,
    categories: ["dialog-spoleczny", "pomoc-spoleczna"],
    enteredOn: "2023-10-18",
    revisedOn: "2025-06-03",
    unitType: UnitType.SAMORZAD_WOJEWODZTWA,
    locality: "Białystok",
    voivodeship: Voivodeship.PODLASKIE,
    postalCode: "15-888",
    postOffice: "Białystok",
    implementingUnit: "Urząd Marszałkowski Województwa Podlaskiego",
    street: "ul. Kardynała Stefana Wyszyńskiego 1",
    website: "https://www.seniorzy.wrotapodlasia.example.pl",
    population: 1_167_000,
    contacts: [
      { name: "Irena Sawicka", role: "sekretarz Wojewódzkiej Rady Seniorów", phone: "85 665 42 80", email: "i.sawicka@podlaskie.example.pl" },
      { name: "Jan Dmitruk", role: "przewodniczący Wojewódzkiej Rady Seniorów" },
    ],
  },

  // ── Pomoc społeczna (cd.) ────────────────────────────────────────────────────────────────
  {
    title: "Centrum Integracji Społecznej w Zabrzu – powrót na rynek pracy osób długotrwale bezrobotnych",
    summary:
      "Miasto Zabrze utworzyło Centrum Integracji Społecznej, w którym osoby długotrwale bezrobotne, bezdomne i wychodzące z uzależnień przez rok uczą się zawodu i odbudowują nawyki pracy. Po zakończeniu zajęć uczestnicy mogą liczyć na pomoc w znalezieniu zatrudnienia.",
    body: `## Cel praktyki

Restrukturyzacja górnictwa i przemysłu ciężkiego sprawiła, że w Zabrzu wiele osób straciło pracę, a część z nich pozostawała bez zatrudnienia przez lata. Długotrwałe bezrobocie prowadziło do ubóstwa, uzależnień i rozpadu rodzin. Osoby te potrzebowały wsparcia, które łączy naukę zawodu z pracą nad problemami osobistymi. Celem praktyki jest reintegracja społeczna i zawodowa osób bezrobotnych najbardziej oddalonych od rynku pracy.

## Opis działań

Centrum Integracji Społecznej zostało utworzone przez miasto na podstawie ustawy o zatrudnieniu socjalnym i działa we współpracy z Miejskim Ośrodkiem Pomocy Społecznej i Powiatowym Urzędem Pracy. Program dla uczestników trwa do 12 miesięcy i obejmuje:

- **warsztaty zawodowe** w pięciu profilach: remontowo-budowlanym, ogrodniczym, gastronomicznym, porządkowym i krawieckim,
- **reintegrację społeczną** – zajęcia z psychologiem, terapię uzależnień, grupy wsparcia i trening umiejętności społecznych,
- **świadczenie integracyjne** wypłacane uczestnikom za udział w zajęciach,
- **praktyki u pracodawców**, w tym w spółkach miejskich i przedsiębiorstwach budowlanych,
- **zatrudnienie wspierane** – po zakończeniu programu pracodawcy zatrudniający absolwentów CIS mogą otrzymać refundację części wynagrodzenia.

Uczestnicy wykonują realne prace na rzecz miasta: remontują lokale socjalne, pielęgnują zieleń w parkach i przygotowują posiłki dla osób korzystających z pomocy społecznej.

## Rezultaty

- w pierwszych dwóch latach program ukończyło 146 osób,
- 58 absolwentów podjęło zatrudnienie, a kolejnych 20 kontynuuje naukę zawodu,
- 70% uczestników z problemem alkoholowym utrzymało abstynencję w trakcie programu,
- wyremontowano 34 lokale socjalne, co pozwoliło skrócić kolejkę oczekujących na mieszkanie.

## Finansowanie

Działalność Centrum finansowana jest z budżetu miasta, Funduszu Pracy (świadczenia integracyjne) oraz ze środków Europejskiego Funduszu Społecznego w ramach Programu Operacyjnego Kapitał Ludzki. Część kosztów pokrywają przychody z usług wykonywanych przez uczestników.

## Wnioski i rekomendacje

Osobom długo pozostającym bez pracy nie wystarczy jednorazowe szkolenie – potrzebują czasu i wsparcia w wielu sferach życia. Połączenie nauki zawodu z terapią i realną pracą na rzecz miasta daje uczestnikom poczucie przydatności i zwiększa ich szanse na rynku pracy. Kluczowa jest współpraca z pracodawcami, którzy zatrudniają absolwentów.`,
    categories: ["pomoc-spoleczna", "wspolpraca-jst-ngo"],
    enteredOn: "2009-01-19",
    revisedOn: "2010-12-06",
    unitType: UnitType.POWIAT_GRODZKI,
    locality: "Zabrze",
    voivodeship: Voivodeship.SLASKIE,
    postalCode: "41-800",
    postOffice: "Zabrze",
    implementingUnit: "Centrum Integracji Społecznej w Zabrzu",
    street: "ul. Kosmonautów 6",
    website: "https://www.cis-zabrze.example.pl",
    population: 188_100,
    contacts: [
      { name: "Henryk Skrzypczyk", role: "kierownik Centrum Integracji Społecznej", phone: "32 271 35 60", email: "h.skrzypczyk@cis-zabrze.example.pl" },
      { name: "Ewa Kania", role: "specjalistka pracy socjalnej", phone: "32 271 35 64", email: "e.kania@cis-zabrze.example.pl" },
    ],
  },
];
