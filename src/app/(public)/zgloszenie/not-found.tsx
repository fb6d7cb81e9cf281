import type { Metadata } from "next";
import Link from "next/link";
import { CataloguePage } from "@/features/category/components/CataloguePage";

export const metadata: Metadata = { title: "Link do zgłoszenia nie działa", robots: { index: false, follow: false } };

// An unknown private link: most often an older one, replaced by the link of a newer e-mail
// (every status e-mail carries a new link, features/submission-review/mutations.ts).
export default function SubmissionLinkNotFound() {
  return (
    <CataloguePage>
      <h1 className="text-3xl font-bold">Ten link do zgłoszenia nie działa</h1>
      <p className="mt-4 max-w-prose">
        Z każdą zmianą stanu zgłoszenia wysyłamy e-mail z nowym prywatnym linkiem, a wcześniejsze linki przestają działać. Otwórz
        link „Twoje zgłoszenie” z najnowszej wiadomości od Banku Dobrych Praktyk. Sprawdź też, czy adres został skopiowany w całości.
      </p>
      <p className="mt-4">
        <Link href="/zglos-praktyke">Zgłoś nową praktykę</Link> albo <Link href="/">przejdź do strony głównej</Link>.
      </p>
    </CataloguePage>
  );
}
