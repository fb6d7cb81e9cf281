import Link from "next/link";
import { Button } from "@/components/ui/Button";
import { formatDateTime } from "@/lib/format";
import { restoreFromBinAction } from "../bin-actions";
import type { PracticeForEditing } from "../data";

export function BinNotice({ practice, canPurge }: { practice: PracticeForEditing; canPurge: boolean }) {
  return (
    <section aria-labelledby="kosz-naglowek" className="mt-6 border-4 border-amber-600 bg-amber-50 p-4">
      <h2 id="kosz-naglowek" className="text-xl font-bold">
        Ta praktyka jest w koszu
      </h2>
      <p className="mt-2">
        Przeniesiono ją do kosza {practice.deletedAt ? formatDateTime(practice.deletedAt) : ""}. Nie jest widoczna w serwisie; jej
        historia i załączniki są zachowane. Aby ją edytować, przywróć ją z kosza.
      </p>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <form action={restoreFromBinAction}>
          <input type="hidden" name="id" value={practice.id} />
          <Button>Przywróć z kosza</Button>
        </form>
        <Link prefetch={false} href={`/admin/praktyki/${practice.id}/historia`}>Historia zmian</Link>
        {canPurge && (
          <Link prefetch={false} href={`/admin/praktyki/${practice.id}/usun-na-stale`} className="text-red-800">
            Usuń na stałe
          </Link>
        )}
      </div>
    </section>
  );
}
