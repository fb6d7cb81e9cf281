"use server";

import { redirect } from "next/navigation";
import { clientAddress } from "@/features/auth/request-context";
import { fieldErrors, type PublicFormState } from "@/features/public-forms/form-state";
import { HONEYPOT_FIELD, issueFormStamp, STAMP_FIELD } from "@/features/public-forms/guard";
import { screenPublicPost } from "@/features/public-forms/screen";
import { formText } from "@/lib/form-data";
import { confirmAlert, createAlert } from "./mutations";
import { alertPaths } from "./paths";
import { ALERT_RATE, alertFormSchema, alertParams, alertQuery, QUERY_FIELD, type AlertFormValues } from "./schema";
import { frequencyOfSlug } from "./vocabulary";

export type AlertFormState = PublicFormState<AlertFormValues>;

// Public: parse → screen (guard, throttle) → save with the confirmation mail → "check your inbox".
export async function subscribeAlertAction(_previous: AlertFormState, form: FormData): Promise<AlertFormState> {
  const values: AlertFormValues = { email: formText(form, "email"), czestotliwosc: formText(form, "czestotliwosc") };
  const answer = async (errors: AlertFormState["errors"], refusal: string | null = null): Promise<AlertFormState> => ({
    values,
    errors,
    refusal,
    stamp: await issueFormStamp(),
  });
  const parsed = alertFormSchema.safeParse(values);
  if (!parsed.success) return answer(fieldErrors(parsed.error.issues));
  const refusal = await screenPublicPost({
    form: "search-alert",
    honeypot: formText(form, HONEYPOT_FIELD),
    stamp: formText(form, STAMP_FIELD),
    ip: await clientAddress(),
    email: parsed.data.email,
    rule: ALERT_RATE,
  });
  if (refusal) return answer([], refusal);
  await createAlert({ email: parsed.data.email, query: alertQuery(alertParams(formText(form, QUERY_FIELD))), frequency: frequencyOfSlug(parsed.data.czestotliwosc) });
  redirect(alertPaths.sent);
}

// Public: the button of the e-mail's link (a POST, so that mail scanners opening links confirm nothing).
export async function confirmAlertAction(form: FormData): Promise<void> {
  const token = formText(form, "token");
  const result = await confirmAlert(token);
  redirect(result.ok ? `${alertPaths.confirm(token)}?potwierdzono=1` : alertPaths.confirm(token));
}
