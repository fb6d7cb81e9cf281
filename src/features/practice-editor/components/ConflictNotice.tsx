import { formatDateTime } from "@/lib/format";
import type { PracticeFormState } from "../form-state";

/** The second of two editors is told, not overwritten: what changed, by whom, and what to do. */
export function ConflictNotice({ conflict, practiceId }: { conflict: NonNullable<PracticeFormState["conflict"]>; practiceId: number }) {
  return (
    <div role="alert" className="mb-6 border-4 border-amber-600 bg-amber-50 p-4">
      <h2 className="text-xl font-bold">Nie zapisano: ktoś inny zmienił tę praktykę</h2>
      <p className="mt-2">
        Od chwili otwarcia formularza praktykę zapisał(a) {conflict.by ?? "ktoś inny"} ({formatDateTime(new Date(conflict.at))}, wersja{" "}
        {conflict.version}). Aby nie nadpisać tych zmian, Twoje nie zostały zapisane — nadal są w formularzu poniżej.
      </p>
      {conflict.fields.length > 0 && <p className="mt-2">Zmienione pola: {conflict.fields.join(", ")}.</p>}
      <p className="mt-2">
        <a href={`/admin/praktyki/${practiceId}`} target="_blank" rel="noopener">
          Otwórz aktualną wersję w nowej karcie
        </a>
        , przenieś do niej swoje zmiany i zapisz je tam.
      </p>
    </div>
  );
}
