"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { ErrorSummary } from "@/components/ui/ErrorSummary";
import { FieldError, TextField } from "@/components/ui/Field";
import { FormGuardFields } from "@/features/public-forms/components/FormGuardFields";
import { FormRefusal } from "@/features/public-forms/components/FormRefusal";
import { errorOf } from "@/features/public-forms/form-state";
import { subscribeAlertAction, type AlertFormState } from "@/features/search-alerts/actions";
import { ALERT_LIMITS, QUERY_FIELD } from "@/features/search-alerts/schema";

const CHOICES = [
  { value: "codziennie", label: "Codziennie" },
  { value: "co-tydzien", label: "Raz w tygodniu" },
] as const;

/** The e-mail alert of one search. Works without JavaScript: a POST answered by the page or a redirect. */
export function FollowForm({ query, initial }: { query: string; initial: AlertFormState }) {
  const [state, action, pending] = useActionState(subscribeAlertAction, initial);
  const { values, errors } = state;
  const frequencyError = errorOf(errors, "czestotliwosc");
  return (
    <form action={action} noValidate aria-label="Powiadomienia e-mail" className="relative">
      <ErrorSummary errors={errors} />
      <FormRefusal refusal={state.refusal} />
      <input type="hidden" name={QUERY_FIELD} value={query} />
      {/* Keyed by the stamp: every answer draws the fields anew from what was sent. */}
      <div key={state.stamp}>
        <FormGuardFields stamp={state.stamp} />
        <TextField
          id="email"
          name="email"
          type="email"
          label="Adres e-mail"
          hint="Wyślemy na niego link potwierdzający. Nie zakładasz konta."
          defaultValue={values.email}
          error={errorOf(errors, "email")}
          autoComplete="email"
          spellCheck={false}
          maxLength={ALERT_LIMITS.email}
          frameClassName="mt-3"
        />
        <fieldset className={`mt-4 ${frequencyError ? "border-l-4 border-red-700 pl-3" : ""}`} aria-describedby={frequencyError ? "czestotliwosc-blad" : undefined}>
          <legend className="font-semibold">Jak często</legend>
          <FieldError id="czestotliwosc" error={frequencyError} />
          {CHOICES.map((choice, index) => (
            <div key={choice.value} className="mt-1 flex items-center gap-2">
              <input
                id={index === 0 ? "czestotliwosc" : `czestotliwosc-${choice.value}`}
                type="radio"
                name="czestotliwosc"
                value={choice.value}
                defaultChecked={values.czestotliwosc === choice.value}
                className="size-5"
              />
              <label htmlFor={index === 0 ? "czestotliwosc" : `czestotliwosc-${choice.value}`}>{choice.label}</label>
            </div>
          ))}
        </fieldset>
      </div>
      <Button className="mt-4" disabled={pending}>
        Zamów powiadomienia
      </Button>
    </form>
  );
}
