import type { UploadOutcome } from "../mutations";

const SUMMARIES = {
  added: { all: "Dodano wszystkie pliki.", none: "Nie dodano żadnego pliku.", some: "Nie wszystkie pliki zostały dodane." },
  // A new practice's files are only accepted until its save attaches them.
  accepted: { all: "Przyjęto wszystkie pliki.", none: "Nie przyjęto żadnego pliku.", some: "Nie wszystkie pliki zostały przyjęte." },
} as const;

export function UploadOutcomes({ outcomes, pending = false }: { outcomes: UploadOutcome[]; pending?: boolean }) {
  const rejected = outcomes.filter((outcome) => !outcome.ok).length;
  const summary = SUMMARIES[pending ? "accepted" : "added"];
  return (
    <div className={`border-l-8 p-3 ${rejected > 0 ? "border-red-700 bg-red-50" : "border-green-700 bg-green-50"}`}>
      <p className="font-bold">{rejected === 0 ? summary.all : rejected === outcomes.length ? summary.none : summary.some}</p>
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
