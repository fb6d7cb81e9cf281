"use client";

import { useActionState, useRef, useState } from "react";
import { Button } from "@/components/ui/Button";
import { ErrorSummary, type FormError } from "@/components/ui/ErrorSummary";
import { SelectField, TextAreaField, TextField } from "@/components/ui/Field";
import { ALL_UNIT_TYPES, ALL_VOIVODESHIPS, UNIT_TYPES, VOIVODESHIPS } from "@/features/practice/vocabulary";
import type { PracticeStatus } from "@/generated/prisma/enums";
import { slugify } from "@/lib/slug";
import { savePracticeAction } from "../actions";
import type { PracticeFormState } from "../form-state";
import { errorsByField, readPracticeForm, validatePracticeForm } from "../form-values";
import { BodyField } from "./BodyField";
import { type CategoryOption, CategoryFields } from "./CategoryFields";
import { ConflictNotice } from "./ConflictNotice";
import { ContactsFieldset } from "./ContactsFieldset";
import { DetailsFields } from "./DetailsFields";
import { PendingUploadsField } from "@/features/attachments/components/PendingUploadsField";

type Props = {
  practice: { id: number; version: number; status: PracticeStatus } | null;
  initial: PracticeFormState;
  categories: CategoryOption[];
  /** A new practice's form takes files too (the edit page has its own upload form). */
  maxFileBytes?: number;
};

export function PracticeForm(props: Props) {
  const [state, action, pending] = useActionState(savePracticeAction, props.initial);
  // Every answer draws the form anew from what it returned, so nothing typed is lost.
  return <FormBody key={state.revision} state={state} action={action} pending={pending} {...props} />;
}

type BodyProps = Props & { state: PracticeFormState; action: (form: FormData) => void; pending: boolean };

function FormBody({ practice, state, action, pending, categories, maxFileBytes }: BodyProps) {
  const [clientErrors, setClientErrors] = useState<FormError[] | null>(null);
  const [uploading, setUploading] = useState(false);
  const slugEdited = useRef(practice !== null || state.values.slug !== "");
  const errors = clientErrors ?? state.errors;
  const byField = errorsByField(errors);
  const { values } = state;
  const published = practice?.status === "PUBLISHED";

  const checkBeforeSending = (event: React.FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.value !== "zapisz" && submitter?.value !== "opublikuj") return;
    // The same schema as the server's: mistakes are shown without a round trip.
    const result = validatePracticeForm(readPracticeForm(new FormData(event.currentTarget)));
    if (!result.ok) {
      event.preventDefault();
      setClientErrors(result.errors);
    } else {
      setClientErrors(null);
    }
  };

  return (
    <form action={action} onSubmit={checkBeforeSending} noValidate aria-label={practice ? "Edycja praktyki" : "Nowa praktyka"}>
      <ErrorSummary errors={errors} />
      {state.conflict && practice && <ConflictNotice conflict={state.conflict} practiceId={practice.id} />}
      {practice && <input type="hidden" name="id" value={practice.id} />}
      {practice && <input type="hidden" name="wersja" value={practice.version} />}

      <h2 className="mt-2 text-2xl font-bold">Opis praktyki</h2>
      <TextField
        id="title"
        name="title"
        label="Tytuł"
        defaultValue={values.title}
        error={byField.title}
        onChange={(event) => {
          const slug = document.getElementById("slug") as HTMLInputElement | null;
          if (slug && !slugEdited.current) slug.value = slugify(event.currentTarget.value).slice(0, 200);
        }}
      />
      <TextField
        id="slug"
        name="slug"
        label="Adres strony"
        hint={
          published
            ? "Część adresu po /praktyki/. Zmiana adresu opublikowanej praktyki unieważni dotychczasowe odnośniki."
            : "Część adresu po /praktyki/: małe litery bez polskich znaków, cyfry i łączniki. Puste pole: adres z tytułu."
        }
        defaultValue={values.slug}
        error={byField.slug}
        spellCheck={false}
        autoComplete="off"
        className="font-mono"
        onChange={() => (slugEdited.current = true)}
      />
      <TextAreaField id="summary" name="summary" label="Skrót" hint="Kilka zdań: co zrobiono, dla kogo i z jakim skutkiem." rows={5} defaultValue={values.summary} error={byField.summary} />
      <BodyField initial={values.body} error={byField.body} serverPreview={state.preview} />

      <h2 className="mt-10 text-2xl font-bold">Kategorie</h2>
      <CategoryFields options={categories} primary={values.primaryCategoryId} others={values.categoryIds} errors={byField} />

      <h2 className="mt-10 text-2xl font-bold">Metryka</h2>
      <div className="grid gap-x-6 sm:grid-cols-2">
        <SelectField id="unitType" name="unitType" label="Typ jednostki" placeholder="Wybierz typ jednostki" defaultValue={values.unitType} error={byField.unitType} options={ALL_UNIT_TYPES.map((value) => ({ value, label: UNIT_TYPES[value].description }))} />
        <SelectField id="voivodeship" name="voivodeship" label="Województwo" placeholder="Wybierz województwo" defaultValue={values.voivodeship} error={byField.voivodeship} options={ALL_VOIVODESHIPS.map((value) => ({ value, label: VOIVODESHIPS[value].label }))} />
        <TextField id="locality" name="locality" label="Miejscowość" defaultValue={values.locality} error={byField.locality} />
        <TextField id="implementingUnit" name="implementingUnit" label="Jednostka wdrażająca" defaultValue={values.implementingUnit} error={byField.implementingUnit} />
        <TextField id="postalCode" name="postalCode" label="Kod pocztowy" hint="Na przykład 41-800." inputMode="numeric" autoComplete="off" defaultValue={values.postalCode} error={byField.postalCode} className="max-w-32" />
        <TextField id="postOffice" name="postOffice" label="Poczta" defaultValue={values.postOffice} error={byField.postOffice} />
        <TextField id="street" name="street" label="Ulica (nieobowiązkowo)" defaultValue={values.street} error={byField.street} />
        <TextField id="website" name="website" label="Witryna internetowa (nieobowiązkowo)" hint="Na przykład www.gmina.pl" type="url" spellCheck={false} defaultValue={values.website} error={byField.website} />
        <TextField id="population" name="population" label="Liczba mieszkańców (nieobowiązkowo)" inputMode="numeric" defaultValue={values.population} error={byField.population} className="max-w-48" />
      </div>

      <DetailsFields values={values} errors={byField} />

      <ContactsFieldset initial={values.contacts} errors={byField} />

      {!practice && maxFileBytes !== undefined && (
        <>
          <h2 className="mt-10 text-2xl font-bold">Załączniki</h2>
          <PendingUploadsField initial={state.uploads.pending} initialOutcomes={state.uploads.outcomes} maxFileBytes={maxFileBytes} onBusyChange={setUploading} />
        </>
      )}

      <div className="mt-10 flex flex-wrap gap-4 border-t-2 border-slate-300 pt-6">
        <Button name="operacja" value="zapisz" disabled={pending || uploading}>
          {practice ? (published ? "Zapisz i opublikuj zmiany" : "Zapisz zmiany") : "Zapisz jako szkic"}
        </Button>
        {!published && (
          <Button name="operacja" value="opublikuj" variant="secondary" disabled={pending || uploading}>
            Zapisz i opublikuj
          </Button>
        )}
        {pending && <p role="status">Zapisywanie…</p>}
        {uploading && <p>Zapisanie będzie możliwe po wysłaniu plików.</p>}
      </div>
    </form>
  );
}
