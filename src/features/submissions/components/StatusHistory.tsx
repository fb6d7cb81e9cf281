import { formatDateTime } from "@/lib/format";
import type { PublicSubmission } from "../data";
import { SUBMISSION_STATUS_LABELS } from "../status";

/** The submission's steps with the editors' messages (who the editor was stays in the admin). */
export function StatusHistory({ events }: { events: PublicSubmission["events"] }) {
  return (
    <section aria-labelledby="historia-naglowek" className="mt-8">
      <h2 id="historia-naglowek" className="text-xl font-bold">
        Historia zgłoszenia
      </h2>
      <ol className="mt-3 space-y-3">
        {events.map((event) => (
          <li key={event.id} className="border-l-4 border-slate-400 pl-3">
            <p>
              <time dateTime={event.at.toISOString()}>{formatDateTime(event.at)}</time>: <strong>{SUBMISSION_STATUS_LABELS[event.status]}</strong>
            </p>
            {event.message && <p className="mt-1 whitespace-pre-line break-words">{event.message}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
