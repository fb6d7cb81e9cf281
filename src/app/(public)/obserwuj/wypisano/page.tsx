import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/ui/Notice";
import { CataloguePage } from "@/features/category/components/CataloguePage";
import { atFirstRequest } from "@/lib/first-request";

export const metadata: Metadata = { title: "Wypisano z powiadomień", robots: { index: false, follow: false } };

function UnsubscribedPage() {
  return (
    <CataloguePage>
      <h1 className="text-title font-bold">Wypisano z powiadomień</h1>
      <Notice title="Nie wyślemy więcej powiadomień">
        <p>Usunęliśmy to zamówienie razem z adresem e-mail.</p>
      </Notice>
      <p className="mt-6">
        <Link href="/szukaj">Wyszukiwanie praktyk</Link>
      </p>
    </CataloguePage>
  );
}

export default atFirstRequest(UnsubscribedPage);
