"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { ErrorSummary } from "@/components/ui/ErrorSummary";
import { SelectField, TextAreaField, TextField } from "@/components/ui/Field";
import { type CategoryFormState, deleteCategoryAction, saveCategoryAction } from "../actions";

type Category = { id: number; name: string; slug: string; description: string | null; parentId: number | null; position: number };
type ParentOption = { id: number; name: string; depth: number };

const INITIAL: CategoryFormState = { values: {}, errors: [] };

export function CategoryForm({ category, parents, defaultParentId }: { category: Category | null; parents: ParentOption[]; defaultParentId?: number }) {
  const [state, action, pending] = useActionState(saveCategoryAction, INITIAL);
  const errors = Object.fromEntries(state.errors.map((error) => [error.field, error.message]));
  const values = {
    name: category?.name ?? "",
    slug: category?.slug ?? "",
    description: category?.description ?? "",
    parentId: String(category?.parentId ?? defaultParentId ?? ""),
    position: String(category?.position ?? 0),
    ...state.values,
  };
  return (
    <form action={action} noValidate className="max-w-2xl" key={JSON.stringify(state.values)} aria-label={category ? "Edycja kategorii" : "Nowa kategoria"}>
      <ErrorSummary errors={state.errors} />
      {category && <input type="hidden" name="id" value={category.id} />}
      <TextField id="name" name="name" label="Nazwa" defaultValue={values.name} error={errors.name} />
      <TextField id="slug" name="slug" label="Adres" hint="Część adresu po /kategorie/. Puste pole: adres z nazwy. Zmiana unieważni dotychczasowe odnośniki." defaultValue={values.slug} error={errors.slug} className="font-mono" spellCheck={false} />
      <TextAreaField id="description" name="description" label="Opis (nieobowiązkowo)" rows={3} defaultValue={values.description} error={errors.description} />
      <SelectField
        id="parentId"
        name="parentId"
        label="Kategoria nadrzędna"
        placeholder="brak (kategoria główna)"
        defaultValue={values.parentId}
        error={errors.parentId}
        options={parents.filter((parent) => parent.id !== category?.id).map((parent) => ({ value: String(parent.id), label: `${"— ".repeat(parent.depth)}${parent.name}` }))}
      />
      <TextField id="position" name="position" label="Pozycja na liście" hint="Mniejsza liczba: wyżej wśród kategorii o tym samym rodzicu." inputMode="numeric" defaultValue={values.position} error={errors.position} className="max-w-32" />
      <Button className="mt-6" disabled={pending}>
        {category ? "Zapisz kategorię" : "Dodaj kategorię"}
      </Button>
    </form>
  );
}

export function DeleteCategoryForm({ categoryId }: { categoryId: number }) {
  const [state, action, pending] = useActionState(deleteCategoryAction, INITIAL);
  return (
    <form action={action} className="mt-4" aria-label="Usuwanie kategorii">
      <ErrorSummary errors={state.errors} />
      <input type="hidden" name="id" value={categoryId} />
      <Button id="usun-kategorie" variant="danger" disabled={pending}>
        Usuń kategorię
      </Button>
    </form>
  );
}
