import Link from "next/link";
import { VisitCounter } from "@/features/visits/components/VisitCounter";
import { RenderTime } from "./RenderTime";

const SITE_LINKS = [
  { href: "/o-banku", label: "O banku" },
  { href: "/mapa", label: "Mapa praktyk" },
  { href: "/statystyki", label: "Statystyki" },
  { href: "/publikacje", label: "Publikacje i dokumenty" },
  { href: "/inne-bazy", label: "Inne bazy danych" },
  { href: "/polityka-prywatnosci", label: "Polityka prywatności" },
  { href: "/deklaracja-dostepnosci", label: "Deklaracja dostępności" },
] as const;

export function SiteFooter() {
  return (
    <footer className="mt-12 border-t border-slate-300 bg-slate-100 text-sm print-hidden">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 sm:grid-cols-3">
        <VisitCounter />
        <nav aria-label="Informacje o serwisie">
          <ul className="space-y-1">
            {SITE_LINKS.map((link) => (
              <li key={link.href}>
                <Link href={link.href}>{link.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="text-slate-700 sm:text-right">
          <p>Bank Dobrych Praktyk samorządu terytorialnego</p>
          <RenderTime />
        </div>
      </div>
    </footer>
  );
}
