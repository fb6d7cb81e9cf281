import Link from "next/link";
import { SUBMISSION_STATUS_LABELS } from "@/features/submissions/status";
import type { SubmissionStatus } from "@/generated/prisma/enums";
import { formatInteger } from "@/lib/format";
import { type QueueParams, queueHref, type QueueState } from "../queue-params";

const STATES: [QueueState, SubmissionStatus][] = [
  ["nowe", "NEW"],
  ["w-ocenie", "IN_REVIEW"],
  ["do-poprawy", "NEEDS_CHANGES"],
  ["przyjete", "ACCEPTED"],
  ["odrzucone", "REJECTED"],
];

/** How many submissions each state has under the other filters; each a link to that state. */
export function StatusCounts({ params, counts }: { params: QueueParams; counts: Record<SubmissionStatus, number> }) {
  return (
    <nav aria-label="Zgłoszenia według stanu" className="mt-6">
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {STATES.map(([state, status]) => (
          <li key={state}>
            <Link prefetch={false} href={queueHref(params, { stan: state, strona: 1 })} aria-current={params.stan === state ? "page" : undefined} className="aria-[current=page]:font-bold">
              {SUBMISSION_STATUS_LABELS[status]}: {formatInteger(counts[status])}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
