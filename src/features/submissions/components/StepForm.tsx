import type { ReactNode } from "react";
import { Button } from "@/components/ui/Button";
import { ErrorSummary, type FormError } from "@/components/ui/ErrorSummary";
import { saveStepAction } from "../actions";
import type { FieldStep } from "../steps";

type Props = { token: string; step: FieldStep; label: string; errors: FormError[]; children: ReactNode };

/** A step's plain form: saved by the server as typed, with or without JavaScript. */
export function StepForm({ token, step, label, errors, children }: Props) {
  return (
    <form action={saveStepAction} noValidate aria-label={label}>
      <ErrorSummary errors={errors} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="krok" value={step} />
      {children}
      <div className="mt-10 flex flex-wrap gap-4 border-t-2 border-slate-300 pt-6">
        <Button name="operacja" value="dalej">
          Zapisz i przejdź dalej
        </Button>
        <Button name="operacja" value="zapisz" variant="secondary">
          Zapisz
        </Button>
      </div>
    </form>
  );
}
