import { SUBMISSION_STATUS_LABELS } from "@/features/submissions/status";
import type { SubmissionStatus } from "@/generated/prisma/enums";

const STYLES: Record<SubmissionStatus, string> = {
  DRAFT: "border-slate-600 bg-slate-100 text-slate-900",
  NEW: "border-sky-800 bg-sky-50 text-sky-900",
  IN_REVIEW: "border-brand-800 bg-white text-brand-900",
  NEEDS_CHANGES: "border-amber-700 bg-amber-50 text-amber-900",
  ACCEPTED: "border-green-800 bg-green-50 text-green-900",
  REJECTED: "border-red-800 bg-red-50 text-red-900",
};

export function SubmissionStatusBadge({ status }: { status: SubmissionStatus }) {
  return <span className={`inline-block border px-2 py-0.5 text-sm font-semibold ${STYLES[status]}`}>{SUBMISSION_STATUS_LABELS[status]}</span>;
}
