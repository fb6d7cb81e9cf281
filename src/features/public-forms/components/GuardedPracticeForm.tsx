import type { ReactNode } from "react";
import { Button } from "@/components/ui/Button";
import { ErrorSummary } from "@/components/ui/ErrorSummary";
import type { PublicFormState } from "@/features/public-forms/form-state";
import { FormGuardFields } from "./FormGuardFields";
import { FormRefusal } from "./FormRefusal";

type Props = {
  action: (form: FormData) => void;
  /** The form's accessible name. */
  label: string;
  state: PublicFormState<unknown>;
  pending: boolean;
  /** The practice the form is about, posted with it. */
  practiceSlug: string;
  submitLabel: string;
  children: ReactNode;
};

/**
 * A reader's public form about one practice ("Napisz do autora", "Wdrożyliśmy to u siebie"):
 * error summary, refusal, the abuse guard's fields and the submit button around the form's own
 * fields. Works without JavaScript: a POST answered by the page or a redirect.
 */
export function GuardedPracticeForm({ action, label, state, pending, practiceSlug, submitLabel, children }: Props) {
  return (
    <form action={action} noValidate aria-label={label} className="relative max-w-prose">
      <ErrorSummary errors={state.errors} />
      <FormRefusal refusal={state.refusal} />
      <input type="hidden" name="praktyka" value={practiceSlug} />
      {/* Keyed by the stamp: every answer draws the fields anew from what was sent. */}
      <div key={state.stamp}>
        <FormGuardFields stamp={state.stamp} />
        {children}
      </div>
      <Button className="mt-6" disabled={pending}>
        {submitLabel}
      </Button>
    </form>
  );
}
