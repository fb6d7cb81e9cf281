import type { FormError } from "@/components/ui/ErrorSummary";
import type { ReviewStep } from "./transitions";

// Between the review page's forms and their server action (safe for the browser).

/** The `krok` of each form, and of the notice after it (?wykonano=…). */
export const STEP_SLUGS = { "do-oceny": "take", "do-poprawy": "return", odrzuc: "reject", przyjmij: "accept" } as const satisfies Record<string, ReviewStep>;

export const SLUG_OF_STEP = Object.fromEntries(Object.entries(STEP_SLUGS).map(([slug, step]) => [step, slug])) as Record<ReviewStep, keyof typeof STEP_SLUGS>;

export type ReviewFormState = {
  /** The form last sent, whose fields get the values back. */
  step: ReviewStep | null;
  values: { message: string; slug: string };
  errors: FormError[];
  revision: number;
};

export const INITIAL_REVIEW_STATE: ReviewFormState = { step: null, values: { message: "", slug: "" }, errors: [], revision: 0 };

export function messageFieldId(step: ReviewStep): string {
  return `wiadomosc-${SLUG_OF_STEP[step]}`;
}
