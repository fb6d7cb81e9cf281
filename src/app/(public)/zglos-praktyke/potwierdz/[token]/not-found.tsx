import type { Metadata } from "next";
import Link from "next/link";
import { SubmissionPage } from "@/features/submissions/components/SubmissionPage";

export const metadata: Metadata = { title: "Link potwierdzający jest nieważny", robots: { index: false, follow: false } };

// A used, expired, replaced or mistyped confirmation link: answered with 404 and a way on.
export default function ConfirmationNotFound() {
  return (
    <SubmissionPage>
      <h1 className="text-3xl font-bold">Ten link potwierdzający jest nieważny</h1>
      <div className="prose-bdp mt-4">
        <p>Link mógł zostać już użyty, wygasnąć (jest ważny 48 godzin), zostać zastąpiony nowszym albo skopiować się niecały.</p>
        <ul>
          <li>
            <strong>Jeśli adres został już potwierdzony</strong>, zgłoszenie jest w redakcji: link do strony „Twoje zgłoszenie” przyszedł w osobnej wiadomości.
          </li>
          <li>
            <strong>Jeśli chcesz dostać nowy link</strong>, otwórz link do swojego zgłoszenia (z paska adresu przeglądarki lub zakładki), przejdź do kroku „Sprawdzenie i wysłanie” i wyślij zgłoszenie ponownie.
          </li>
        </ul>
        <p>
          Nie masz już linku do zgłoszenia? <Link href="/zglos-praktyke">Rozpocznij nowe zgłoszenie</Link>.
        </p>
      </div>
    </SubmissionPage>
  );
}
