"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { ErrorSummary } from "@/components/ui/ErrorSummary";
import { TextField } from "@/components/ui/Field";
import { errorsByField } from "@/features/practice-editor/form-values";
import { type StartState, startSubmissionAction } from "../actions";
import { GuardFields } from "./GuardFields";

/** Step 1: who submits. A refused form comes back with everything typed. */
export function StartForm({ initial }: { initial: StartState }) {
  const [state, action, pending] = useActionState(startSubmissionAction, initial);
  const byField = errorsByField(state.errors);
  return (
    <form key={state.revision} action={action} noValidate aria-label="Kto zgłasza praktykę">
      <ErrorSummary errors={state.errors} />
      <GuardFields stamp={state.stamp} />
      <TextField id="name" name="name" label="Imię i nazwisko" autoComplete="name" defaultValue={state.values.name} error={byField.name} />
      <TextField
        id="email"
        name="email"
        type="email"
        label="Adres e-mail"
        hint="Wyślemy na niego link potwierdzający i link do strony zgłoszenia. Widzi go tylko redakcja."
        autoComplete="email"
        spellCheck={false}
        defaultValue={state.values.email}
        error={byField.email}
      />
      <TextField id="unit" name="unit" label="Jednostka, którą reprezentujesz" hint="Na przykład Urząd Miejski w Zabrzu." autoComplete="organization" defaultValue={state.values.unit} error={byField.unit} />
      <div className="mt-8 flex flex-wrap items-center gap-4">
        <Button disabled={pending}>Rozpocznij zgłoszenie</Button>
        {pending && <p role="status">Zapisywanie…</p>}
      </div>
    </form>
  );
}
