import "server-only";
import type { ZodType } from "zod";
import type { FormError } from "@/components/ui/ErrorSummary";
import { clientAddress } from "@/features/auth/request-context";
import { formText } from "@/lib/form-data";
import { fieldErrors, type PublicFormState } from "./form-state";
import { checkFormGuard, HONEYPOT_FIELD, issueFormStamp, STAMP_FIELD } from "./guard";
import { consumeRate, rateKeys, type RateRule } from "./rate-limit";

// One screening of a post to a public form (a message to an author, an adoption report): the cheap
// guard first (honeypot, fill time), then the throttle per client address and per e-mail typed.
// The answer is the Polish sentence to show above the form, with everything typed kept, or null.

export type Screening = {
  /** The form's name in the throttle's keys, e.g. "contact-author". */
  form: string;
  honeypot: string;
  stamp: string;
  ip: string;
  email: string;
  rule: RateRule;
};

const REFUSALS = {
  bot: "Nie udało się wysłać formularza. Sprawdź wpisany tekst i wyślij go jeszcze raz.",
  "too-fast": "Formularz wysłano zbyt szybko po otwarciu strony. Sprawdź wpisany tekst i wyślij go jeszcze raz.",
  expired: "Strona była otwarta bardzo długo. Sprawdź wpisany tekst i wyślij go jeszcze raz.",
} as const;

export function throttledRefusal(rule: RateRule): string {
  const minutes = Math.round(rule.windowSeconds / 60);
  return `Z tego adresu wysłano już zbyt wiele formularzy. Spróbuj ponownie za ${minutes} min – wpisany tekst zostaje poniżej.`;
}

export async function screenPublicPost(screening: Screening): Promise<string | null> {
  const verdict = await checkFormGuard({ honeypot: screening.honeypot, stamp: screening.stamp });
  if (verdict !== "ok") return REFUSALS[verdict];
  const allowed = await consumeRate(await rateKeys(screening.form, screening.ip, screening.email), screening.rule);
  return allowed ? null : throttledRefusal(screening.rule);
}

type Answer<Values> = (errors: FormError[], refusal?: string | null) => Promise<PublicFormState<Values>>;

export type PublicPost<Values, Data> =
  | { ok: true; data: Data; ip: string; answer: Answer<Values> }
  | { ok: false; state: PublicFormState<Values> };

/**
 * A public form's post up to acting on it: what was typed, parsed by `schema` (its errors
 * otherwise), then screened. Every answer keeps what was typed and carries a fresh stamp, so a
 * retry is timed from now; `answer` serves the action's own refusals after this.
 */
export async function readPublicPost<Values, Data extends { email: string }>(
  form: FormData,
  values: Values,
  schema: ZodType<Data>,
  screening: Pick<Screening, "form" | "rule">,
): Promise<PublicPost<Values, Data>> {
  const answer: Answer<Values> = async (errors, refusal = null) => ({ values, errors, refusal, stamp: await issueFormStamp() });
  const parsed = schema.safeParse(values);
  if (!parsed.success) return { ok: false, state: await answer(fieldErrors(parsed.error.issues)) };
  const ip = await clientAddress();
  const refusal = await screenPublicPost({ ...screening, honeypot: formText(form, HONEYPOT_FIELD), stamp: formText(form, STAMP_FIELD), ip, email: parsed.data.email });
  if (refusal) return { ok: false, state: await answer([], refusal) };
  return { ok: true, data: parsed.data, ip, answer };
}
