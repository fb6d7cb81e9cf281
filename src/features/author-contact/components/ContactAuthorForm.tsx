"use client";

import { useActionState } from "react";
import { FieldError, TextAreaField, TextField } from "@/components/ui/Field";
import { sendContactMessageAction, type ContactFormState } from "@/features/author-contact/actions";
import type { Recipient } from "@/features/author-contact/data";
import { MESSAGE_LIMITS } from "@/features/author-contact/schema";
import { errorOf } from "@/features/public-forms/form-state";
import { GuardedPracticeForm } from "@/features/public-forms/components/GuardedPracticeForm";

type Props = { slug: string; recipients: Recipient[]; initial: ContactFormState };

function RecipientChoice({ recipients, chosen, error }: { recipients: Recipient[]; chosen: string; error?: string }) {
  if (recipients.length === 1) return <input type="hidden" name="adresat" value={recipients[0]!.id} />;
  return (
    <fieldset className={`mt-5 ${error ? "border-l-4 border-red-700 pl-3" : ""}`} aria-describedby={error ? "adresat-blad" : undefined}>
      <legend className="font-semibold">Do kogo piszesz?</legend>
      <FieldError id="adresat" error={error} />
      <ul className="mt-1 space-y-1">
        {recipients.map((recipient, index) => (
          <li key={recipient.id}>
            <input
              type="radio"
              id={index === 0 ? "adresat" : `adresat-${recipient.id}`}
              name="adresat"
              value={recipient.id}
              defaultChecked={chosen === String(recipient.id)}
              className="mr-2 size-4 align-middle"
            />
            <label htmlFor={index === 0 ? "adresat" : `adresat-${recipient.id}`}>
              {recipient.name}
              {recipient.role && <span className="text-slate-700">, {recipient.role}</span>}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** "Napisz do autora". */
export function ContactAuthorForm({ slug, recipients, initial }: Props) {
  const [state, action, pending] = useActionState(sendContactMessageAction, initial);
  const { values, errors } = state;
  return (
    <GuardedPracticeForm action={action} label="Napisz do autora" state={state} pending={pending} practiceSlug={slug} submitLabel="Wyślij wiadomość">
      <RecipientChoice recipients={recipients} chosen={values.adresat} error={errorOf(errors, "adresat")} />
      <TextField id="imie" name="imie" label="Imię i nazwisko" autoComplete="name" maxLength={MESSAGE_LIMITS.name} defaultValue={values.imie} error={errorOf(errors, "imie")} />
      <TextField
        id="email"
        name="email"
        type="email"
        label="Twój adres e-mail"
        hint="Na ten adres przyjdzie odpowiedź i kopia wiadomości."
        autoComplete="email"
        spellCheck={false}
        maxLength={MESSAGE_LIMITS.email}
        defaultValue={values.email}
        error={errorOf(errors, "email")}
      />
      <TextAreaField
        id="wiadomosc"
        name="wiadomosc"
        label="Wiadomość"
        rows={8}
        maxLength={MESSAGE_LIMITS.message}
        defaultValue={values.wiadomosc}
        error={errorOf(errors, "wiadomosc")}
      />
    </GuardedPracticeForm>
  );
}
