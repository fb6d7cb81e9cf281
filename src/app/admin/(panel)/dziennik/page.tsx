import type { Metadata } from "next";
import { Pagination } from "@/components/ui/Pagination";
import { requireAdministrator } from "@/features/auth/authorize";
import { AuditFiltersForm } from "@/features/audit/components/AuditFiltersForm";
import { AuditTable } from "@/features/audit/components/AuditTable";
import { AUDIT_PAGE_SIZE, listAuditActors, listAuditEvents } from "@/features/audit/data";
import { type AuditFilters, auditFiltersSchema } from "@/features/audit/schema";
import { actionSlug } from "@/features/audit/vocabulary";
import { formatInteger, pluralPl } from "@/lib/format";

export const metadata: Metadata = { title: "Dziennik zdarzeń" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function hrefFor(filters: AuditFilters, page: number): string {
  const query = new URLSearchParams();
  if (filters.rodzaj) query.set("rodzaj", actionSlug(filters.rodzaj));
  if (filters.konto) query.set("konto", String(filters.konto));
  if (filters.praktyka) query.set("praktyka", String(filters.praktyka));
  if (filters.od) query.set("od", filters.od);
  if (filters.do) query.set("do", filters.do);
  if (page > 1) query.set("strona", String(page));
  const text = query.toString();
  return text ? `/admin/dziennik?${text}` : "/admin/dziennik";
}

export default async function AuditLogPage({ searchParams }: Props) {
  await requireAdministrator("/admin/dziennik");
  const filters = auditFiltersSchema.parse(await searchParams);
  const [{ events, total }, actors] = await Promise.all([listAuditEvents(filters), listAuditActors()]);
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  return (
    <>
      <h1 className="text-3xl font-bold">Dziennik zdarzeń</h1>
      <p className="mt-2 max-w-prose">
        Logowania, zmiany kont, praktyk i załączników: kto, co i kiedy. Wpisów nie można zmienić ani usunąć. Adresy IP są zapisywane tylko
        jako skrót (HMAC), po którym da się rozpoznać ten sam adres, ale nie da się go odczytać.
      </p>
      <AuditFiltersForm filters={filters} actors={actors} />
      <h2 className="mt-6 text-xl font-bold">
        {total === 0 ? "Brak zdarzeń" : `${formatInteger(total)} ${pluralPl(total, "zdarzenie", "zdarzenia", "zdarzeń")}`}
      </h2>
      {events.length > 0 && <AuditTable events={events} />}
      <Pagination page={filters.strona} pageCount={pageCount} hrefFor={(page) => hrefFor(filters, page)} label="Strony dziennika" />
    </>
  );
}
