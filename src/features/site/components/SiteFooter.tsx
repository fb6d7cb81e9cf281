import Link from "next/link";
import { Emblem } from "@/components/brand/Emblem";
import { VisitCounter } from "@/features/visits/components/VisitCounter";
import { RenderTime } from "./RenderTime";

const SITE_LINKS = [
  { href: "/o-banku", label: "O banku" },
  { href: "/zglos-praktyke", label: "Zgłoś praktykę" },
  { href: "/mapa", label: "Mapa praktyk" },
  { href: "/statystyki", label: "Statystyki" },
  { href: "/publikacje", label: "Publikacje i dokumenty" },
  { href: "/inne-bazy", label: "Inne bazy danych" },
  { href: "/polityka-prywatnosci", label: "Polityka prywatności" },
  { href: "/deklaracja-dostepnosci", label: "Deklaracja dostępności" },
] as const;

/** The site's links, then, set quietly, the original bank's visit counter and the page's render time. */
export function SiteFooter() {
  return (
    <footer className="mt-section border-t border-slate-300 bg-slate-100 text-meta print-hidden">
      <div className="mx-auto grid max-w-6xl gap-6 px-gutter py-8 md:grid-cols-[1fr_2fr]">
        <p className="flex items-center gap-3 text-base font-semibold">
          <Emblem className="size-9 shrink-0" />
          <span>
            Bank Dobrych Praktyk
            <span className="block text-meta font-normal text-slate-700">samorządu terytorialnego</span>
          </span>
        </p>
        <nav aria-label="Informacje o serwisie">
          <ul className="grid gap-x-6 gap-y-2 sm:grid-cols-2 lg:grid-cols-3">
            {SITE_LINKS.map((link) => (
              <li key={link.href}>
                <Link href={link.href}>{link.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <div className="border-t border-slate-300">
        <div className="mx-auto flex max-w-6xl flex-wrap items-end justify-between gap-x-6 gap-y-2 px-gutter py-4 text-slate-700">
          <VisitCounter />
          <RenderTime />
        </div>
      </div>
    </footer>
  );
}
