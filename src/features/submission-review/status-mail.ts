import { composeMail, type ComposedMail } from "@/features/mail/compose";
import { SUBMISSION_STATUS_LABELS } from "@/features/submissions/status";
import type { SubmissionStatus } from "@/generated/prisma/enums";

// The e-mail a submitter gets at every step an editor takes: the new state, the editor's words and
// a new private link "Twoje zgłoszenie" (mutations.ts replaces the stored hash with the mail).

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

export function statusMail(submission: { id: number; title: string }, status: ReviewedStatus, message: string, statusUrl: string): ComposedMail {
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
    action: { label: "Twoje zgłoszenie", url: statusUrl },
    footer:
      "Stan zgłoszenia i wszystkie wiadomości redakcji są na jego stronie pod tym prywatnym linkiem. Nie przekazuj go nikomu. Linki z wcześniejszych wiadomości o tym zgłoszeniu już nie działają. Ta wiadomość dotyczy zgłoszenia wysłanego z tego adresu do Banku Dobrych Praktyk.",
  });
}
