"use server";

import { notFound, redirect } from "next/navigation";
import type { FormError } from "@/components/ui/ErrorSummary";
import { clientAddress } from "@/features/auth/request-context";
import { applyContactOperation, parseOperation } from "@/features/practice-editor/form-state";
import { EMPTY_CONTACT } from "@/features/practice-editor/form-values";
import { checkFormGuard, HONEYPOT_FIELD, issueFormStamp, STAMP_FIELD } from "@/features/public-forms/guard";
import { consumeRate, rateKeys } from "@/features/public-forms/rate-limit";
import { formId, formText } from "@/lib/form-data";
import { getSubmissionByToken } from "./data";
import { SEND_RATE, START_RATE } from "./limits";
import { confirmSubmission, createSubmission, removeSubmissionAttachment, saveSubmissionFields, sendSubmission } from "./mutations";
import { type SubmitterValues, submitterSchema } from "./schema";
import { submitterCanEdit } from "./status";
import { isFieldStep, isStep, nextStep, readStep, stepErrors, submissionErrors } from "./steps";

// The public form's actions. Every one finds the submission by the private token from the form
// (an unknown token is a 404), so nobody can change a submission they cannot see.

export type StartState = { values: SubmitterValues; errors: FormError[]; stamp: string; revision: number };


const GUARD_MESSAGES = {
  bot: "Nie udało się przyjąć formularza. Sprawdź dane i wyślij go ponownie.",
  "too-fast": "Formularz wysłano zbyt szybko po otwarciu strony. Sprawdź dane i wyślij go ponownie.",
  expired: "Strona była otwarta zbyt długo. Sprawdź dane i wyślij formularz ponownie.",
} as const;

const guardFields = (form: FormData) => ({ honeypot: formText(form, HONEYPOT_FIELD), stamp: formText(form, STAMP_FIELD) });

/** Step 1: who submits. Creates the draft and opens its private link. */
export async function startSubmissionAction(previous: StartState, form: FormData): Promise<StartState> {
  const values = { name: formText(form, "name"), email: formText(form, "email"), unit: formText(form, "unit") };
  const next = { values, errors: [], stamp: previous.stamp, revision: previous.revision + 1 };
  const parsed = submitterSchema.safeParse(values);
  if (!parsed.success) {
    return { ...next, errors: parsed.error.issues.map((issue) => ({ field: String(issue.path[0] ?? "name"), message: issue.message })) };
  }
  const verdict = await checkFormGuard(guardFields(form));
  if (verdict !== "ok") return { ...next, stamp: await issueFormStamp(), errors: [{ field: "name", message: GUARD_MESSAGES[verdict] }] };
  const ip = await clientAddress();
  if (!(await consumeRate(await rateKeys("submission-start", ip, parsed.data.email), START_RATE))) {
    return { ...next, errors: [{ field: "name", message: "Z tego adresu rozpoczęto ostatnio zbyt wiele zgłoszeń. Spróbuj ponownie za godzinę." }] };
  }
  const { token } = await createSubmission(parsed.data, ip);
  redirect(`/zgloszenie/${token}/jednostka`);
}

/** The submission of the form's token, if the submitter may still edit it. */
async function editable(form: FormData) {
  const token = formText(form, "token");
  const submission = await getSubmissionByToken(token);
  if (!submission) notFound();
  if (!submitterCanEdit(submission.status)) redirect(`/zgloszenie/${token}`);
  return { token, submission };
}

/** Saves one step as typed (invalid or not); "Dalej" moves on only when the step is right. */
export async function saveStepAction(form: FormData): Promise<void> {
  const { token, submission } = await editable(form);
  const step = formText(form, "krok");
  if (!isStep(step) || !isFieldStep(step)) notFound();
  const operation = parseOperation(formText(form, "operacja"));
  const typed = { ...submission.values, ...readStep(step, form) };
  const contactChange = operation.kind === "add-contact" || operation.kind === "remove-contact" || operation.kind === "move-contact";
  const values = contactChange ? applyContactOperation(typed, operation, EMPTY_CONTACT) : typed;
  await saveSubmissionFields(submission.id, values);
  const base = `/zgloszenie/${token}/${step}`;
  if (contactChange) redirect(`${base}#contacts`);
  if (formText(form, "operacja") === "dalej" && stepErrors(step, values).length === 0) redirect(`/zgloszenie/${token}/${nextStep(step)}`);
  redirect(`${base}?sprawdz=1${formText(form, "operacja") === "podglad" ? "&podglad=1#podglad-naglowek" : ""}`);
}

/** "Wyślij zgłoszenie": everything must be right; then the address is confirmed (or was already). */
export async function sendSubmissionAction(form: FormData): Promise<void> {
  const { token, submission } = await editable(form);
  const review = `/zgloszenie/${token}/wyslij`;
  if (submissionErrors(submission.values).length > 0) redirect(`${review}?sprawdz=1`);
  const verdict = await checkFormGuard(guardFields(form));
  if (verdict !== "ok") redirect(`${review}?odmowa=${verdict}`);
  if (!(await consumeRate(await rateKeys("submission-send", await clientAddress(), submission.submitterEmail), SEND_RATE))) {
    redirect(`${review}?odmowa=limit`);
  }
  const outcome = await sendSubmission(submission.id, token);
  redirect(`/zgloszenie/${token}?wyslano=${outcome === "resubmitted" ? "ponownie" : "potwierdzenie"}`);
}

/** The button of the confirmation page: a POST, so that links opened by mail scanners confirm nothing. */
export async function confirmSubmissionAction(form: FormData): Promise<void> {
  const token = formText(form, "token");
  const result = await confirmSubmission(token);
  if (!result.ok) redirect(`/zglos-praktyke/potwierdz/${encodeURIComponent(token)}`);
  redirect(`/zgloszenie/${result.accessToken}?potwierdzono=1`);
}

export async function removeAttachmentAction(form: FormData): Promise<void> {
  const { token, submission } = await editable(form);
  const id = formId(form, "zalacznik");
  const removed = id !== null && (await removeSubmissionAttachment(submission.id, id));
  redirect(`/zgloszenie/${token}/zalaczniki?${removed ? "usunieto=1" : "bez-zmian=1"}`);
}
