import "server-only";
import { checkFormGuard } from "./guard";
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
