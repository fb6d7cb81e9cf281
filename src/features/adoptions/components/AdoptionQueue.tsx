import { Button } from "@/components/ui/Button";
import { reviewAdoptionAction } from "@/features/adoptions/actions";
import type { PendingAdoption } from "@/features/adoptions/data";
import { UNIT_TYPES, VOIVODESHIPS } from "@/features/practice/vocabulary";
import { formatDateTime } from "@/lib/format";

/** The confirmed reports waiting for an editor: every field, the reporter's address included. */
export function AdoptionQueue({ reports }: { reports: PendingAdoption[] }) {
  if (reports.length === 0) return <p className="mt-6">Żadne zgłoszenie nie czeka na decyzję.</p>;
  return (
    <ul className="mt-6 space-y-6">
      {reports.map((report) => (
        <li key={report.id} className="border-2 border-slate-300 p-4">
          <h2 className="text-xl font-bold">
            {report.unitName} – <a href={`/praktyki/${report.practice.slug}`}>{report.practice.title}</a>
          </h2>
          <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
            <dt className="font-semibold">Typ jednostki</dt>
            <dd>{UNIT_TYPES[report.unitType].description}</dd>
            <dt className="font-semibold">Województwo</dt>
            <dd>{VOIVODESHIPS[report.voivodeship].label}</dd>
            <dt className="font-semibold">Rok wdrożenia</dt>
            <dd>{report.year}</dd>
            <dt className="font-semibold">Co zmienili</dt>
            <dd className="whitespace-pre-line">{report.changes || "—"}</dd>
            <dt className="font-semibold">Zgłasza</dt>
            <dd>
              {report.contactName}, <span className="break-all">{report.contactEmail}</span>
            </dd>
            <dt className="font-semibold">Potwierdzono</dt>
            <dd>{report.confirmedAt ? formatDateTime(report.confirmedAt) : "—"}</dd>
          </dl>
          <form action={reviewAdoptionAction} className="mt-4 flex flex-wrap gap-3">
            <input type="hidden" name="id" value={report.id} />
            <Button name="decyzja" value="zatwierdz">
              Zatwierdź<span className="sr-only"> wdrożenie: {report.unitName}</span>
            </Button>
            <Button name="decyzja" value="odrzuc" variant="secondary">
              Odrzuć<span className="sr-only"> wdrożenie: {report.unitName}</span>
            </Button>
          </form>
        </li>
      ))}
    </ul>
  );
}
