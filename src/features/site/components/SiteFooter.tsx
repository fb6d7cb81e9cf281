import Link from "next/link";
import { VisitCounter } from "@/features/visits/components/VisitCounter";
import { RenderTime } from "./RenderTime";

export function SiteFooter() {
  return (
    <footer className="mt-12 border-t border-slate-300 bg-slate-100 text-sm print-hidden">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 sm:grid-cols-3">
        <VisitCounter />
        <nav aria-label="Informacje o serwisie">
          <ul className="space-y-1">
            <li>
              <Link href="/o-banku">O banku</Link>
            </li>
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
