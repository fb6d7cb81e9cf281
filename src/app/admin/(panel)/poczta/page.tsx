import type { Metadata } from "next";
import { Notice } from "@/components/ui/Notice";
import { Pagination } from "@/components/ui/Pagination";
import { requireAdministrator } from "@/features/auth/authorize";
import { MailFiltersForm } from "@/features/mail/components/MailFiltersForm";
import { MailTable } from "@/features/mail/components/MailTable";
import { listMailKinds, listOutboxMail, MAIL_PAGE_SIZE } from "@/features/mail/data";
import { type MailFilters, mailFiltersSchema } from "@/features/mail/schema";
import { statusSlug } from "@/features/mail/vocabulary";
import { env } from "@/lib/env";
import { formatInteger, pluralPl } from "@/lib/format";

export const metadata: Metadata = { title: "Poczta wychodząca" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function hrefFor(filters: MailFilters, page: number): string {
  const query = new URLSearchParams();
  if (filters.stan) query.set("stan", statusSlug(filters.stan));
  if (filters.rodzaj) query.set("rodzaj", filters.rodzaj);
  if (page > 1) query.set("strona", String(page));
  const text = query.toString();
  return text ? `/admin/poczta?${text}` : "/admin/poczta";
}

export default async function OutboxPage({ searchParams }: Props) {
  await requireAdministrator("/admin/poczta");
  const filters = mailFiltersSchema.parse(await searchParams);
  const [{ mails, total }, kinds] = await Promise.all([listOutboxMail(filters), listMailKinds()]);
  const pageCount = Math.max(1, Math.ceil(total / MAIL_PAGE_SIZE));
  return (
    <>
      <h1 className="text-3xl font-bold">Poczta wychodząca</h1>
      <p className="mt-2 max-w-prose">
        Każda wiadomość, którą wysyła bank, trafia najpierw tutaj, razem ze zmianą, której dotyczy, i dopiero potem jest wysyłana. Nieudane próby są
        ponawiane coraz rzadziej przez mniej więcej dobę. Wysłane wiadomości są usuwane po 30 dniach, a treść wiadomości od czytelników do autorów
        praktyk – 7 dni po wysłaniu.
      </p>
      {!env().SMTP_URL && (
        <Notice tone="info" title="Poczta nie jest wysyłana">
          <p>Serwer poczty nie jest ustawiony (zmienna SMTP_URL), więc wiadomości czekają tutaj i można je przeczytać.</p>
        </Notice>
      )}
      <MailFiltersForm filters={filters} kinds={kinds} />
      <h2 className="mt-6 text-xl font-bold">
        {total === 0 ? "Brak wiadomości" : `${formatInteger(total)} ${pluralPl(total, "wiadomość", "wiadomości", "wiadomości")}`}
      </h2>
      {mails.length > 0 && <MailTable mails={mails} />}
      <Pagination page={filters.strona} pageCount={pageCount} hrefFor={(page) => hrefFor(filters, page)} label="Strony poczty" />
    </>
  );
}
