import type { SubmissionStatus } from "@/generated/prisma/enums";

/** Polish names of a submission's states, as the submitter and the editors read them. */
export const SUBMISSION_STATUS_LABELS: Record<SubmissionStatus, string> = {
  DRAFT: "szkic",
  NEW: "nowe",
  IN_REVIEW: "w ocenie",
  NEEDS_CHANGES: "do poprawy",
  ACCEPTED: "przyjęte",
  REJECTED: "odrzucone",
};

/** States in which the submitter may still change what they sent. */
export const SUBMITTER_EDITABLE: readonly SubmissionStatus[] = ["DRAFT", "NEEDS_CHANGES"];

export function submitterCanEdit(status: SubmissionStatus): boolean {
  return SUBMITTER_EDITABLE.includes(status);
}
