import type { ReactNode } from "react";
import { ErrorSummary, type FormError } from "@/components/ui/ErrorSummary";
import { saveStepAction } from "../actions";
import type { FieldStep } from "../steps";
import { StepButtons } from "./StepButtons";

type Props = { token: string; step: FieldStep; label: string; errors: FormError[]; children: ReactNode };

/** A step's plain form: saved by the server as typed, with or without JavaScript. */
export function StepForm({ token, step, label, errors, children }: Props) {
  return (
    <form action={saveStepAction} noValidate aria-label={label}>
      <ErrorSummary errors={errors} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="krok" value={step} />
      {children}
      <StepButtons />
    </form>
  );
}
