import type { UploadOutcome } from "../mutations";

export function UploadOutcomes({ outcomes }: { outcomes: UploadOutcome[] }) {
  const rejected = outcomes.filter((outcome) => !outcome.ok).length;
  return (
    <div className={`border-l-8 p-3 ${rejected > 0 ? "border-red-700 bg-red-50" : "border-green-700 bg-green-50"}`}>
      <p className="font-bold">
        {rejected === 0 ? "Dodano wszystkie pliki." : rejected === outcomes.length ? "Nie dodano żadnego pliku." : "Nie wszystkie pliki zostały dodane."}
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {outcomes.map((outcome, index) => (
          <li key={`${index}:${outcome.name}`}>
            {outcome.ok ? "" : <span className="font-semibold">Odrzucono: </span>}
            {outcome.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
