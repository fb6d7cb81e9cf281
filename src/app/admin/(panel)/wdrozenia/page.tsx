import type { Metadata } from "next";
import { Notice } from "@/components/ui/Notice";
import { AdoptionQueue } from "@/features/adoptions/components/AdoptionQueue";
import { listPendingAdoptions } from "@/features/adoptions/data";
import { requireEditor } from "@/features/auth/authorize";

export const metadata: Metadata = { title: "Zgłoszenia wdrożeń" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdoptionQueuePage({ searchParams }: Props) {
  await requireEditor("/admin/wdrozenia");
  const [reports, query] = await Promise.all([listPendingAdoptions(), searchParams]);
  return (
    <>
      <h1 className="text-3xl font-bold">Zgłoszenia wdrożeń</h1>
      <p className="mt-2 max-w-prose">
        Zgłoszenia „Wdrożyliśmy to u siebie” potwierdzone przez zgłaszających, od najstarszego. Zatwierdzone pojawiają się przy praktyce (bez
        danych zgłaszającego); zgłaszający dostaje e-mail o decyzji.
      </p>
      {query.zatwierdzono === "1" && <Notice>Zatwierdzono wdrożenie: jest już widoczne przy praktyce.</Notice>}
      {query.odrzucono === "1" && <Notice>Odrzucono zgłoszenie.</Notice>}
      {query["juz-rozpatrzone"] === "1" && <Notice tone="warning">To zgłoszenie zostało już rozpatrzone.</Notice>}
      <AdoptionQueue reports={reports} />
    </>
  );
}
