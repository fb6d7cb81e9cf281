import Link from "next/link";

// What an unknown private or confirmation link shows. The link's own page renders it in place of
// notFound(): a per-request page's notFound() reaches visitors without JavaScript as Next's empty
// error document (vercel/next.js#62228), and these links are opened from e-mails, often in mail
// apps' plain browsers. Every unknown link gets the same page, so none tells anything about another.

/** An older "Twoje zgłoszenie" link (each status e-mail brings a new one), or a mistyped one. */
export function InvalidStatusLink() {
  return (
    <>
      <h1 className="text-title font-bold">Ten link do zgłoszenia nie działa</h1>
      <p className="mt-4 max-w-prose">
        Z każdą zmianą stanu zgłoszenia wysyłamy e-mail z nowym prywatnym linkiem, a wcześniejsze linki przestają działać. Otwórz
        link „Twoje zgłoszenie” z najnowszej wiadomości od Banku Dobrych Praktyk. Sprawdź też, czy adres został skopiowany w całości.
      </p>
      <p className="mt-4">
        <Link href="/zglos-praktyke">Zgłoś nową praktykę</Link> albo <Link href="/">przejdź do strony głównej</Link>.
      </p>
    </>
  );
}

/** A used, expired, replaced or mistyped confirmation link, with a way on. */
export function InvalidConfirmationLink() {
  return (
    <>
      <h1 className="text-title font-bold">Ten link potwierdzający jest nieważny</h1>
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
    </>
  );
}
