import type { Metadata } from "next";
import { pageMetadata } from "@/features/site/page-metadata";
import { CataloguePage } from "@/features/category/components/CataloguePage";
import { PAGE_CONTENT_DATES, SITE_OPERATOR } from "@/features/site/operator";
import { MAIL_KEPT_DAYS } from "@/features/mail/policy";
import { CONFIRM_TOKEN_HOURS } from "@/features/search-alerts/vocabulary";
import { UNSUBSCRIBE_LINK_DAYS } from "@/features/search-alerts/purge";
import { formatLongDate } from "@/lib/format";
import { atFirstRequest } from "@/lib/first-request";

export const metadata: Metadata = pageMetadata({
  title: "Polityka prywatności",
  description: "Jak Bank Dobrych Praktyk liczy odwiedziny bez plików cookies, jakie dane przechowuje i co zapisuje panel redakcji.",
  path: "/polityka-prywatnosci",
});

export const dynamic = "force-static";
export const revalidate = 86400;

// Describes src/features/visits/, src/server/count-views.ts and, for editors, the session cookie
// and audit log of src/features/auth/ and src/features/audit/, and the search alerts of
// src/features/search-alerts/, as implemented: change this page
// (and PAGE_CONTENT_DATES.privacyPolicy) whenever they change.
function PrivacyPolicyPage() {
  return (
    <CataloguePage>
      <h1 className="text-title font-bold">Polityka prywatności</h1>
      <div className="prose-bdp mt-4">
        <p>
          Bank Dobrych Praktyk można przeglądać bez zakładania konta i bez podawania jakichkolwiek danych. Odwiedzającym
          serwis nie używa plików cookies ani innych sposobów zapisywania informacji w przeglądarce, nie wczytuje skryptów,
          czcionek ani statystyk z zewnętrznych serwisów i nie pokazuje reklam. Jedyny plik cookie ustawia{" "}
          <a href="#panel-redakcji">panel redakcji</a>, i to dopiero po zalogowaniu.
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
            adresu IP ani identyfikatora przeglądarki odwiedzających nie zapisujemy – ani w bazie danych, ani w
            dziennikach serwera.
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

        <h2 id="napisz-do-autora">„Napisz do autora” i „Wdrożyliśmy to u siebie”</h2>
        <p>
          Wiadomości z formularza „Napisz do autora” nie zapisujemy w bazie praktyk: przekazujemy je e-mailem osobie kontaktowej
          (z Twoim adresem jako adresem do odpowiedzi) i wysyłamy Ci kopię. Do czasu doręczenia obie czekają w kolejce poczty
          wychodzącej; ich treść – imię, adres e-mail i wiadomość – usuwamy z serwera 7 dni po wysłaniu. Adresu osoby kontaktowej,
          która go nie upublicznia, nie pokazujemy; poznasz go dopiero z jej odpowiedzi.
        </p>
        <p>
          Zgłoszenie wdrożenia praktyki przechowujemy tak długo, jak praktyka jest w banku. Nazwę jednostki, jej typ, województwo,
          rok i opis zmian publikujemy przy praktyce po zatwierdzeniu przez redakcję. Imię i nazwisko oraz adres e-mail osoby
          zgłaszającej widzi tylko redakcja: służą do potwierdzenia zgłoszenia (link ważny 72 godziny, zapisujemy tylko jego
          skrót) i do powiadomienia o decyzji.
        </p>
        <p>
          Aby chronić oba formularze przed nadużyciami, liczymy wysłane formularze według skrótu adresu IP (HMAC, jak w dzienniku
          redakcji) i skrótu SHA-256 wpisanego adresu e-mail – bez treści – i usuwamy te liczniki najpóźniej po 2 dniach. Skrót
          adresu IP zapisujemy też przy zgłoszeniu wdrożenia.
        </p>

        <h2 id="powiadomienia">Powiadomienia e-mail („Obserwuj”)</h2>
        <p>
          Powiadomienia o nowych i zaktualizowanych praktykach wyszukiwania lub kategorii zamawia się bez konta. Przy zamówieniu
          zapisujemy tylko to, co jest potrzebne do ich wysyłania:
        </p>
        <ul>
          <li>adres e-mail;</li>
          <li>obserwowane wyszukiwanie – jego parametry z adresu strony (szukane słowa i filtry);</li>
          <li>częstotliwość (codziennie lub raz w tygodniu) i stan zamówienia (niepotwierdzone lub aktywne);</li>
          <li>czas zamówienia, potwierdzenia i ostatniego wysłanego powiadomienia;</li>
          <li>
            skróty SHA-256 linków: potwierdzającego i tych do wypisania się – samych linków nie przechowujemy, więc kopia bazy danych
            nie pozwala nikogo zapisać ani wypisać.
          </li>
        </ul>
        <p>
          Powiadomienia wysyłamy dopiero po potwierdzeniu adresu linkiem z wiadomości (jest ważny {CONFIRM_TOKEN_HOURS} godziny).
          Niepotwierdzone zamówienie usuwamy razem z adresem, gdy link wygaśnie. Aktywne przechowujemy, dopóki się nie wypiszesz:
          każda wiadomość ma link do wypisania się jednym kliknięciem (działa {UNSUBSCRIBE_LINK_DAYS} dni od wysłania wiadomości),
          a wypisanie usuwa zamówienie i adres od razu. Wysłane wiadomości usuwamy z kolejki poczty wychodzącej {MAIL_KEPT_DAYS} dni
          po wysłaniu. Przed nadużyciami formularz chronią te same liczniki co formularze powyżej.
        </p>

        <h2 id="panel-redakcji">Panel redakcji</h2>
        <p>
          Z panelu redakcji (adresy zaczynające się od /admin) korzystają redaktorzy i administratorzy banku, na kontach
          założonych przez administratora. Tylko tam:
        </p>
        <ul>
          <li>
            po zalogowaniu przeglądarka dostaje jeden plik cookie, niezbędny do działania panelu: identyfikator sesji
            (__Host-bdp-sesja). To losowy ciąg znaków, niedostępny dla skryptów strony i wysyłany tylko szyfrowanym
            połączeniem; w bazie danych zapisujemy wyłącznie jego skrót. Sesja kończy się po godzinie bezczynności,
            najpóźniej po 12 godzinach (tak jest domyślnie; administrator serwera może te czasy zmienić), a wylogowanie
            kończy ją od razu;
          </li>
          <li>
            dziennik zdarzeń zapisuje logowania (także nieudane), wylogowania i zmiany wprowadzane w serwisie: kto, kiedy
            i co zrobił, a przy nieudanej próbie logowania także wpisany adres e-mail. Adresu IP nie zapisujemy wprost,
            tylko jego skrót HMAC-SHA-256 z tajnym kluczem tej instalacji serwisu: pozwala on stwierdzić, że dwa
            zdarzenia przyszły z tego samego adresu, ale nie pozwala odczytać adresu. Wpisów dziennika nie można zmienić
            ani usunąć z poziomu serwisu: są przechowywane trwale;
          </li>
          <li>
            aby utrudnić odgadywanie haseł, serwer przez 24 godziny od ostatniej nieudanej próby pamięta liczbę
            nieudanych logowań na dane konto i z danego adresu (także tylko jako skrót z tym samym kluczem).
          </li>
        </ul>
        <p>
          Dane w dzienniku przetwarzamy na podstawie prawnie uzasadnionego interesu administratora (art. 6 ust. 1 lit. f
          RODO): ochrony serwisu przed nieuprawnionym dostępem i możliwości ustalenia, kto wprowadził każdą zmianę.
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
        <p>
          Ostatnia aktualizacja: <time dateTime={PAGE_CONTENT_DATES.privacyPolicy}>{formatLongDate(new Date(PAGE_CONTENT_DATES.privacyPolicy))}</time>
        </p>
      </div>
    </CataloguePage>
  );
}

export default atFirstRequest(PrivacyPolicyPage);
