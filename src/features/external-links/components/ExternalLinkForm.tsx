"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { ErrorSummary } from "@/components/ui/ErrorSummary";
import { TextAreaField, TextField } from "@/components/ui/Field";
import { type ExternalLinkFormState, saveExternalLinkAction } from "../actions";

type ExternalLink = { id: number; title: string; url: string; description: string; position: number };

const INITIAL: ExternalLinkFormState = { values: {}, errors: [] };

export function ExternalLinkForm({ link, nextPosition }: { link: ExternalLink | null; nextPosition: number }) {
  const [state, action, pending] = useActionState(saveExternalLinkAction, INITIAL);
  const errors = Object.fromEntries(state.errors.map((error) => [error.field, error.message]));
  const values = {
    title: link?.title ?? "",
    url: link?.url ?? "",
    description: link?.description ?? "",
    position: String(link?.position ?? nextPosition),
    ...state.values,
  };
  return (
    <form action={action} noValidate className="max-w-2xl" key={JSON.stringify(state)} aria-label={link ? "Edycja odnośnika" : "Nowy odnośnik"}>
      <ErrorSummary errors={state.errors} />
      {link && <input type="hidden" name="id" value={link.id} />}
      <TextField id="title" name="title" label="Nazwa bazy" defaultValue={values.title} error={errors.title} />
      <TextField id="url" name="url" type="url" label="Adres strony" hint="Pełny adres, np. https://www.interregeurope.eu/good-practices" defaultValue={values.url} error={errors.url} spellCheck={false} autoComplete="url" />
      <TextAreaField id="description" name="description" label="Opis (nieobowiązkowo)" hint="Kto prowadzi bazę i czego można w niej szukać." rows={3} defaultValue={values.description} error={errors.description} />
      <TextField id="position" name="position" label="Pozycja na liście" hint="Mniejsza liczba: wyżej na stronie Inne bazy danych." inputMode="numeric" defaultValue={values.position} error={errors.position} className="max-w-32" />
      <Button className="mt-6" disabled={pending}>
        {link ? "Zapisz odnośnik" : "Dodaj odnośnik"}
      </Button>
    </form>
  );
}
