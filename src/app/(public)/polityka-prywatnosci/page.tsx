import type { Metadata } from "next";
import { pageMetadata } from "@/features/site/page-metadata";
import { CataloguePage } from "@/features/category/components/CataloguePage";
import { SITE_OPERATOR } from "@/features/site/operator";

export const metadata: Metadata = pageMetadata({
  title: "Polityka prywatności",
  description: "Jak Bank Dobrych Praktyk liczy odwiedziny bez plików cookies i jakie dane przechowuje.",
  path: "/polityka-prywatnosci",
});

export const dynamic = "force-static";
export const revalidate = 86400;

// Describes src/features/visits/ and src/server/count-views.ts as implemented: change this page
// whenever the counting changes.
export default function PrivacyPolicyPage() {
  return (
    <CataloguePage>
      <h1 className="text-3xl font-bold">Polityka prywatności</h1>
      <div className="prose-bdp mt-4">
        <p>
          Bank Dobrych Praktyk można przeglądać bez zakładania konta i bez podawania jakichkolwiek danych. Serwis nie
          używa plików cookies ani innych sposobów zapisywania informacji w przeglądarce, nie wczytuje skryptów, czcionek
          ani statystyk z zewnętrznych serwisów i nie pokazuje reklam.
        </p>

        <h2>Kto odpowiada za dane</h2>
        <p>
          Administratorem danych jest {SITE_OPERATOR.name}, {SITE_OPERATOR.address}, e-mail:{" "}
          <a href={`mailto:${SITE_OPERATOR.email}`}>{SITE_OPERATOR.email}</a>, tel. {SITE_OPERATOR.phone}.
        </p>

        <h2>Jak liczymy odwiedziny</h2>
        <p>
          W stopce każdej strony pokazujemy, ile razy odwiedzono serwis i ile było unikalnych wizyt, a przy każdej
          praktyce – ile razy ją wyświetlono. Liczy je serwer, w chwili wysyłania strony, bez udziału przeglądarki:
        </p>
        <ul>
          <li>
            każda wysłana strona serwisu zwiększa o jeden liczbę odsłon danego dnia, a strona praktyki (skrót, pełna
            prezentacja lub załączniki) także liczbę wyświetleń tej praktyki;
          </li>
          <li>
            aby odróżnić nowego gościa od kogoś, kto tego dnia już u nas był, serwer oblicza skrót SHA-256 z trzech
            wartości: losowej „soli” danego dnia, adresu IP i identyfikatora przeglądarki (nagłówka User-Agent). Jeśli
            takiego skrótu jeszcze tego dnia nie zapisano, liczba unikalnych wizyt rośnie o jeden;
          </li>
          <li>
            sól to 32 losowe bajty, tworzone przy pierwszej odsłonie każdego dnia (według czasu polskiego) i używane
            tylko tego dnia. Bez niej nie da się odtworzyć skrótu z adresu IP, więc skróty nie pozwalają nikogo
            rozpoznać;
          </li>
          <li>
            gdy doba się kończy, przy pierwszej odsłonie następnego dnia serwer usuwa sól i wszystkie skróty z dni
            poprzednich. Od tej chwili nikt, także my, nie może powiązać wizyt z poprzedniego dnia z konkretną osobą ani
            z wizytami z innych dni;
          </li>
          <li>
            adresu IP ani identyfikatora przeglądarki nie zapisujemy – ani w bazie danych, ani w dziennikach serwera.
            Trwale przechowujemy wyłącznie liczby: odsłony i unikalne wizyty w poszczególnych dniach, wyświetlenia
            praktyk oraz liczby pobrań załączników i publikacji.
          </li>
        </ul>
        <p>Nie liczymy:</p>
        <ul>
          <li>
            robotów wyszukiwarek i innych programów, które przedstawiają się jako roboty, oraz żądań bez identyfikatora
            przeglądarki;
          </li>
          <li>stron wczytywanych przez przeglądarkę „na zapas” (prefetch) i żądań typu HEAD;</li>
          <li>pobrań plików, obrazków, arkuszy stylów i innych zasobów stron;</li>
          <li>stron błędów (np. „Nie znaleziono strony”) i przekierowań.</li>
        </ul>
        <p>
          Jeśli serwis działa za serwerem pośredniczącym (tzw. reverse proxy), adres IP odczytujemy z nagłówka
          X-Forwarded-For przekazanego przez ten serwer, w przeciwnym razie – z połączenia.
        </p>

        <h2>Podstawa prawna i Twoje prawa</h2>
        <p>
          Skróty z bieżącego dnia przetwarzamy na podstawie prawnie uzasadnionego interesu administratora (art. 6 ust.
          1 lit. f RODO), którym jest rzetelne liczenie odwiedzin serwisu. Przechowujemy je najkrócej, jak to możliwe:
          do pierwszej odsłony następnego dnia. Ponieważ nie znamy adresów IP, nie jesteśmy w stanie wskazać, który
          skrót dotyczy konkretnej osoby.
        </p>
        <p>
          Dane osób kontaktowych w opisach praktyk (imię i nazwisko, funkcja, służbowy telefon i adres e-mail)
          publikujemy za zgodą tych osób, przekazaną przez jednostkę zgłaszającą praktykę. Każda z nich może w każdej
          chwili zażądać poprawienia lub usunięcia swoich danych, pisząc na adres{" "}
          <a href={`mailto:${SITE_OPERATOR.email}`}>{SITE_OPERATOR.email}</a>.
        </p>
        <p>
          Masz prawo dostępu do swoich danych, ich sprostowania, usunięcia, ograniczenia przetwarzania i wniesienia
          sprzeciwu, a także prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych (ul. Stawki 2, 00-193
          Warszawa).
        </p>
      </div>
    </CataloguePage>
  );
}
