// When the mail worker tries again, when it gives up, and how long sent mail is kept. Plain values,
// so the worker, the admin's view and the privacy policy all state the same figures.

/**
 * Seconds to wait after the 1st, 2nd, … failed attempt: 1 min, 5 min, 15 min, 1 h, 3 h, 6 h, 12 h.
 * After as many failures as there are delays plus one (8 attempts over about 22 hours, which
 * outlasts a mail server down overnight) the mail is FAILED and waits for an administrator.
 */
export const RETRY_DELAYS_SECONDS: readonly number[] = [60, 300, 900, 3_600, 10_800, 21_600, 43_200];

/** The delay after the attempt that has just failed (attempts counts it), or null: give up. */
export function retryDelaySeconds(attempts: number, delays: readonly number[] = RETRY_DELAYS_SECONDS): number | null {
  return attempts >= 1 && attempts <= delays.length ? delays[attempts - 1]! : null;
}

/** Sent and failed mail is deleted this many days after it was sent (or created). */
export const MAIL_KEPT_DAYS = 30;

/**
 * Messages from readers to authors, and the reader's copy: their body and the reader's address go
 * this many days after sending (as /polityka-prywatnosci says).
 */
export const CONTACT_AUTHOR_KIND = "contact-author";
export const CONTACT_AUTHOR_KINDS = [CONTACT_AUTHOR_KIND, `${CONTACT_AUTHOR_KIND}-copy`];
export const CONTACT_AUTHOR_BODY_KEPT_DAYS = 7;
