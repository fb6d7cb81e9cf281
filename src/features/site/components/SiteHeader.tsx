import Link from "next/link";
import { Emblem } from "@/components/brand/Emblem";
import { SearchBox } from "@/features/search/components/SearchBox";

const SECTIONS = [
  { href: "/", label: "Strona główna" },
  { href: "/szukaj", label: "Wyszukiwanie" },
  { href: "/mapa", label: "Mapa praktyk" },
  { href: "/statystyki", label: "Statystyki" },
  { href: "/publikacje", label: "Publikacje" },
  { href: "/o-banku", label: "O banku" },
] as const;

/**
 * Emblem and wordmark, the search, and the sections. On a phone the sections fold under "Menu"
 * (a <details>, so it works without JavaScript) and open as a panel over the page; from the md
 * breakpoint up they are a row under the wordmark (see .fold-narrow in globals.css).
 */
export function SiteHeader() {
  return (
    <header className="relative border-b-4 border-brand-700 bg-brand-800 text-white print:border-b-2 print:border-black print:bg-white print:text-black">
      <div className="mx-auto grid max-w-6xl grid-cols-[minmax(0,1fr)_auto] items-center gap-x-4 gap-y-3 px-gutter py-3 print:px-0 print:py-2">
        <Link href="/" className="flex min-w-0 items-center gap-3 text-white no-underline print:text-black">
          <Emblem className="size-10 shrink-0 md:size-12" />
          <span className="min-w-0">
            <span className="block text-lg leading-tight font-bold sm:text-2xl">Bank Dobrych Praktyk</span>
            <span className="hidden text-meta text-brand-100 sm:block print:block print:text-slate-700">dobre praktyki polskich samorządów</span>
          </span>
        </Link>
        <details className="fold-narrow col-start-2 row-start-1 print-hidden md:col-span-2 md:col-start-1 md:row-start-2">
          <summary className="list-none border-2 border-white px-3 py-1.5 font-semibold [&::-webkit-details-marker]:hidden">
            Menu
          </summary>
          <nav
            aria-label="Serwis"
            className="absolute inset-x-0 top-full z-20 border-b-4 border-brand-700 bg-brand-800 px-gutter pb-4 md:static md:border-0 md:p-0"
          >
            <ul className="flex flex-col text-base md:flex-row md:flex-wrap md:gap-x-6 md:gap-y-1">
              {SECTIONS.map((section) => (
                <li key={section.href} className="border-t border-brand-700 md:border-0">
                  <Link href={section.href} className="block py-2.5 text-white md:py-0">
                    {section.label}
                  </Link>
                </li>
              ))}
              <li className="border-t border-brand-700 md:ml-auto md:border-0">
                <Link href="/zglos-praktyke" className="block py-2.5 font-semibold text-white md:py-0">
                  Zgłoś praktykę
                </Link>
              </li>
            </ul>
          </nav>
        </details>
        <div className="col-span-2 print-hidden md:col-span-1 md:col-start-2 md:row-start-1">
          <SearchBox />
        </div>
      </div>
    </header>
  );
}
