import type { AuditAction, SubmissionStatus } from "@/generated/prisma/enums";

// The editors' steps on a submission: from which states each is allowed, where it leads, what the
// audit log calls it. The database update is conditional on these same "from" states, so a step
// that became impossible meanwhile (another editor was quicker) is refused, never done twice.

export type ReviewStep = "take" | "return" | "reject" | "accept";

type StepRule = {
  from: readonly SubmissionStatus[];
  to: SubmissionStatus;
  audit: AuditAction;
  /** The button. */
  label: string;
  /** The text the editor must write, told to the submitter (null: no text). */
  message: { label: string; hint: string; missing: string } | null;
};

export const REVIEW_STEPS: Record<ReviewStep, StepRule> = {
  take: { from: ["NEW"], to: "IN_REVIEW", audit: "SUBMISSION_TAKEN", label: "Przyjmij do oceny", message: null },
  return: {
    from: ["NEW", "IN_REVIEW"],
    to: "NEEDS_CHANGES",
    audit: "SUBMISSION_RETURNED",
    label: "Zwróć do poprawy",
    message: {
      label: "Co trzeba poprawić",
      hint: "Zgłaszający przeczyta to na stronie swojego zgłoszenia i w e-mailu.",
      missing: "Napisz, co zgłaszający ma poprawić.",
    },
  },
  reject: {
    from: ["NEW", "IN_REVIEW", "NEEDS_CHANGES"],
    to: "REJECTED",
    audit: "SUBMISSION_REJECTED",
    label: "Odrzuć",
    message: {
      label: "Powód odrzucenia",
      hint: "Zgłaszający przeczyta go na stronie swojego zgłoszenia i w e-mailu.",
      missing: "Napisz, dlaczego zgłoszenie zostało odrzucone.",
    },
  },
  accept: { from: ["NEW", "IN_REVIEW"], to: "ACCEPTED", audit: "SUBMISSION_ACCEPTED", label: "Przyjmij", message: null },
};

export const MAX_REVIEW_MESSAGE = 5_000;

export function canTake(step: ReviewStep, status: SubmissionStatus): boolean {
  return REVIEW_STEPS[step].from.includes(status);
}

/** The steps an editor may take now, in the order the page offers them. */
export function availableSteps(status: SubmissionStatus): ReviewStep[] {
  return (["take", "accept", "return", "reject"] as const).filter((step) => canTake(step, status));
}
