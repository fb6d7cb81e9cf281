import { formatDateTime } from "@/lib/format";
import type { SubmissionForReview } from "../data";
import { SubmissionStatusBadge } from "./SubmissionStatusBadge";

/** Every step of the submission, oldest first: the submitter's (no editor) and the editors'. */
export function SubmissionHistory({ events }: { events: SubmissionForReview["events"] }) {
  return (
    <section aria-labelledby="przebieg-naglowek" id="przebieg" tabIndex={-1} className="mt-8 focus:outline-none">
      <h2 id="przebieg-naglowek" className="text-xl font-bold">Przebieg</h2>
      <ol className="mt-2 space-y-3">
        {events.map((event) => (
          <li key={event.id} className="border-l-4 border-slate-300 pl-3">
            <p>
              <SubmissionStatusBadge status={event.status} /> <span className="text-sm">{formatDateTime(event.at)}</span>
              <span className="block text-sm text-slate-700">{event.actor ? `redakcja: ${event.actor.name}` : "zgłaszający"}</span>
            </p>
            {event.message && <blockquote className="mt-1 whitespace-pre-line border-l-2 border-slate-500 pl-3">{event.message}</blockquote>}
          </li>
        ))}
      </ol>
    </section>
  );
}
