import type { Metadata } from "next";
import { Notice } from "@/components/ui/Notice";
import { Pagination } from "@/components/ui/Pagination";
import { requireEditor } from "@/features/auth/authorize";
import { QueueFilters } from "@/features/submission-review/components/QueueFilters";
import { QueueTable } from "@/features/submission-review/components/QueueTable";
import { StatusCounts } from "@/features/submission-review/components/StatusCounts";
import { countByStatus, listQueue, QUEUE_PAGE_SIZE } from "@/features/submission-review/data";
import { queueHref, queueParamsSchema } from "@/features/submission-review/queue-params";
import { countPl } from "@/lib/format";

export const metadata: Metadata = { title: "Zgłoszenia" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SubmissionQueuePage({ searchParams }: Props) {
  await requireEditor("/admin/zgloszenia");
  const raw = await searchParams;
  const params = queueParamsSchema.parse(raw);
  const now = new Date();
  const [{ items, total }, counts] = await Promise.all([listQueue(params, now), countByStatus(params, now)]);
  const pageCount = Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));
  return (
    <>
      <h1 className="text-3xl font-bold">Zgłoszenia praktyk</h1>
      <p className="mt-2 max-w-3xl">Praktyki zgłoszone przez samorządy, od najdłużej czekających. Zgłoszenie trafia tu, gdy zgłaszający potwierdzi swój adres e-mail.</p>
      {raw["nie-znaleziono"] === "1" && <Notice tone="warning">Tego zgłoszenia nie ma.</Notice>}
      <StatusCounts params={params} counts={counts} />
      <QueueFilters params={params} />
      <h2 className="mt-6 text-xl font-bold">
        {total === 0
          ? "Nie ma takich zgłoszeń"
          : `${countPl(total, "zgłoszenie", "zgłoszenia", "zgłoszeń")}${pageCount > 1 ? ` (strona ${Math.min(params.strona, pageCount)} z ${pageCount})` : ""}`}
      </h2>
      {items.length > 0 && <QueueTable items={items} now={now} />}
      <Pagination page={params.strona} pageCount={pageCount} hrefFor={(page) => queueHref(params, { strona: page })} label="Strony listy zgłoszeń" />
    </>
  );
}
