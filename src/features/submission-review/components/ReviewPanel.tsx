"use client";

import { useActionState } from "react";
import { Button, type ButtonVariant } from "@/components/ui/Button";
import { ErrorSummary } from "@/components/ui/ErrorSummary";
import { TextAreaField, TextField } from "@/components/ui/Field";
import { reviewSubmissionAction } from "../actions";
import { SLUG_FIELD } from "../draft-input";
import { INITIAL_REVIEW_STATE, messageFieldId, SLUG_OF_STEP } from "../review-form";
import { MAX_REVIEW_MESSAGE, REVIEW_STEPS, type ReviewStep } from "../transitions";

const EXPLANATIONS: Record<ReviewStep, string> = {
  take: "Zgłoszenie przejdzie w stan „w ocenie”; zgłaszający dostanie e-mail.",
  accept: "Powstanie szkic praktyki ze wszystkimi polami, osobami kontaktowymi i załącznikami zgłoszenia, do sprawdzenia i opublikowania. Zgłaszający dostanie e-mail.",
  return: "Zgłaszający poprawi zgłoszenie przez swój link i wyśle je ponownie.",
  reject: "Zgłoszenie nie trafi do banku. To ostateczne.",
};

const VARIANTS: Record<ReviewStep, ButtonVariant> = { take: "primary", accept: "primary", return: "secondary", reject: "danger" };

/** The steps this submission allows now, each its own form of one server action. */
export function ReviewPanel({ submissionId, steps }: { submissionId: number; steps: ReviewStep[] }) {
  const [state, action, pending] = useActionState(reviewSubmissionAction, INITIAL_REVIEW_STATE);
  const errors = Object.fromEntries(state.errors.map((error) => [error.field, error.message]));
  const typed = (step: ReviewStep) => (state.step === step ? state.values : INITIAL_REVIEW_STATE.values);
  return (
    <section aria-labelledby="decyzja" className="mt-8 border-2 border-slate-300 p-4">
      <h2 id="decyzja" className="text-xl font-bold">Decyzja redakcji</h2>
      <div className="mt-4">
        <ErrorSummary errors={state.errors} title="Nie wykonano" />
      </div>
      <div className="grid gap-6 lg:grid-cols-2" key={state.revision}>
        {steps.map((step) => {
          const rule = REVIEW_STEPS[step];
          const headingId = `krok-${SLUG_OF_STEP[step]}`;
          return (
            <form key={step} action={action} noValidate aria-labelledby={headingId} className="border-t-2 border-slate-200 pt-3">
              <h3 id={headingId} className="text-lg font-bold">{rule.label}</h3>
              <p className="text-sm text-slate-700">{EXPLANATIONS[step]}</p>
              <input type="hidden" name="id" value={submissionId} />
              <input type="hidden" name="krok" value={SLUG_OF_STEP[step]} />
              {step === "accept" && (
                <TextField
                  id={SLUG_FIELD}
                  name="adres"
                  label="Adres strony praktyki (nieobowiązkowo)"
                  hint="Puste: adres powstanie z tytułu. Małe litery bez polskich znaków, cyfry i łączniki."
                  defaultValue={typed(step).slug}
                  error={errors[SLUG_FIELD]}
                  maxLength={200}
                  spellCheck={false}
                />
              )}
              {rule.message && (
                <TextAreaField
                  id={messageFieldId(step)}
                  name="wiadomosc"
                  label={rule.message.label}
                  hint={rule.message.hint}
                  defaultValue={typed(step).message}
                  error={errors[messageFieldId(step)]}
                  rows={4}
                  maxLength={MAX_REVIEW_MESSAGE}
                  required
                />
              )}
              <Button className="mt-4" variant={VARIANTS[step]} disabled={pending}>{rule.label}</Button>
            </form>
          );
        })}
      </div>
    </section>
  );
}
