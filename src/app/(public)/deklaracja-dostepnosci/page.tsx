import type { Metadata } from "next";
import { pageMetadata } from "@/features/site/page-metadata";
import Link from "next/link";
import { CataloguePage } from "@/features/category/components/CataloguePage";
import { ACCESSIBILITY_STATEMENT_DATES as DATES, SITE_OPERATOR } from "@/features/site/operator";
import { atFirstRequest } from "@/lib/first-request";

export const metadata: Metadata = pageMetadata({
  title: "Deklaracja dostępności",
  description: "Deklaracja dostępności serwisu Bank Dobrych Praktyk według ustawy o dostępności cyfrowej.",
  path: "/deklaracja-dostepnosci",
});

export const dynamic = "force-static";
export const revalidate = 86400;

function IsoDate({ id, date }: { id: string; date: string }) {
  return (
    <time id={id} dateTime={date}>
      {date}
    </time>
  );
}

// The sections of the statement required by the act of 4 April 2019 on digital accessibility,
// with the element ids (a11y-*) that the official template uses for automated monitoring.
function AccessibilityStatementPage() {
  const contact = SITE_OPERATOR.accessibilityContact;
  return (
    <CataloguePage>
      <div id="a11y-deklaracja" className="prose-bdp">
        <h1 className="text-title font-bold">Deklaracja dostępności</h1>
        <p id="a11y-wstep">
          <span id="a11y-podmiot">{SITE_OPERATOR.name}</span> zobowiązuje się zapewnić dostępność swojej strony
          internetowej zgodnie z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji
          mobilnych podmiotów publicznych. Deklaracja dostępności dotyczy serwisu{" "}
          <a id="a11y-url" href="/">
            {SITE_OPERATOR.siteName}
          </a>
          .
        </p>
        <ul>
          <li>
            Data publikacji strony internetowej: <IsoDate id="a11y-data-publikacja" date={DATES.sitePublished} />.
          </li>
          <li>
            Data ostatniej istotnej aktualizacji: <IsoDate id="a11y-data-aktualizacja" date={DATES.siteUpdated} />.
          </li>
        </ul>

        <h2>Stan dostępności cyfrowej</h2>
        <p id="a11y-status">
          Strona internetowa jest częściowo zgodna z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron
          internetowych i aplikacji mobilnych podmiotów publicznych z powodu niezgodności lub wyłączeń wymienionych
          poniżej.
        </p>
        <h3>Treści niedostępne</h3>
        <ul>
          <li>
            Część załączników do praktyk (skany dokumentów, prezentacje, zdjęcia) przekazały samorządy i nie wszystkie są
            dostępne cyfrowo: skany mogą nie mieć warstwy tekstowej, a zdjęcia – opisu. Na żądanie udostępnimy ich
            treść w innej formie.
          </li>
          <li>
            Opisy praktyk przygotowują autorzy z samorządów; mimo redakcji mogą się w nich zdarzyć skróty bez
            objaśnienia lub tabele bez nagłówków.
          </li>
        </ul>
        <h3>Wyłączenia</h3>
        <ul>
          <li>
            Pliki biurowe opublikowane przed 23 września 2018 r. (m.in. załączniki do praktyk wprowadzonych do banku w
            latach 2008–2018) nie muszą być dostępne cyfrowo, o ile nie są niezbędne do realizacji bieżących zadań.
          </li>
        </ul>
        <h3>Udogodnienia</h3>
        <ul>
          <li>Wszystkie strony działają bez JavaScriptu i z samej klawiatury, a aktywny element jest wyraźnie obramowany.</li>
          <li>
            Mapa praktyk i wykresy w statystykach mają obok te same liczby w tabelach; każde województwo na mapie jest
            odnośnikiem z nazwą i liczbą praktyk.
          </li>
          <li>Pliki do pobrania są opisane: podajemy ich format i rozmiar.</li>
        </ul>

        <h2>Przygotowanie deklaracji dostępności</h2>
        <ul>
          <li>
            Deklarację sporządzono dnia: <IsoDate id="a11y-data-sporzadzenie" date={DATES.statementPrepared} />.
          </li>
          <li>
            Deklaracja została ostatnio poddana przeglądowi i aktualizacji dnia:{" "}
            <IsoDate id="a11y-data-przeglad" date={DATES.statementReviewed} />.
          </li>
        </ul>
        <p id="a11y-audytor">
          Deklarację sporządzono na podstawie samooceny przeprowadzonej przez podmiot publiczny. Samoocenę wspierają
          testy automatyczne: przy każdej zmianie serwisu narzędzie axe sprawdza każdy rodzaj strony pod kątem wymagań
          WCAG 2.1 na poziomach A i AA, a testy w przeglądarce sprawdzają obsługę klawiaturą i działanie bez
          JavaScriptu.
        </p>

        <h2>Skróty klawiaturowe</h2>
        <p>
          Serwis nie ma własnych skrótów klawiaturowych; działają standardowe skróty przeglądarki. Pierwsze naciśnięcie
          klawisza Tab pokazuje odnośnik „Przejdź do treści”, który pomija nagłówek i menu.
        </p>

        <h2 id="a11y-kontakt">Informacje zwrotne i dane kontaktowe</h2>
        <p>
          W przypadku problemów z dostępnością serwisu prosimy o kontakt. Osobą odpowiedzialną jest{" "}
          <span id="a11y-osoba">{contact.name}</span>, e-mail:{" "}
          <a id="a11y-email" href={`mailto:${contact.email}`}>
            {contact.email}
          </a>
          , telefon: <span id="a11y-telefon">{contact.phone}</span>. Tą samą drogą można zgłaszać uwagi, żądać
          zapewnienia dostępności i prosić o udostępnienie informacji w innej formie.
        </p>

        <h2>Procedura wnioskowo-skargowa</h2>
        <div id="a11y-procedura">
          <p>
            Każdy ma prawo wystąpić z żądaniem zapewnienia dostępności cyfrowej strony internetowej lub jej elementu.
            Można też zażądać udostępnienia informacji za pomocą alternatywnego sposobu dostępu, na przykład przez
            odczytanie niedostępnego cyfrowo dokumentu albo opisanie zawartości zdjęcia.
          </p>
          <p>Żądanie powinno zawierać:</p>
          <ul>
            <li>dane kontaktowe osoby, która je zgłasza;</li>
            <li>wskazanie strony internetowej lub jej elementu, którego dotyczy;</li>
            <li>sposób kontaktu z osobą zgłaszającą;</li>
            <li>jeśli chodzi o alternatywny sposób dostępu – wskazanie dogodnej formy przekazania informacji.</li>
          </ul>
          <p>
            Żądanie realizujemy bez zbędnej zwłoki, nie później niż w ciągu 7 dni od dnia jego otrzymania. Jeżeli
            dotrzymanie tego terminu nie jest możliwe, niezwłocznie informujemy o przyczynie opóźnienia i o terminie
            realizacji, który nie może być dłuższy niż 2 miesiące od dnia wystąpienia z żądaniem. Jeżeli zapewnienie
            dostępności nie jest możliwe, proponujemy alternatywny sposób dostępu do informacji.
          </p>
          <p>
            Jeżeli odmówimy zapewnienia dostępności lub alternatywnego sposobu dostępu, albo osoba zgłaszająca odmówi
            skorzystania z zaproponowanego sposobu, może ona złożyć skargę w sprawie zapewnienia dostępności cyfrowej –
            pocztą na adres {SITE_OPERATOR.name}, {SITE_OPERATOR.address}, lub e-mailem na adres{" "}
            <a href={`mailto:${SITE_OPERATOR.email}`}>{SITE_OPERATOR.email}</a>.
          </p>
          <p>
            Po wyczerpaniu tej procedury można złożyć wniosek do{" "}
            <a href="https://www.rpo.gov.pl/" rel="noopener">
              Rzecznika Praw Obywatelskich
            </a>
            .
          </p>
        </div>

        <h2>Dostępność architektoniczna</h2>
        <p id="a11y-architektura">
          Bank Dobrych Praktyk działa wyłącznie w internecie: w ramach serwisu nie obsługujemy interesantów w żadnym
          budynku, dlatego informacje o dostępności architektonicznej, opcjonalne w deklaracji, nie dotyczą serwisu. Ze
          wszystkimi sprawami można się do nas zwrócić e-mailem lub telefonicznie.
        </p>

        <h2>Aplikacje mobilne</h2>
        <p id="a11y-aplikacje">
          Serwis nie ma aplikacji mobilnej. Strony dostosowują się do ekranów telefonów i tabletów. Zobacz też{" "}
          <Link href="/polityka-prywatnosci">politykę prywatności</Link>.
        </p>
      </div>
    </CataloguePage>
  );
}

export default atFirstRequest(AccessibilityStatementPage);
