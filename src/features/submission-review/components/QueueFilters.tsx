import { ALL_VOIVODESHIPS, VOIVODESHIPS } from "@/features/practice/vocabulary";
import { inputClass } from "@/components/ui/Field";
import { AGE_LABELS, type QueueParams, type QueueState } from "../queue-params";

const STATE_NAMES: Record<QueueState, string> = {
  oczekujace: "czekające na redakcję (nowe i w ocenie)",
  nowe: "nowe",
  "w-ocenie": "w ocenie",
  "do-poprawy": "do poprawy",
  przyjete: "przyjęte",
  odrzucone: "odrzucone",
  wszystkie: "wszystkie",
};

/** A GET form: every filtered view of the queue is a URL. */
export function QueueFilters({ params }: { params: QueueParams }) {
  return (
    <form method="get" action="/admin/zgloszenia" role="search" aria-label="Filtruj zgłoszenia" className="mt-6 grid gap-4 border-2 border-slate-300 p-4 sm:grid-cols-3">
      <div>
        <label htmlFor="filtr-stan" className="block font-semibold">Stan</label>
        <select id="filtr-stan" name="stan" defaultValue={params.stan} className={inputClass}>
          {Object.entries(STATE_NAMES).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="filtr-wojewodztwo" className="block font-semibold">Województwo</label>
        <select id="filtr-wojewodztwo" name="wojewodztwo" defaultValue={params.wojewodztwo ? VOIVODESHIPS[params.wojewodztwo].slug : ""} className={inputClass}>
          <option value="">wszystkie</option>
          {ALL_VOIVODESHIPS.map((value) => <option key={value} value={VOIVODESHIPS[value].slug}>{VOIVODESHIPS[value].label}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="filtr-wiek" className="block font-semibold">Czeka</label>
        <select id="filtr-wiek" name="wiek" defaultValue={params.wiek ?? ""} className={inputClass}>
          <option value="">dowolnie długo</option>
          {Object.entries(AGE_LABELS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
      </div>
      <div className="flex items-end gap-4 sm:col-span-3">
        <button type="submit" className="bg-brand-800 px-4 py-2 font-semibold text-white">Pokaż</button>
        <a href="/admin/zgloszenia">Wyczyść filtry</a>
      </div>
    </form>
  );
}
