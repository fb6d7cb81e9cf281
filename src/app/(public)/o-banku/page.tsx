import type { Metadata } from "next";
import { CataloguePage } from "@/features/category/components/CataloguePage";
import { pageMetadata } from "@/features/site/page-metadata";

export const metadata: Metadata = pageMetadata({ title: "O banku", path: "/o-banku" });

// Prerendered at build time; the benchmark's baseline for a static page of this server.
export const dynamic = "force-static";
export const revalidate = 3600;

export default function AboutPage() {
  return (
    <CataloguePage>
      <h1 className="text-3xl font-bold">O Banku Dobrych Praktyk</h1>
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
        <h2>Jak zgłosić praktykę</h2>
        <p>
          Praktyki zgłaszają jednostki samorządu terytorialnego i ich związki. Opis przygotowany według układu metryki
          prosimy przesłać do redakcji banku; redaktorzy sprawdzają go, uzgadniają poprawki z autorami i publikują.
        </p>
      </div>
    </CataloguePage>
  );
}
