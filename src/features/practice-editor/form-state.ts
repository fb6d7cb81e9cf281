import type { FormError } from "@/components/ui/ErrorSummary";
import type { UploadOutcome } from "@/features/attachments/mutations";
import type { PendingUpload } from "@/features/attachments/schema";
import type { PracticeFormValues } from "./form-values";

/** What the practice form's server action returns (serialisable: it travels to the browser). */
export type PracticeFormState = {
  values: PracticeFormValues;
  errors: FormError[];
  conflict: { version: number; by: string | null; at: string; fields: string[] } | null;
  /** Show the rendered full presentation (the "Podgląd" button without JavaScript). */
  preview: boolean;
  /** A new practice's files, uploaded and waiting for its first save, and what became of the last ones sent. */
  uploads: { pending: PendingUpload[]; outcomes: UploadOutcome[] };
  /** Changes with every answer, so the form is drawn anew from `values`. */
  revision: number;
};

export function initialFormState(values: PracticeFormValues): PracticeFormState {
  return { values, errors: [], conflict: null, preview: false, uploads: { pending: [], outcomes: [] }, revision: 0 };
}

/** The form's buttons: `operacja` says which one was pressed. */
export type Operation =
  | { kind: "save"; publish: boolean }
  | { kind: "preview" }
  /** An unknown button (or none): the form comes back as it was, nothing is saved. */
  | { kind: "none" }
  | { kind: "add-contact" }
  | { kind: "remove-contact"; index: number }
  | { kind: "move-contact"; index: number; by: -1 | 1 }
  | { kind: "add-figure" }
  | { kind: "remove-figure"; index: number }
  /** Takes a pending upload off the new practice's list (its file is removed with the expired ones). */
  | { kind: "remove-upload"; token: string };

export function parseOperation(value: string): Operation {
  if (value === "zapisz") return { kind: "save", publish: false };
  if (value === "opublikuj") return { kind: "save", publish: true };
  if (value === "podglad") return { kind: "preview" };
  if (value === "dodaj-kontakt") return { kind: "add-contact" };
  if (value === "dodaj-liczbe") return { kind: "add-figure" };
  const upload = /^usun-plik:([A-Za-z0-9_-]{43})$/.exec(value);
  if (upload) return { kind: "remove-upload", token: upload[1]! };
  const figure = /^usun-liczbe:(\d{1,2})$/.exec(value);
  if (figure) return { kind: "remove-figure", index: Number(figure[1]) };
  const match = /^(usun-kontakt|kontakt-wyzej|kontakt-nizej):(\d{1,2})$/.exec(value);
  if (match) {
    const index = Number(match[2]);
    if (match[1] === "usun-kontakt") return { kind: "remove-contact", index };
    return { kind: "move-contact", index, by: match[1] === "kontakt-wyzej" ? -1 : 1 };
  }
  return { kind: "none" };
}

export function applyContactOperation<Values extends Pick<PracticeFormValues, "contacts">>(values: Values, operation: Operation, empty: PracticeFormValues["contacts"][number]): Values {
  const contacts = [...values.contacts];
  if (operation.kind === "add-contact") contacts.push({ ...empty });
  if (operation.kind === "remove-contact") contacts.splice(operation.index, 1);
  if (operation.kind === "move-contact") {
    const target = operation.index + operation.by;
    if (target >= 0 && target < contacts.length) [contacts[operation.index], contacts[target]] = [contacts[target]!, contacts[operation.index]!];
  }
  return { ...values, contacts };
}

/** Adding and removing rows of result figures ("Rezultaty w liczbach"), as for contacts. */
export function applyFigureOperation(values: PracticeFormValues, operation: Operation): PracticeFormValues {
  const resultFigures = [...values.resultFigures];
  if (operation.kind === "add-figure") resultFigures.push({ value: "", label: "" });
  if (operation.kind === "remove-figure") resultFigures.splice(operation.index, 1);
  return { ...values, resultFigures };
}
