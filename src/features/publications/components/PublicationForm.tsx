"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { ErrorSummary } from "@/components/ui/ErrorSummary";
import { TextAreaField, TextField } from "@/components/ui/Field";
import { type PublicationFormState, savePublicationAction } from "../actions";
import { PUBLICATION_MIME_TYPES } from "../schema";

type Publication = { id: number; title: string; description: string; publishedOn: string; fileName: string };

const INITIAL: PublicationFormState = { values: {}, errors: [] };
const ACCEPT = [".pdf", ".docx", ".odt", ".xlsx", ".ods", ...PUBLICATION_MIME_TYPES].join(",");

function fileHint(publication: Publication | null, droppedFileName: string | undefined): string {
  const formats = "PDF, DOCX, ODT, XLSX lub ODS, najwyżej 20 MB.";
  const current = publication ? ` Obecny plik: „${publication.fileName}”. Wybierz nowy tylko, jeśli chcesz go zastąpić.` : "";
  const again = droppedFileName ? ` Wybierz ponownie plik „${droppedFileName}”: przeglądarka nie zachowuje wybranego pliku po błędzie.` : "";
  return `${formats}${current}${again}`;
}

export function PublicationForm({ publication, today }: { publication: Publication | null; today: string }) {
  const [state, action, pending] = useActionState(savePublicationAction, INITIAL);
  const errors = Object.fromEntries(state.errors.map((error) => [error.field, error.message]));
  const values = {
    title: publication?.title ?? "",
    description: publication?.description ?? "",
    publishedOn: publication?.publishedOn ?? today,
    ...state.values,
  };
  return (
    <form action={action} noValidate className="max-w-2xl" key={JSON.stringify(state)} aria-label={publication ? "Edycja publikacji" : "Nowa publikacja"}>
      <ErrorSummary errors={state.errors} />
      {publication && <input type="hidden" name="id" value={publication.id} />}
      <TextField id="title" name="title" label="Tytuł" defaultValue={values.title} error={errors.title} />
      <TextAreaField id="description" name="description" label="Opis (nieobowiązkowo)" hint="Jedno–dwa zdania: dla kogo jest dokument i co w nim jest." rows={4} defaultValue={values.description} error={errors.description} />
      <TextField id="publishedOn" name="publishedOn" label="Data publikacji" hint="W formacie RRRR-MM-DD, np. 2024-03-15. Lista w serwisie jest uporządkowana od najnowszych." inputMode="numeric" defaultValue={values.publishedOn} error={errors.publishedOn} className="max-w-40" />
      <TextField id="file" name="file" type="file" accept={ACCEPT} label={publication ? "Nowy plik (nieobowiązkowo)" : "Plik"} hint={fileHint(publication, state.droppedFileName)} error={errors.file} />
      <Button className="mt-6" disabled={pending}>
        {publication ? "Zapisz publikację" : "Dodaj publikację"}
      </Button>
      {pending && (
        <p role="status" className="mt-2">
          Wysyłanie… Duży plik może wysyłać się kilkadziesiąt sekund.
        </p>
      )}
    </form>
  );
}
