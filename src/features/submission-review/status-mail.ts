import { composeMail, type ComposedMail } from "@/features/mail/compose";
import { SUBMISSION_STATUS_LABELS } from "@/features/submissions/status";
import type { SubmissionStatus } from "@/generated/prisma/enums";

// The e-mail a submitter gets at every step an editor takes. The private status link cannot be in
// it: only the link token's hash is stored (Submission.accessTokenHash), so nobody, the bank
// included, can make the link again. The mail says the new state and the editor's words, and sends
// the submitter to the link "Twoje zgłoszenie" from the mail they got when they confirmed the address.

export type ReviewedStatus = Exclude<SubmissionStatus, "DRAFT" | "NEW">;

const WHAT_NEXT: Record<ReviewedStatus, string> = {
  IN_REVIEW: "Redakcja Banku Dobrych Praktyk zaczęła je oceniać. Napiszemy, gdy ocena się zakończy.",
  NEEDS_CHANGES:
    "Redakcja prosi o poprawienie zgłoszenia (wiadomość poniżej). Popraw je na stronie zgłoszenia i wyślij ponownie – wróci wtedy do oceny.",
  ACCEPTED:
    "Redakcja przyjęła zgłoszenie do Banku Dobrych Praktyk. Przygotujemy je do publikacji; o szczegóły redakcja może zapytać osoby kontaktowe podane w zgłoszeniu.",
  REJECTED: "Redakcja nie przyjęła zgłoszenia do Banku Dobrych Praktyk. Powód jest poniżej.",
};

const shortTitle = (title: string) => (title.length > 120 ? `${title.slice(0, 119)}…` : title);

export function statusMail(submission: { id: number; title: string }, status: ReviewedStatus, message: string): ComposedMail {
  const label = SUBMISSION_STATUS_LABELS[status];
  const title = submission.title.trim() || "bez tytułu";
  return composeMail({
    subject: `Zgłoszenie nr ${submission.id}: ${label} – „${shortTitle(title)}”`,
    paragraphs: [
      "Dzień dobry,",
      `zgłoszenie praktyki nr ${submission.id} „${title}” ma nowy stan: ${label}.`,
      WHAT_NEXT[status],
      ...(message ? ["Wiadomość od redakcji:"] : []),
    ],
    quote: message || undefined,
    footer:
      "Stan zgłoszenia i wszystkie wiadomości redakcji są na jego stronie, pod prywatnym linkiem „Twoje zgłoszenie” z e-maila, w którym potwierdzono adres. Nie przechowujemy tego linku, więc nie możemy go wysłać ponownie: zachowaj tamtą wiadomość. Ta wiadomość dotyczy zgłoszenia wysłanego z tego adresu do Banku Dobrych Praktyk.",
  });
}
