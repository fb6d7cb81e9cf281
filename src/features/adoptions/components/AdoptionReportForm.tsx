"use client";

import { useActionState } from "react";
import { SelectField, TextAreaField, TextField } from "@/components/ui/Field";
import { reportAdoptionAction, type AdoptionFormState } from "@/features/adoptions/actions";
import { ADOPTION_LIMITS } from "@/features/adoptions/schema";
import { ALL_UNIT_TYPES, ALL_VOIVODESHIPS, UNIT_TYPES, VOIVODESHIPS } from "@/features/practice/vocabulary";
import { GuardedPracticeForm } from "@/features/public-forms/components/GuardedPracticeForm";
import { errorOf } from "@/features/public-forms/form-state";

const UNIT_TYPE_OPTIONS = ALL_UNIT_TYPES.map((type) => ({ value: type, label: UNIT_TYPES[type].description }));
const VOIVODESHIP_OPTIONS = ALL_VOIVODESHIPS.map((voivodeship) => ({ value: voivodeship, label: VOIVODESHIPS[voivodeship].label }));

/** "Wdrożyliśmy to u siebie". */
export function AdoptionReportForm({ slug, initial }: { slug: string; initial: AdoptionFormState }) {
  const [state, action, pending] = useActionState(reportAdoptionAction, initial);
  const { values, errors } = state;
  const field = (name: keyof typeof values) => ({ id: name, name, defaultValue: values[name], error: errorOf(errors, name) });
  return (
    <GuardedPracticeForm action={action} label="Zgłoszenie wdrożenia" state={state} pending={pending} practiceSlug={slug} submitLabel="Wyślij zgłoszenie">
      <fieldset>
        <legend className="text-xl font-bold">Jednostka, która wdrożyła praktykę</legend>
        <TextField {...field("jednostka")} label="Nazwa jednostki" hint="Np. Gmina Wieliczka, Powiat Kłodzki." autoComplete="organization" maxLength={ADOPTION_LIMITS.unitName} />
        <SelectField {...field("typ")} label="Typ jednostki" options={UNIT_TYPE_OPTIONS} placeholder="– wybierz –" />
        <SelectField {...field("wojewodztwo")} label="Województwo" options={VOIVODESHIP_OPTIONS} placeholder="– wybierz –" />
        <TextField {...field("rok")} label="Rok wdrożenia" inputMode="numeric" maxLength={4} className="max-w-[8rem]" />
        <TextAreaField
          {...field("zmiany")}
          label="Co zmieniliście, powtarzając praktykę (nieobowiązkowe)"
          hint="Opis zostanie opublikowany przy praktyce."
          rows={6}
          maxLength={ADOPTION_LIMITS.changes}
        />
      </fieldset>
      <fieldset className="mt-8">
        <legend className="text-xl font-bold">Osoba do kontaktu</legend>
        <p className="mt-1 text-sm text-slate-700">Widzi ją tylko redakcja banku; nie publikujemy jej danych.</p>
        <TextField {...field("imie")} label="Imię i nazwisko" autoComplete="name" maxLength={ADOPTION_LIMITS.name} />
        <TextField
          {...field("email")}
          type="email"
          label="Adres e-mail"
          hint="Wyślemy na niego link, którym potwierdzisz zgłoszenie."
          autoComplete="email"
          spellCheck={false}
          maxLength={ADOPTION_LIMITS.email}
        />
      </fieldset>
    </GuardedPracticeForm>
  );
}
