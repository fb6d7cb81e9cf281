import { composeMail, type ComposedMail } from "@/features/mail/compose";
import { SITE_NAME } from "@/features/site/page-metadata";

// The submitter's e-mails. Everything they typed (the title) goes through composeMail, which
// escapes it in the HTML part.

const FOOTER = "Dostajesz tę wiadomość, bo ktoś podał ten adres, zgłaszając praktykę do Banku Dobrych Praktyk. Jeśli to nie Ty, zignoruj ją: bez potwierdzenia zgłoszenie nie trafi do redakcji.";

const titled = (title: string) => (title.trim() === "" ? "Twoje zgłoszenie" : `Zgłoszenie „${title.trim()}”`);

export function confirmationMail(title: string, url: string, hours: number): ComposedMail {
  return composeMail({
    subject: `Potwierdź adres e-mail – ${titled(title)}`,
    paragraphs: [
      `${titled(title)} czeka na potwierdzenie adresu e-mail.`,
      `Otwórz poniższy link i potwierdź adres. Link jest ważny ${hours} godzin i działa jeden raz. Po potwierdzeniu zgłoszenie trafi do redakcji, a my wyślemy Ci stały link do strony „Twoje zgłoszenie”.`,
    ],
    action: { label: "Potwierdź adres e-mail", url },
    footer: FOOTER,
  });
}

export function statusLinkMail(title: string, url: string, resubmitted: boolean): ComposedMail {
  return composeMail({
    subject: `${resubmitted ? "Poprawione zgłoszenie przyjęte do oceny" : "Zgłoszenie przyjęte do oceny"} – ${SITE_NAME}`,
    paragraphs: [
      `${titled(title)} trafiło do redakcji ${SITE_NAME} (stan: nowe).`,
      "Pod poniższym linkiem zobaczysz stan zgłoszenia i wiadomości od redakcji. Link jest prywatny: nie udostępniaj go innym osobom. O każdej zmianie stanu napiszemy do Ciebie.",
    ],
    action: { label: "Twoje zgłoszenie", url },
    footer: "Dostajesz tę wiadomość, bo zgłosiłeś (zgłosiłaś) praktykę do Banku Dobrych Praktyk i potwierdziłeś (potwierdziłaś) ten adres.",
  });
}
