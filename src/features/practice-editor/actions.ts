"use server";

import { redirect } from "next/navigation";
import { requireEditor } from "@/features/auth/authorize";
import { clientAddress } from "@/features/auth/request-context";
import { receiveFormUploads } from "@/features/attachments/form-uploads";
import { formId, formText } from "@/lib/form-data";
import { findMissingCategories, isSlugTaken } from "./data";
import { applyContactOperation, applyFigureOperation, type PracticeFormState, parseOperation } from "./form-state";
import { EMPTY_CONTACT, readPracticeForm, validatePracticeForm } from "./form-values";
import { createPractice, restoreVersion, savePractice, setPracticeStatus, verifyContacts, type WriteResult } from "./mutations";
import { revalidatePublicPages } from "./revalidate";

// Every action: the editor first (a replayed request without a session changes nothing), then
// the input parsed, then the write; public pages are revalidated when the public can see it.


/** Where an editor lands after a write: the practice, with what happened in its query. */
function afterWrite(result: WriteResult, id: number, successQuery: string, slugTakenQuery = "adres-zajety=1"): never {
  if (result.ok) {
    if (result.publicChange) revalidatePublicPages();
    redirect(`/admin/praktyki/${result.id}?${result.changed ? successQuery : "bez-zmian=1"}`);
  }
  if (result.reason === "not-found") redirect("/admin?nie-znaleziono=1");
  redirect(`/admin/praktyki/${id}?${result.reason === "conflict" ? "konflikt=1" : slugTakenQuery}`);
}

export async function savePracticeAction(previous: PracticeFormState, form: FormData): Promise<PracticeFormState> {
  const editor = await requireEditor();
  const operation = parseOperation(formText(form, "operacja"));
  const id = formId(form, "id");
  const ip = await clientAddress();
  const author = { id: editor.id, email: editor.email };
  // A new practice's files: whatever the button, they are kept and come back with the form.
  const uploads = id === null ? await receiveFormUploads(form, author, { ip, remove: operation.kind === "remove-upload" ? operation.token : undefined }) : { pending: [], outcomes: [] };
  const next: PracticeFormState = { values: readPracticeForm(form), errors: [], conflict: null, preview: false, uploads, revision: previous.revision + 1 };

  if (operation.kind === "preview" || operation.kind === "none" || operation.kind === "remove-upload") {
    return { ...next, values: readPracticeForm(form, { keepEmptyContacts: true }), preview: operation.kind === "preview" };
  }
  if (operation.kind !== "save") {
    const values = readPracticeForm(form, { keepEmptyContacts: true });
    const figureOperation = operation.kind === "add-figure" || operation.kind === "remove-figure";
    return { ...next, values: figureOperation ? applyFigureOperation(values, operation) : applyContactOperation(values, operation, EMPTY_CONTACT) };
  }

  const validation = validatePracticeForm(next.values);
  if (!validation.ok) return { ...next, errors: validation.errors };
  const input = validation.data;
  const errors = [];
  if (await isSlugTaken(input.slug, id)) errors.push({ field: "slug", message: "Ten adres ma już inna praktyka: wpisz inny." });
  if ((await findMissingCategories([input.primaryCategoryId, ...input.categoryIds])).length > 0) {
    errors.push({ field: "primaryCategoryId", message: "Wybranej kategorii już nie ma: wybierz kategorię z listy." });
  }
  if (errors.length > 0) return { ...next, errors };

  const success = operation.publish ? "opublikowano=1" : "zapisano=1";
  if (id === null) {
    const result = await createPractice(input, author, { publish: operation.publish, ip, pendingUploads: uploads.pending.map((upload) => upload.token) });
    if (!result.ok) return { ...next, errors: [{ field: "slug", message: "Ten adres ma już inna praktyka: wpisz inny." }] };
    if (result.publicChange) revalidatePublicPages();
    redirect(`/admin/praktyki/${result.id}?${success}`);
  }
  const baseVersion = formId(form, "wersja") ?? 0;
  const result = await savePractice(id, baseVersion, input, author, { publish: operation.publish, ip });
  if (!result.ok && result.reason === "conflict") {
    return { ...next, conflict: { ...result.conflict, at: result.conflict.at.toISOString() } };
  }
  if (!result.ok && result.reason === "slug-taken") {
    return { ...next, errors: [{ field: "slug", message: "Ten adres ma już inna praktyka: wpisz inny." }] };
  }
  afterWrite(result, id, success);
}

export async function setStatusAction(form: FormData): Promise<void> {
  const editor = await requireEditor();
  const id = formId(form, "id");
  const status = formText(form, "stan") === "opublikowana" ? "PUBLISHED" : "UNPUBLISHED";
  if (id === null) redirect("/admin");
  const result = await setPracticeStatus(id, formId(form, "wersja") ?? 0, status, { id: editor.id, email: editor.email }, await clientAddress());
  afterWrite(result, id, status === "PUBLISHED" ? "opublikowano=1" : "wycofano=1");
}

export async function restoreVersionAction(form: FormData): Promise<void> {
  const editor = await requireEditor();
  const id = formId(form, "id");
  const number = formId(form, "numer");
  if (id === null || number === null) redirect("/admin");
  const result = await restoreVersion(id, formId(form, "wersja") ?? 0, number, { id: editor.id, email: editor.email }, await clientAddress());
  afterWrite(result, id, `przywrocono=${number}`, `nie-przywrocono=${number}`);
}

export async function verifyContactsAction(form: FormData): Promise<void> {
  const editor = await requireEditor();
  const id = formId(form, "id");
  if (id === null) redirect("/admin");
  const result = await verifyContacts(id, { id: editor.id, email: editor.email }, await clientAddress());
  if (!result.ok) redirect("/admin?nie-znaleziono=1");
  if (result.publicChange) revalidatePublicPages();
  redirect(`/admin/praktyki/${id}?zweryfikowano=1`);
}
