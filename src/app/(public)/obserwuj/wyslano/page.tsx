import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/ui/Notice";
import { CataloguePage } from "@/features/category/components/CataloguePage";
import { CONFIRM_TOKEN_HOURS } from "@/features/search-alerts/vocabulary";
import { atFirstRequest } from "@/lib/first-request";

export const metadata: Metadata = { title: "Sprawdź skrzynkę e-mail", robots: { index: false, follow: false } };

function AlertSentPage() {
  return (
    <CataloguePage>
      <h1 className="text-title font-bold">Sprawdź skrzynkę e-mail</h1>
      <Notice title="Wysłaliśmy link potwierdzający">
        <p>
          Otwórz link z wiadomości i potwierdź powiadomienia. Link jest ważny {CONFIRM_TOKEN_HOURS} godziny; bez potwierdzenia nie wyślemy nic więcej, a adres
          usuniemy.
        </p>
      </Notice>
      <p className="mt-6">
        <Link href="/szukaj">Wyszukiwanie praktyk</Link>
      </p>
    </CataloguePage>
  );
}

export default atFirstRequest(AlertSentPage);
