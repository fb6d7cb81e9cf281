import type { FormError } from "@/components/ui/ErrorSummary";
import { validatePracticeForm } from "@/features/practice-editor/form-values";
import { FIELD_LABELS } from "@/features/practice-editor/diff";
import type { PracticeInput } from "@/features/practice-editor/schema";
import type { SubmissionValues } from "@/features/submissions/schema";

// An accepted submission becomes the admin's input: the values as typed (read with the submission
// schema) go through the admin form's own schema, with the address the editor chose (empty: made
// from the title). A field the admin would refuse is told to the editor by its name, linked to its
// row on the submission's page (`pole-<field>`), never a 500.

export const SLUG_FIELD = "slug";

/** The id of a field's row on the submission's page. */
export function fieldRowId(field: string): string {
  return `pole-${field}`;
}

const LABELS: Record<string, string> = { ...FIELD_LABELS, primaryCategoryId: "Kategoria główna" };

function labelled(error: FormError): FormError {
  if (error.field === SLUG_FIELD) return error;
  const field = error.field.split(".")[0]!;
  return { field: fieldRowId(field), message: `${LABELS[field] ?? field} w zgłoszeniu: ${error.message} Aby przyjąć zgłoszenie, zwróć je najpierw do poprawy z prośbą o poprawienie tego pola.` };
}

export type DraftInput = { ok: true; input: PracticeInput } | { ok: false; errors: FormError[] };

export function draftInputOf(values: SubmissionValues, slug: string): DraftInput {
  const validation = validatePracticeForm({ ...values, slug: slug.trim() });
  if (!validation.ok) return { ok: false, errors: validation.errors.map(labelled) };
  return { ok: true, input: validation.data };
}
