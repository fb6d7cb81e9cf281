import { Button } from "@/components/ui/Button";
import type { OutboxMail } from "@/generated/prisma/client";
import { formatDateTime } from "@/lib/format";
import { resendMailAction } from "../actions";
import { STATUS_LABELS } from "../vocabulary";

// One message of the outbox as stored. The HTML part is shown as its source, never rendered: it may
// carry text typed by the public, and the admin is no place to find out whether it was escaped.

function headerList(headers: unknown): [string, string][] {
  return headers && typeof headers === "object" ? Object.entries(headers).map(([name, value]) => [name, String(value)]) : [];
}

export function MailMessage({ mail }: { mail: OutboxMail }) {
  const facts: [string, string][] = [
    ["Do", mail.recipient],
    ["Odpowiedź do (Reply-To)", mail.replyTo ?? "—"],
    ["Rodzaj", mail.kind],
    ["Stan", STATUS_LABELS[mail.status]],
    ["Utworzona", formatDateTime(mail.createdAt)],
    ["Wysłana", mail.sentAt ? formatDateTime(mail.sentAt) : "—"],
    ["Próby wysłania", String(mail.attempts)],
    ...(mail.status === "PENDING" ? ([["Następna próba", formatDateTime(mail.nextAttemptAt)]] as [string, string][]) : []),
    ...(mail.lastError ? ([["Ostatni błąd", mail.lastError]] as [string, string][]) : []),
    ...headerList(mail.headers),
  ];
  const erased = mail.text === "";
  return (
    <>
      <dl className="mt-6 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold">{term}</dt>
            <dd className="break-all">{value}</dd>
          </div>
        ))}
      </dl>
      {mail.status === "FAILED" && !erased && (
        <form action={resendMailAction} className="mt-6">
          <input type="hidden" name="id" value={mail.id} />
          <Button>Wyślij ponownie</Button>
        </form>
      )}
      <section aria-labelledby="tresc" className="mt-8">
        <h2 id="tresc" className="text-2xl font-bold">Treść</h2>
        {erased ? (
          <p className="mt-2 max-w-prose">Treść i adres nadawcy usunięto zgodnie z zasadami przechowywania poczty.</p>
        ) : (
          <pre className="mt-2 max-w-full overflow-x-auto border-2 border-slate-300 bg-slate-50 p-4 text-sm whitespace-pre-wrap break-words">{mail.text}</pre>
        )}
      </section>
      {!erased && (
        <details className="mt-6">
          <summary className="cursor-pointer font-semibold">Część HTML (źródło, niewyświetlane jako strona)</summary>
          <pre className="mt-2 max-w-full overflow-x-auto border-2 border-slate-300 bg-slate-50 p-4 text-xs whitespace-pre-wrap break-all">{mail.html}</pre>
        </details>
      )}
    </>
  );
}
