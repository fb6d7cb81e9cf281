import { composeMail, type ComposedMail } from "@/features/mail/compose";

// The two e-mails of one message to an author. Everything the reader typed goes in as plain text
// (composeMail escapes it in the HTML part); neither mail shows the contact's address.

type Relay = { practiceTitle: string; practiceUrl: string; contactName: string; senderName: string; senderEmail: string; message: string };

export const RETENTION_DAYS = 7;

export function messageToContact(relay: Relay): ComposedMail {
  return composeMail({
    subject: `Pytanie o praktykę „${relay.practiceTitle}” – Bank Dobrych Praktyk`,
    paragraphs: [
      `Dzień dobry, ${relay.contactName}!`,
      `${relay.senderName} (${relay.senderEmail}) napisał(a) przez formularz „Napisz do autora” w Banku Dobrych Praktyk w sprawie praktyki „${relay.practiceTitle}”, przy której jest Pani/Pan osobą kontaktową:`,
    ],
    quote: relay.message,
    action: { label: "Praktyka w Banku Dobrych Praktyk", url: relay.practiceUrl },
    footer: `Aby odpowiedzieć, wystarczy odpowiedzieć na tę wiadomość: trafi do nadawcy. Bank nie pokazał nadawcy Pani/Pana adresu e-mail; pozna go dopiero z odpowiedzi. Treść tej wiadomości usuwamy z serwera ${RETENTION_DAYS} dni po wysłaniu.`,
  });
}

export function copyToSender(relay: Relay): ComposedMail {
  return composeMail({
    subject: `Kopia wiadomości o praktyce „${relay.practiceTitle}” – Bank Dobrych Praktyk`,
    paragraphs: [
      `Dzień dobry, ${relay.senderName}!`,
      `Przekazaliśmy Twoją wiadomość osobie kontaktowej praktyki „${relay.practiceTitle}” (${relay.contactName}). Odpowiedź przyjdzie bezpośrednio od niej na ten adres. Oto, co napisałeś(-aś):`,
    ],
    quote: relay.message,
    action: { label: "Praktyka w Banku Dobrych Praktyk", url: relay.practiceUrl },
    footer: `Dostajesz tę kopię, bo ten adres wpisano w formularzu „Napisz do autora”. Jeśli to nie Ty, zignoruj ją. Treść wiadomości usuwamy z serwera ${RETENTION_DAYS} dni po wysłaniu.`,
  });
}
