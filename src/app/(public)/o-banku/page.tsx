import type { Metadata } from "next";
import Link from "next/link";
import { CataloguePage } from "@/features/category/components/CataloguePage";
import { pageMetadata } from "@/features/site/page-metadata";
import { SITE_OPERATOR } from "@/features/site/operator";
import { atFirstRequest } from "@/lib/first-request";

export const metadata: Metadata = pageMetadata({
  title: "O banku",
  description: "Czym jest Bank Dobrych Praktyk, kto go prowadzi i jak zgłosić praktykę swojego samorządu.",
  path: "/o-banku",
});

// Static: rendered once, at its first request (decision 022), and kept; the benchmark's baseline for a static page of this server.
export const dynamic = "force-static";
export const revalidate = 3600;

function AboutPage() {
  return (
    <CataloguePage>
      <h1 className="text-title font-bold">O Banku Dobrych Praktyk</h1>
      <div className="prose-bdp mt-4">
        <p>
          Bank Dobrych Praktyk to publiczny katalog rozwiązań, które sprawdziły się w polskich samorządach. Powstał w
          2008 roku jako wspólne przedsięwzięcie ogólnopolskich korporacji samorządowych: Związku Miast Polskich,
          Związku Gmin Wiejskich RP i Związku Powiatów Polskich, przy wsparciu Norweskiego Związku Władz Lokalnych i
          Regionalnych ze środków Norweskiego Mechanizmu Finansowego.
        </p>
        <h2>Po co jest bank</h2>
        <p>
          Samorząd, który szuka sposobu na bezrobocie, wykluczenie, transport czy oszczędność energii, nie musi
          zaczynać od zera. W banku znajdzie opis tego, co zrobili inni, ile to kosztowało, co się udało, a co nie, i
          z kim porozmawiać. Mieszkańcy mogą sprawdzić, jak podobne sprawy rozwiązano w innych gminach.
        </p>
        <h2>Kto prowadzi bank</h2>
        <p>
          Serwis prowadzi {SITE_OPERATOR.name} ({SITE_OPERATOR.address}). Redakcja przyjmuje zgłoszenia, sprawdza opisy
          praktyk, uzgadnia poprawki z autorami, publikuje praktyki i dba o aktualność danych kontaktowych. Z banku
          można korzystać bezpłatnie i bez rejestracji.
        </p>
        <h2>Co zawiera opis praktyki</h2>
        <ul>
          <li>
            <strong>Skrót i Metryka</strong>: streszczenie oraz dane jednostki: typ, miejscowość, województwo, adres,
            liczba mieszkańców i osoby kontaktowe;
          </li>
          <li>
            <strong>Pełna prezentacja</strong>: cele, przebieg, rezultaty, finansowanie i wnioski;
          </li>
          <li>
            <strong>Załączniki</strong>: raporty, regulaminy, prezentacje i zdjęcia z realizacji.
          </li>
        </ul>
        <p>
          Praktyki można przeglądać według kategorii, szukać w <Link href="/szukaj">wyszukiwarce</Link> według
          województwa, typu jednostki i liczby mieszkańców, a także zobaczyć na <Link href="/mapa">mapie praktyk</Link>.
          Liczby praktyk i odwiedzin przedstawiają <Link href="/statystyki">statystyki</Link>.
        </p>
        <h2>Jak zgłosić praktykę</h2>
        <p>
          Praktyki zgłaszają jednostki samorządu terytorialnego, ich związki i jednostki organizacyjne, np. ośrodki
          pomocy społecznej czy szkoły. Praktyka powinna działać co najmniej od roku i mieć udokumentowane rezultaty.
        </p>
        <ol>
          <li>
            Przeczytaj poradnik „Jak opisać dobrą praktykę” i kryteria oceny w dziale{" "}
            <Link href="/publikacje">Publikacje i dokumenty</Link>.
          </li>
          <li>
            Wypełnij formularz <Link href="/zglos-praktyke">Zgłoś praktykę</Link>: dane jednostki do metryki, skrót i pełną
            prezentację praktyki, szczegóły (okres, rezultaty, koszt i finansowanie, partnerzy), osoby kontaktowe (za ich
            zgodą) i załączniki. Nie trzeba zakładać konta; formularz zapisuje się krok po kroku pod prywatnym linkiem.
          </li>
          <li>Potwierdź swój adres e-mail linkiem z wiadomości: dopiero wtedy zgłoszenie trafi do redakcji.</li>
          <li>
            Redakcja sprawdzi zgłoszenie, w razie potrzeby poprosi o poprawki (poprawisz je pod tym samym linkiem) i
            opublikuje praktykę, zwykle w ciągu miesiąca. Stan zgłoszenia i wiadomości redakcji zobaczysz na stronie
            „Twoje zgłoszenie”. Zmiany danych i wycofanie opublikowanej praktyki zgłaszasz na adres{" "}
            <a href={`mailto:${SITE_OPERATOR.email}`}>{SITE_OPERATOR.email}</a>.
          </li>
        </ol>
        <h2>Kontakt</h2>
        <p>
          {SITE_OPERATOR.name}, {SITE_OPERATOR.address}, e-mail:{" "}
          <a href={`mailto:${SITE_OPERATOR.email}`}>{SITE_OPERATOR.email}</a>, tel. {SITE_OPERATOR.phone}.
        </p>
      </div>
    </CataloguePage>
  );
}

export default atFirstRequest(AboutPage);
