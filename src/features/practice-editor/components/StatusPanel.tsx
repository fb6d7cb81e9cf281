import Link from "next/link";
import { Button } from "@/components/ui/Button";
import { formatDateTime, formatLongDate } from "@/lib/format";
import { setStatusAction, verifyContactsAction } from "../actions";
import type { PracticeForEditing } from "../data";
import { StatusBadge } from "./StatusBadge";

/** State, dates and the status buttons of a practice, above its form. */
export function StatusPanel({ practice }: { practice: PracticeForEditing }) {
  const latest = practice.versions[0];
  const published = practice.status === "PUBLISHED";
  return (
    <section aria-labelledby="stan-naglowek" className="mt-6 border-2 border-slate-300 p-4">
      <h2 id="stan-naglowek" className="sr-only">
        Stan praktyki
      </h2>
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">Stan</dt>
        <dd>
          <StatusBadge status={practice.status} />
        </dd>
        <dt className="font-semibold">Ostatnia zmiana</dt>
        <dd>
          {latest ? `${formatDateTime(latest.createdAt)}${latest.author ? `, ${latest.author.name}` : ""}` : formatDateTime(practice.updatedAt)} (wersja {practice.version})
        </dd>
        {practice.status !== "DRAFT" && (
          <>
            <dt className="font-semibold">Data wprowadzenia do banku</dt>
            <dd>{formatLongDate(practice.enteredOn)}</dd>
            <dt className="font-semibold">Data aktualizacji</dt>
            <dd>{formatLongDate(practice.revisedOn)}</dd>
          </>
        )}
        <dt className="font-semibold">Dane kontaktowe</dt>
        <dd>{practice.contactsVerifiedOn ? `zweryfikowano dnia ${formatLongDate(practice.contactsVerifiedOn)}` : "niezweryfikowane"}</dd>
      </dl>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <form action={setStatusAction}>
          <input type="hidden" name="id" value={practice.id} />
          <input type="hidden" name="wersja" value={practice.version} />
          <input type="hidden" name="stan" value={published ? "wycofana" : "opublikowana"} />
          <Button variant={published ? "secondary" : "primary"}>{published ? "Wycofaj z publikacji" : "Opublikuj"}</Button>
        </form>
        <form action={verifyContactsAction}>
          <input type="hidden" name="id" value={practice.id} />
          <Button variant="secondary">Potwierdź dane kontaktowe</Button>
        </form>
        <Link prefetch={false} href={`/admin/praktyki/${practice.id}/historia`}>Historia zmian</Link>
        {published && (
          <a href={`/praktyki/${practice.slug}`} target="_blank" rel="noopener">
            Zobacz w serwisie<span className="sr-only"> (w nowej karcie)</span>
          </a>
        )}
        <Link prefetch={false} href={`/admin/praktyki/${practice.id}/usun`} className="text-red-800">
          Usuń praktykę
        </Link>
      </div>
    </section>
  );
}
