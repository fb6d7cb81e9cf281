"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { FormError } from "@/components/ui/ErrorSummary";
import { requireEditor } from "@/features/auth/authorize";
import { clientAddress } from "@/features/auth/request-context";
import { SUBMISSION_STATUS_LABELS } from "@/features/submissions/status";
import { formId, formText } from "@/lib/form-data";
import { acceptSubmission, changeSubmissionStatus } from "./mutations";
import { STEP_SLUGS, messageFieldId, type ReviewFormState } from "./review-form";
import { MAX_REVIEW_MESSAGE, REVIEW_STEPS, type ReviewStep } from "./transitions";

// The editor first (a replayed request without a session changes nothing), then the input, then
// the step. A step refused because the state changed meanwhile says so and keeps what was typed.

const stepSchema = z.enum(Object.keys(STEP_SLUGS) as [keyof typeof STEP_SLUGS]).transform((slug) => STEP_SLUGS[slug]);

function messageErrors(step: ReviewStep, message: string): FormError[] {
  const rule = REVIEW_STEPS[step].message;
  if (!rule) return [];
  if (message === "") return [{ field: messageFieldId(step), message: rule.missing }];
  if (message.length > MAX_REVIEW_MESSAGE) return [{ field: messageFieldId(step), message: `Wiadomość może mieć najwyżej ${MAX_REVIEW_MESSAGE.toLocaleString("pl-PL")} znaków.` }];
  return [];
}

export async function reviewSubmissionAction(previous: ReviewFormState, form: FormData): Promise<ReviewFormState> {
  const editor = await requireEditor();
  const id = formId(form, "id");
  const step = stepSchema.safeParse(formText(form, "krok"));
  if (id === null || !step.success) redirect("/admin/zgloszenia");
  const values = { message: formText(form, "wiadomosc").trim(), slug: formText(form, "adres").trim() };
  const next: ReviewFormState = { step: step.data, values, errors: [], revision: previous.revision + 1 };
  const errors = messageErrors(step.data, values.message);
  if (errors.length > 0) return { ...next, errors };

  const author = { id: editor.id, email: editor.email };
  const ip = await clientAddress();
  const result = step.data === "accept" ? await acceptSubmission(id, values.slug, author, ip) : await changeSubmissionStatus(id, step.data, values.message, author, ip);
  if (result.ok) {
    // The navigation's count of new submissions is in the admin's layout, which the router keeps.
    revalidatePath("/admin", "layout");
    redirect(`/admin/zgloszenia/${id}?wykonano=${formText(form, "krok")}`);
  }
  if (result.reason === "not-found") redirect("/admin/zgloszenia?nie-znaleziono=1");
  if (result.reason === "invalid") return { ...next, errors: result.errors };
  // The page is drawn again with the current state and history.
  revalidatePath(`/admin/zgloszenia/${id}`);
  const label = SUBMISSION_STATUS_LABELS[result.status];
  return {
    ...next,
    errors: [{ field: "przebieg", message: `Nie wykonano „${REVIEW_STEPS[step.data].label}”: zgłoszenie jest teraz w stanie „${label}”, w międzyczasie zmienił je ktoś inny. Sprawdź przebieg poniżej.` }],
  };
}
