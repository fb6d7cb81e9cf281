import { composeMail, type ComposedMail } from "@/features/mail/compose";

// The e-mails of an adoption report; what the reporter typed goes in as plain text only.

type Report = { practiceTitle: string; practiceUrl: string; unitName: string; contactName: string };

export function confirmationMail(report: Report & { confirmUrl: string; validHours: number }): ComposedMail {
  return composeMail({
    subject: `Potwierdź zgłoszenie wdrożenia praktyki „${report.practiceTitle}”`,
    paragraphs: [
      `Dzień dobry, ${report.contactName}!`,
      `W Banku Dobrych Praktyk zgłoszono, że ${report.unitName} wdrożył(a) u siebie praktykę „${report.practiceTitle}”. Aby zgłoszenie trafiło do redakcji, potwierdź adres e-mail, otwierając link poniżej (jest ważny ${report.validHours} godziny i działa raz).`,
    ],
    action: { label: "Potwierdź zgłoszenie", url: report.confirmUrl },
    footer: "Dostajesz tę wiadomość, bo ten adres wpisano w formularzu „Wdrożyliśmy to u siebie”. Jeśli to nie Ty, zignoruj ją: bez potwierdzenia zgłoszenie nie zostanie rozpatrzone.",
  });
}

export function decisionMail(report: Report & { approved: boolean }): ComposedMail {
  return composeMail({
    subject: report.approved
      ? `Wdrożenie praktyki „${report.practiceTitle}” zostało opublikowane`
      : `Zgłoszenie wdrożenia praktyki „${report.practiceTitle}” nie zostało przyjęte`,
    paragraphs: [
      `Dzień dobry, ${report.contactName}!`,
      report.approved
        ? `Redakcja Banku Dobrych Praktyk zatwierdziła zgłoszenie: wdrożenie (${report.unitName}) jest widoczne przy praktyce „${report.practiceTitle}”. Dziękujemy!`
        : `Redakcja Banku Dobrych Praktyk nie przyjęła zgłoszenia wdrożenia (${report.unitName}) praktyki „${report.practiceTitle}”. Dane kontaktowe redakcji są na stronie „O banku”.`,
    ],
    action: { label: "Praktyka w Banku Dobrych Praktyk", url: report.practiceUrl },
    footer: "Dostajesz tę wiadomość, bo potwierdziłeś(-aś) ten adres w zgłoszeniu „Wdrożyliśmy to u siebie”.",
  });
}
