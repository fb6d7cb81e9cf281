import Link from "next/link";
import { SearchBox } from "@/features/search/components/SearchBox";

export function SiteHeader() {
  return (
    <header className="border-b-4 border-brand-700 bg-brand-800 text-white print:border-b-2 print:border-black print:bg-white print:text-black">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-4 print:px-0 print:py-2">
        <Link href="/" className="text-white no-underline print:text-black">
          <span className="block text-2xl font-bold">Bank Dobrych Praktyk</span>
          <span className="block text-sm text-brand-100 print:text-slate-700">dobre praktyki polskich samorządów</span>
        </Link>
        <div className="print-hidden">
          <SearchBox />
        </div>
        <nav aria-label="Serwis" className="print-hidden">
          <ul className="flex flex-wrap gap-4 text-sm">
            <li>
              <Link href="/" className="text-white">
                Strona główna
              </Link>
            </li>
            <li>
              <Link href="/szukaj" className="text-white">
                Wyszukiwanie
              </Link>
            </li>
            <li>
              <Link href="/mapa" className="text-white">
                Mapa praktyk
              </Link>
            </li>
            <li>
              <Link href="/o-banku" className="text-white">
                O banku
              </Link>
            </li>
            <li>
              <Link href="/zglos-praktyke" className="font-semibold text-white">
                Zgłoś praktykę
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
